"""Every write to certificates: issue (once), revoke, reissue. The register is append-only."""

import logging
import secrets
import tempfile
import zipfile
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import Enrolment, ProgrammeCompletion
from lms import audit, jobs
from workforce.models import Agency
from workforce.text import clean_name

from .models import BulkJob, Certificate, CertificateTemplate, SerialCounter, TemplateUse
from .pdf import merge_pdfs, render_certificate_pdf

logger = logging.getLogger(__name__)


def default_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        raise ValidationError(
            _("No default certificate template exists; an editor must create one.")
        )
    return template


def template_for(page) -> CertificateTemplate:
    """The template a course or programme chose, or else the default one."""
    return TemplateUse.template_for(page.pk) or default_template()


def _template_snapshot(template: CertificateTemplate) -> dict:
    """What a certificate keeps of its template, so later edits never change it."""
    return {
        "template": template,
        "issuer": template.issuer,
        "place": template.place,
        "signer_title": template.signer_title,
        "signer_name": template.signer_name,
        "heading": template.title,
        "border": template.border,
        "signature_image": template.signature,
        "seal_image": template.seal,
    }


def sample_certificate(*, template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample facts, to preview a template as it will print."""
    today = timezone.localdate()
    facts = {
        "learner_name": "Nguyễn Thị Hồng Nhung",
        "family_name": "Nguyễn",
        "date_of_birth": date(1991, 7, 28),
        "agency_name": "Sở Khoa học và Công nghệ tỉnh Đồng Nai",
        "title": "Hiểu biết về công nghệ thông tin cơ bản (IU01)",
        "hours": Decimal("8"),
        "period_start": today - timedelta(days=18),
        "period_end": today,
        "result": _("Passed (%(score)s%%)") % {"score": 92},
    }
    return Certificate(
        serial=f"{template.serial_prefix or 'MAU'}-{today.year}-000123",
        register_number=123,
        verification_code="xem-thu",
        issued_at=timezone.now(),
        statement=fill_statement(template.body, facts),
        **_template_snapshot(template),
        **facts,
    )


def next_serial(*, prefix: str, year: int) -> tuple[str, int]:
    """The next number of a gap-free sequence per prefix and year, safe with parallel issuers.

    Must run inside the transaction that saves the certificate: the counter row stays locked
    until it commits, and a rollback gives the number back.
    """
    SerialCounter.objects.get_or_create(prefix=prefix, year=year)
    counter = SerialCounter.objects.select_for_update().get(prefix=prefix, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{prefix}-{year}-{counter.last_number:06d}", counter.last_number


class _Blank(dict):
    def __missing__(self, key):
        return ""


def fill_statement(body: str, fields: dict) -> str:
    """The template's body with its placeholders filled; unknown ones are left empty."""

    def day(value):
        return value.strftime("%d/%m/%Y") if value else ""

    values = _Blank(
        name=fields["learner_name"],
        date_of_birth=day(fields.get("date_of_birth")),
        agency=fields.get("agency_name", ""),
        course=fields["title"],
        hours=f"{float(fields['hours']):g}" if fields.get("hours") is not None else "",
        start=day(fields.get("period_start")),
        end=day(fields.get("period_end")),
        result=fields.get("result", ""),
    )
    try:
        return body.format_map(values)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        # A template saved before its body was checked: keep the text as written.
        return body


def _verification_code() -> str:
    return secrets.token_urlsafe(15)  # 120 random bits, URL-safe, 20 characters


def _issue(
    *, user, template: CertificateTemplate, facts: dict, subject: dict, actor=None
) -> Certificate:
    """Write one certificate; the caller holds the transaction that also takes its serial."""
    now = timezone.now()
    serial, number = next_serial(prefix=template.serial_prefix, year=timezone.localdate(now).year)
    fields = {
        "learner_name": user.full_name,
        "family_name": user.family_name,
        "date_of_birth": user.date_of_birth,
        "agency_name": user.agency.name if user.agency else "",
        **facts,
    }
    fields["statement"] = fill_statement(template.body, fields)
    certificate = Certificate.objects.create(
        user=user,
        serial=serial,
        register_number=number,
        verification_code=_verification_code(),
        issued_at=now,
        **_template_snapshot(template),
        **fields,
        **subject,
    )
    audit.record(certificate, audit.CERTIFICATE_ISSUE, user=actor, agency=user.agency)
    return certificate


def issue_course_certificate(*, enrolment: Enrolment, actor=None) -> Certificate:
    """The certificate of a completed enrolment; issuing again returns the one already issued."""
    existing = (
        Certificate.objects.valid().filter(user=enrolment.user, course=enrolment.course_id).first()
    )
    if existing:
        return existing
    if not enrolment.is_completed:
        raise ValidationError(_("A certificate is issued only for a completed course."))
    course = enrolment.course
    best = (
        enrolment.attempts.filter(passed=True)
        .order_by("-score")
        .values_list("score", flat=True)
        .first()
    )
    facts = {
        "title": course.title,
        "hours": course.estimated_hours,
        "period_start": timezone.localdate(enrolment.started_at or enrolment.enrolled_at),
        "period_end": timezone.localdate(enrolment.completed_at),
        "result": _("Passed (%(score)s%%)") % {"score": best}
        if best is not None
        else _("Completed"),
    }
    try:
        with transaction.atomic():
            return _issue(
                user=enrolment.user,
                template=template_for(course),
                facts=facts,
                subject={"enrolment": enrolment, "course": course},
                actor=actor,
            )
    except IntegrityError:  # a parallel issuer won; its certificate stands, the serial rolled back
        return Certificate.objects.valid().get(user=enrolment.user, course=enrolment.course_id)


def issue_programme_certificate(*, completion: ProgrammeCompletion, actor=None) -> Certificate:
    existing = (
        Certificate.objects.valid()
        .filter(user=completion.user, programme=completion.programme_id)
        .first()
    )
    if existing:
        return existing
    programme = completion.programme
    enrolments = Enrolment.objects.filter(
        user=completion.user, course__in=[link.course_id for link in programme.course_links.all()]
    )
    starts = [e.started_at or e.enrolled_at for e in enrolments]
    facts = {
        "title": programme.title,
        "hours": programme.total_hours,
        "period_start": timezone.localdate(min(starts)) if starts else None,
        "period_end": timezone.localdate(completion.completed_at),
        "result": _("Completed"),
    }
    try:
        with transaction.atomic():
            return _issue(
                user=completion.user,
                template=template_for(programme),
                facts=facts,
                subject={"programme_completion": completion, "programme": programme},
                actor=actor,
            )
    except IntegrityError:
        return Certificate.objects.valid().get(
            user=completion.user, programme=completion.programme_id
        )


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, reason: str, actor) -> Certificate:
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != Certificate.Status.VALID:
        raise ValidationError(_("Only a valid certificate can be revoked."))
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for revoking.")})
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revocation_reason = reason.strip()
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
    audit.record(
        certificate,
        audit.CERTIFICATE_REVOKE,
        user=actor,
        agency=certificate.user.agency,
        reason=certificate.revocation_reason,
    )
    return certificate


