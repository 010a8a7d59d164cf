"""Bulk jobs: many certificates at once (issue the missing ones, a ZIP, one PDF for printing),
done by a background task that reports its progress and can be taken over when its worker dies."""

import logging
import tempfile
import zipfile
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import Enrolment, ProgrammeCompletion
from lms import jobs
from workforce.permissions import policy_for, scoped, subtree_condition

from . import services
from .models import BulkJob, Certificate
from .pdf import merge_pdfs
from .signals import bulk_job_queued

logger = logging.getLogger(__name__)


MERGED_PDF_LIMIT = 500
JOB_RESULTS_KEPT = timedelta(days=7)
JOB_DUPLICATE_WINDOW = timedelta(minutes=10)


def missing_certificates(*, user, page=None):
    """Completed enrolments and programmes in `user`'s scope that have no certificate at all.

    A revoked certificate counts as one: revoking was a decision, and re-issuing is not automatic.
    """
    enrolments = Enrolment.objects.filter(status=Enrolment.Status.COMPLETED).exclude(
        Exists(Certificate.objects.filter(user=OuterRef("user"), course=OuterRef("course")))
    )
    completions = ProgrammeCompletion.objects.exclude(
        Exists(Certificate.objects.filter(user=OuterRef("user"), programme=OuterRef("programme")))
    )
    enrolments, completions = _issuable(enrolments, user), _issuable(completions, user)
    if page is not None:
        enrolments = enrolments.filter(course=page.pk)
        completions = completions.filter(programme=page.pk)
    return enrolments, completions


def _issuable(records, user):
    """Learning records (with a `user`) of people for whom `user` may issue certificates: the
    certificate policy's "issue" scope, applied to the holder's agency."""
    policy = policy_for(Certificate)
    if policy.has_model_permission(user, "issue"):
        return records
    return records.filter(subtree_condition(policy.paths(user, "issue"), "user__agency__path"))


def start_bulk_job(*, kind: str, user, certificates=None, page=None) -> BulkJob:
    """Queue a bulk job over `certificates` (ZIP, merged PDF) or over the certificates missing
    in `user`'s scope (issue); the same job asked for twice while it runs is started once."""
    if kind == BulkJob.Kind.ISSUE_MISSING:
        enrolments, completions = missing_certificates(user=user, page=page)
        items = {
            "enrolments": sorted(enrolments.values_list("pk", flat=True)),
            "programme_completions": sorted(completions.values_list("pk", flat=True)),
        }
        if not any(items.values()):
            raise ValidationError(
                _("Every completed course and programme already has its certificate.")
            )
    else:
        ids = sorted(
            scoped(user, "download", Certificate)
            .valid()
            .filter(pk__in=certificates.values("pk"))
            .values_list("pk", flat=True)
        )
        if not ids:
            # Bundles are for handing out and printing: revoked and superseded ones are left out.
            raise ValidationError(_("Select at least one valid certificate."))
        if kind == BulkJob.Kind.MERGED_PDF and len(ids) > MERGED_PDF_LIMIT:
            raise ValidationError(
                _(
                    "One PDF for printing holds at most %(limit)d certificates; %(count)d are "
                    "selected. Narrow the filter, or download a ZIP instead."
                )
                % {"limit": MERGED_PDF_LIMIT, "count": len(ids)}
            )
        items = {"certificates": ids}
    with transaction.atomic():
        running = BulkJob.objects.filter(
            requested_by=user,
            kind=kind,
            status__in=[BulkJob.Status.QUEUED, BulkJob.Status.RUNNING],
            created_at__gte=timezone.now() - JOB_DUPLICATE_WINDOW,  # an older one may be dead
        )
        for job in running:
            if job.items == items:
                return job
        job = BulkJob.objects.create(
            kind=kind, requested_by=user, items=items, total=sum(map(len, items.values()))
        )
        bulk_job_queued.send(sender=BulkJob, job=job)
    _discard_old_results()
    return job


def _discard_old_results():
    """Job results (ZIPs, merged PDFs) are copies: they are deleted a week after they were made."""
    expired = BulkJob.objects.filter(finished_at__lt=timezone.now() - JOB_RESULTS_KEPT).exclude(
        result=""
    )
    for job in expired:
        job.result.delete(save=False)
        BulkJob.objects.filter(pk=job.pk).update(result="")


def job_lease() -> timedelta:
    return jobs.lease()


def run_bulk_job(*, job: BulkJob, wait: bool = False) -> BulkJob:
    """Do a queued job, or take over one whose worker stopped (no heartbeat for a lease).

    A job that another worker is running is left alone; with `wait`, its heartbeat is watched
    for a lease first (a worker that has just restarted cannot yet tell a dead runner from a
    live one). Issuing resumes where the dead runner stopped; files are made again.
    """
    run = _claim(job, wait=wait)
    if run is None:
        job.refresh_from_db()
        return job
    progress = _Progress(job, run)
    try:
        if job.kind == BulkJob.Kind.ISSUE_MISSING:
            message = _issue_missing(job, progress)
        else:
            message = _bundle(job, progress)
    except jobs.LeaseLost:
        logger.warning("Bulk job %s was taken over by another worker; run %s stops", job.pk, run)
        if job.result.name:
            job.result.delete(save=False)
    except Exception as error:
        logger.exception("Bulk job %s failed", job.pk)
        detail = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        BulkJob.objects.filter(pk=job.pk, runs=run).update(
            status=BulkJob.Status.FAILED,
            finished_at=timezone.now(),
            done=progress.done,
            message=_("The job stopped after %(done)d of %(total)d: %(error)s")
            % {"done": progress.done, "total": job.total, "error": detail},
        )
    else:
        finished = BulkJob.objects.filter(pk=job.pk, runs=run).update(
            status=BulkJob.Status.DONE,
            finished_at=timezone.now(),
            done=job.total,
            result=job.result.name or "",
            message=message,
        )
        if not finished and job.result.name:  # taken over at the last moment: its file stands
            job.result.delete(save=False)
    job.refresh_from_db()
    return job


