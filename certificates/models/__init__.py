"""Proof of learning: certificate templates, the certificates issued, and their serial register.

A certificate is issued once per learner and course (or programme) and snapshots what was true
at issue. It is never edited: it is revoked, or superseded by a reissued one.

One module per concern: `templates` (how a certificate reads), `register` (the certificates and
their serials), `bulk_jobs` (work on many at once), `storage` (where their files go).
"""

from .bulk_jobs import BulkJob
from .register import Certificate, CertificateQuerySet, SerialCounter
from .storage import certificate_pdf_path, job_result_path
from .templates import (
    DEFAULT_BODY,
    CertificateTemplate,
    CertificateTemplateQuerySet,
    TemplateUse,
    serial_prefix_validator,
)

__all__ = [
    "DEFAULT_BODY",
    "BulkJob",
    "Certificate",
    "CertificateQuerySet",
    "CertificateTemplate",
    "CertificateTemplateQuerySet",
    "SerialCounter",
    "TemplateUse",
    "certificate_pdf_path",
    "job_result_path",
    "serial_prefix_validator",
]
