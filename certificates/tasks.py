"""Background work for certificates. Each task is idempotent: running it twice issues one.

A PDF that cannot be drawn (signing unavailable, say) never undoes an issue: the certificate
stays in the register, the failure is logged, and the PDF is drawn at the next download or
when the task is run again.
"""

import logging

from django.utils import timezone
from django_tasks import task

from courses.models import Enrolment, ProgrammeCompletion

from . import bulk, services
from .models import BulkJob, Certificate

logger = logging.getLogger(__name__)


def _draw(service, certificate: Certificate) -> None:
    """Run a PDF service (`certificate_pdf`: only if missing or stale; `store_pdf`: always)."""
    try:
        service(certificate=certificate)
    except Exception:
        logger.exception(
            "The PDF of certificate %s could not be drawn; the certificate stands, and its PDF "
            "will be drawn at the next download or when this task runs again.",
            certificate.serial,
        )
        raise


@task()
def issue_course_certificate(enrolment_id: int) -> str:
    enrolment = Enrolment.objects.select_related("course", "user__agency").get(pk=enrolment_id)
    certificate = services.issue_course_certificate(enrolment=enrolment)
    _draw(services.certificate_pdf, certificate)
    return certificate.serial


@task()
def issue_programme_certificate(completion_id: int) -> str:
    completion = ProgrammeCompletion.objects.select_related("programme", "user__agency").get(
        pk=completion_id
    )
    certificate = services.issue_programme_certificate(completion=completion)
    _draw(services.certificate_pdf, certificate)
    return certificate.serial


@task()
def render_certificate_pdf(certificate_id: int) -> str:
    """Draw and store a certificate's PDF as it stands now: after a revocation or a reissue."""
    certificate = Certificate.objects.select_related(
        "superseded_by", "signature_image", "seal_image"
    ).get(pk=certificate_id)
    _draw(services.store_pdf, certificate)
    return certificate.serial


@task()
def run_bulk_job(job_id: int, wait: bool = False) -> str:
    job = bulk.run_bulk_job(job=BulkJob.objects.get(pk=job_id), wait=wait)
    return job.status


@task()
def watch_bulk_job(job_id: int) -> str:
    """Every lease while the job is unfinished: take it over if its worker has stopped. The
    next round is queued first, so a round that dies itself does not end the watch."""
    job = BulkJob.objects.get(pk=job_id)
    if job.is_finished:
        return job.status
    schedule_watch(job_id)
    bulk.watch_bulk_job(job=job)
    return job.status


def schedule_watch(job_id: int) -> None:
    """The watchdog's next round on the job, a lease from now."""
    watch_bulk_job.using(run_after=timezone.now() + bulk.job_lease()).enqueue(job_id)


def resume_bulk_jobs() -> int:
    """Queue every unfinished job again (a worker starting up calls this, through `manage.py
    worker`): jobs whose worker died with it resume, the others are left to their runner."""
    unfinished = list(
        BulkJob.objects.filter(
            status__in=[BulkJob.Status.QUEUED, BulkJob.Status.RUNNING]
        ).values_list("pk", flat=True)
    )
    for pk in unfinished:
        run_bulk_job.enqueue(pk, wait=True)
    return len(unfinished)
