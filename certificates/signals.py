"""Domain signals of certificates, sent inside the transaction of the change.

The receivers (receivers.py) start the background work once it commits, so that services never
import tasks.
"""

from django.dispatch import Signal

# kwargs: certificate, just revoked: its stored PDF is to be drawn again, marked.
certificate_revoked = Signal()

# kwargs: old (now superseded) and new (its replacement): both PDFs are to be drawn.
certificate_reissued = Signal()

# kwargs: job, a new BulkJob waiting for a worker.
bulk_job_queued = Signal()
