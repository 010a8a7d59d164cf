"""Receivers of the courses signals, connected in CertificatesConfig.ready()."""

from django.db import transaction

from courses.models import Enrolment


def course_completed(sender, enrolment, previous, status, **kwargs):
    if status == Enrolment.Status.COMPLETED:
        from .tasks import issue_course_certificate

        transaction.on_commit(lambda: issue_course_certificate.enqueue(enrolment.pk), robust=True)


def programme_completed(sender, completion, **kwargs):
    from .tasks import issue_programme_certificate

    transaction.on_commit(lambda: issue_programme_certificate.enqueue(completion.pk), robust=True)
