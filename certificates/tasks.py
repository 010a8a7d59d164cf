"""Background work for certificates. Each task is idempotent: running it twice issues one."""

from django.utils import timezone
from django_tasks import task

from courses.models import Enrolment, ProgrammeCompletion

from . import bulk, services
from .models import BulkJob


@task()
def issue_course_certificate(enrolment_id: int) -> str:
    enrolment = Enrolment.objects.select_related("course", "user__agency").get(pk=enrolment_id)
    certificate = services.issue_course_certificate(enrolment=enrolment)
    services.certificate_pdf(certificate=certificate)
    return certificate.serial


@task()
def issue_programme_certificate(completion_id: int) -> str:
    completion = ProgrammeCompletion.objects.select_related("programme", "user__agency").get(
        pk=completion_id
    )
    return services.issue_programme_certificate(completion=completion).serial


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
    watch_bulk_job.using(run_after=timezone.now() + bulk.job_lease()).enqueue(job_id)
    bulk.watch_bulk_job(job=job)
    return job.status
