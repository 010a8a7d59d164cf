"""Receivers of the courses signals and of certificates' own, connected in
CertificatesConfig.ready(): each starts background work once the change commits.

robust=True everywhere: with the queue down the change still stands and the user still gets
their page. What was not queued is done later: a missing certificate by the register's
"issue missing" job, a PDF at its next download, a waiting bulk job at a worker's start.
"""

import functools

from django.db import transaction

from courses.models import Enrolment

from . import tasks


def _after_commit(function, *args) -> None:
    transaction.on_commit(functools.partial(function, *args), robust=True)


def course_completed(sender, enrolment, previous, status, **kwargs):
    if status == Enrolment.Status.COMPLETED:
        _after_commit(tasks.issue_course_certificate.enqueue, enrolment.pk)


def programme_completed(sender, completion, **kwargs):
    _after_commit(tasks.issue_programme_certificate.enqueue, completion.pk)


def certificate_revoked(sender, certificate, **kwargs):
    """Its PDF drawn again, marked as revoked."""
    _after_commit(tasks.render_certificate_pdf.enqueue, certificate.pk)


def certificate_reissued(sender, old, new, **kwargs):
    """The new PDF drawn at once, the old one again, marked as superseded."""
    _after_commit(tasks.render_certificate_pdf.enqueue, new.pk)
    _after_commit(tasks.render_certificate_pdf.enqueue, old.pk)


def bulk_job_queued(sender, job, **kwargs):
    """The job run, and its watchdog's first round a lease later."""
    _after_commit(tasks.run_bulk_job.enqueue, job.pk)
    _after_commit(tasks.schedule_watch, job.pk)