def _claim(job: BulkJob, *, wait: bool) -> int | None:
    """This runner's number if it may run the job: the job is waiting, or its runner is gone."""
    return jobs.claim(
        job,
        waiting=BulkJob.Status.QUEUED,
        running=BulkJob.Status.RUNNING,
        wait=wait,
        started_at=Coalesce("started_at", Value(timezone.now())),
    )


def watch_bulk_job(*, job: BulkJob) -> None:
    """The watchdog's round (every lease while the job is unfinished): a job whose worker has
    stopped, or that has waited in the queue for a lease, is run here."""
    job.refresh_from_db()
    if jobs.is_due(
        job,
        waiting=BulkJob.Status.QUEUED,
        running=BulkJob.Status.RUNNING,
        waiting_since=job.created_at,
    ):
        run_bulk_job(job=job)


class _Progress(jobs.Heartbeat):
    """Counts the items done; writes the count (a hundred times over the job) with the
    heartbeat, and stops the run if the job was taken over."""

    def __init__(self, job: BulkJob, run: int):
        super().__init__(job, run)
        self.done = 0
        self.step = max(1, job.total // 100)

    def advance(self):
        self.done += 1
        if self.done % self.step == 0 or self.done == self.job.total or self.due():
            self.beat()

    def beat(self):
        super().beat(done=self.done)


def _issue_missing(job: BulkJob, progress: _Progress) -> str:
    """Issue what is still missing among the job's items; after a takeover, the items the
    previous run issued count as done."""
    enrolment_ids = job.items.get("enrolments", [])
    completion_ids = job.items.get("programme_completions", [])
    enrolments, completions = missing_certificates(user=job.requested_by)
    pending_enrolments = enrolments.filter(pk__in=enrolment_ids).select_related(
        "course", "user__agency"
    )
    pending_completions = completions.filter(pk__in=completion_ids).select_related(
        "programme", "user__agency"
    )
    progress.done = job.total - pending_enrolments.count() - pending_completions.count()
    progress.beat()
    of_the_job = Q(enrolment__in=enrolment_ids) | Q(programme_completion__in=completion_ids)
    for certificate in Certificate.objects.filter(of_the_job, pdf=""):
        services.certificate_pdf(
            certificate=certificate
        )  # issued by a run that stopped before its PDF
        progress.keep_alive()
    for enrolment in pending_enrolments:
        services.certificate_pdf(
            certificate=services.issue_course_certificate(
                enrolment=enrolment, actor=job.requested_by
            )
        )
        progress.advance()
    for completion in pending_completions:
        services.certificate_pdf(
            certificate=services.issue_programme_certificate(
                completion=completion, actor=job.requested_by
            )
        )
        progress.advance()
    issued = Certificate.objects.valid().filter(of_the_job, issued_at__gte=job.created_at).count()
    issued = min(issued, job.total)  # one issued meanwhile by the completion task counts too
    skipped = job.total - issued
    message = ngettext(
        "%(count)d certificate issued.", "%(count)d certificates issued.", issued
    ) % {"count": issued}
    if skipped:
        message += " " + _(
            "%(count)d already had one by the time the job ran, or are no longer in your scope."
        ) % {"count": skipped}
    return message


def _bundle(job: BulkJob, progress: _Progress) -> str:
    """A ZIP of the certificates' PDFs, or one merged PDF, saved as the job's result."""
    certificates = (
        scoped(job.requested_by, "download", Certificate)
        .valid()
        .filter(pk__in=job.items.get("certificates", []))
        .select_related("signature_image", "seal_image")
        .order_by("serial")
    )
    stamp = timezone.localdate(job.created_at).strftime("%Y%m%d")
    count = 0

    def documents():
        nonlocal count
        for certificate in certificates.iterator(chunk_size=100):
            yield certificate, services.certificate_pdf(certificate=certificate)
            count += 1
            progress.advance()

    with tempfile.TemporaryFile() as buffer:
        if job.kind == BulkJob.Kind.ZIP:
            name = f"giay-chung-nhan-{stamp}-{job.pk}.zip"
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
                for certificate, pdf in documents():
                    archive.writestr(f"{certificate.serial}.pdf", pdf)
        else:
            name = f"giay-chung-nhan-de-in-{stamp}-{job.pk}.pdf"
            merge_pdfs((pdf for _certificate, pdf in documents()), buffer)
        buffer.seek(0)
        job.result.save(name, File(buffer), save=False)
    return ngettext(
        "%(count)d certificate in the file.", "%(count)d certificates in the file.", count
    ) % {"count": count}
