"""Background work for certificates. Each task is idempotent: running it twice issues one."""

from django_tasks import task

from courses.models import Enrolment, ProgrammeCompletion

from . import services
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
def run_bulk_job(job_id: int) -> str:
    job = services.run_bulk_job(job=BulkJob.objects.get(pk=job_id))
    return job.status