@transaction.atomic
def reissue_certificate(
    *, certificate: Certificate, family_name: str, middle_name: str, given_name: str, actor
) -> Certificate:
    """A new certificate with a corrected name; the old one stays in the register, superseded."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status != Certificate.Status.VALID:
        raise ValidationError(_("Only a valid certificate can be reissued."))
    if not clean_name(family_name) or not clean_name(given_name):
        raise ValidationError(_("Enter the family name and the given name."))
    old.status = Certificate.Status.SUPERSEDED
    old.save(update_fields=["status"])
    name = " ".join(
        part
        for part in (clean_name(family_name), clean_name(middle_name), clean_name(given_name))
        if part
    )
    new = _issue(
        user=old.user,
        template=old.template,
        facts={
            "learner_name": name,
            "family_name": clean_name(family_name),
            **{
                field: getattr(old, field)
                for field in (
                    "title",
                    "hours",
                    "period_start",
                    "period_end",
                    "result",
                    "date_of_birth",
                    "agency_name",
                )
            },
        },
        subject={
            "enrolment": old.enrolment,
            "course": old.course,
            "programme_completion": old.programme_completion,
            "programme": old.programme,
        },
        actor=actor,
    )
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    audit.record(
        new,
        audit.CERTIFICATE_REISSUE,
        user=actor,
        agency=old.user.agency,
        old=old.serial,
        new=new.serial,
    )
    return new


def certificate_pdf(*, certificate: Certificate) -> bytes:
    """The certificate's PDF, from storage; rendered and stored first when missing."""
    if certificate.pdf:
        try:
            with certificate.pdf.open("rb") as stored:
                return stored.read()
        except FileNotFoundError:
            pass  # lost from storage: render it again from the snapshot
    content = render_certificate_pdf(certificate)
    certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(content), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    return content


# Bulk jobs: many certificates at once, done by a background task that reports its progress.

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
    if not user.has_perm("certificates.change_certificate"):
        agencies = Agency.objects.manageable_by(user)
        enrolments = enrolments.filter(user__agency__in=agencies)
        completions = completions.filter(user__agency__in=agencies)
    if page is not None:
        enrolments = enrolments.filter(course=page.pk)
        completions = completions.filter(programme=page.pk)
    return enrolments, completions


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
            Certificate.objects.visible_to(user)
            .valid()
            .filter(pk__in=certificates.values("pk"))
            .values_list("pk", flat=True)
        )
        if not ids:
            # Revoked and superseded certificates are left out: their PDFs look valid.
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
        from .tasks import run_bulk_job as task
        from .tasks import watch_bulk_job

        # robust: with the queue down the job stays queued (the watchdog or a worker's start
        # runs it later) and the officer still gets its page, not an error.
        transaction.on_commit(lambda: task.enqueue(job.pk), robust=True)
        transaction.on_commit(
            lambda: watch_bulk_job.using(run_after=timezone.now() + job_lease()).enqueue(job.pk),
            robust=True,
        )
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


def resume_bulk_jobs() -> int:
    """Queue every unfinished job again (a worker starting up calls this, through `manage.py
    worker`): jobs whose worker died with it resume, the others are left to their runner."""
    from .tasks import run_bulk_job as task

    unfinished = list(
        BulkJob.objects.filter(
            status__in=[BulkJob.Status.QUEUED, BulkJob.Status.RUNNING]
        ).values_list("pk", flat=True)
    )
    for pk in unfinished:
        task.enqueue(pk, wait=True)
    return len(unfinished)


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
        certificate_pdf(certificate=certificate)  # issued by a run that stopped before its PDF
        progress.keep_alive()
    for enrolment in pending_enrolments:
        certificate_pdf(
            certificate=issue_course_certificate(enrolment=enrolment, actor=job.requested_by)
        )
        progress.advance()
    for completion in pending_completions:
        certificate_pdf(
            certificate=issue_programme_certificate(completion=completion, actor=job.requested_by)
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
        Certificate.objects.visible_to(job.requested_by)
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
            yield certificate, certificate_pdf(certificate=certificate)
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
