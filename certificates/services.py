"""Every write to certificates: issue (once), revoke, reissue, and each one's stored PDF. The
register is append-only. The template preview's sample is an issue that writes nothing, so it
is drawn from the same snapshot here (`sample_certificate`)."""

import calendar
import secrets
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment, ProgrammeCompletion
from lms import audit
from lms.spreadsheets import number_text
from lms.text import clean_name

from .models import Certificate, CertificateTemplate, SerialCounter, TemplateUse
from .pdf import render_certificate_pdf
from .signals import certificate_reissued, certificate_revoked


def default_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.usable().filter(is_default=True).first()
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
        register_year=today.year,
        register_number=123,
        valid_until=_valid_until(template, timezone.now()),
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
        hours=number_text(fields["hours"]) if fields.get("hours") is not None else "",
        start=day(fields.get("period_start")),
        end=day(fields.get("period_end")),
        result=fields.get("result", ""),
    )
    try:
        return body.format_map(values)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        # A template saved before its body was checked: keep the text as written.
        return body


# The register's own counter in SerialCounter: one sequence a year across every series (a
# prefix is upper-case letters and digits, so the empty one is free).
REGISTER = ""


def _valid_until(template: CertificateTemplate, issued_at):
    if not template.validity_months:
        return None
    issued = timezone.localdate(issued_at)
    months = issued.month - 1 + template.validity_months
    year, month = issued.year + months // 12, months % 12 + 1
    day = min(issued.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _verification_code() -> str:
    return secrets.token_urlsafe(15)  # 120 random bits, URL-safe, 20 characters


def _issue(
    *, user, template: CertificateTemplate, facts: dict, subject: dict, actor=None
) -> Certificate:
    """Write one certificate; the caller holds the transaction that also takes its serial."""
    if not template.live or template.archived:
        # template_for() offers only usable templates; this keeps any other caller honest.
        raise ValidationError(
            _("The template “%(template)s” is archived or unpublished; it issues nothing.")
            % {"template": template}
        )
    now = timezone.now()
    year = timezone.localdate(now).year
    serial, _number = next_serial(prefix=template.serial_prefix, year=year)
    _register_serial, register_number = next_serial(prefix=REGISTER, year=year)
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
        register_year=year,
        register_number=register_number,
        verification_code=_verification_code(),
        issued_at=now,
        valid_until=_valid_until(template, now),
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
    """Revoke a valid certificate for a stated reason; its PDF is drawn again, marked, once
    this commits (certificate_revoked)."""
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
    certificate_revoked.send(sender=Certificate, certificate=certificate)
    return certificate


def _reissue_template(old: Certificate) -> CertificateTemplate:
    """The template the certificate was issued from while it is still usable; once archived
    or unpublished, the one its course or programme uses now."""
    if CertificateTemplate.objects.usable().filter(pk=old.template_id).exists():
        return old.template
    return template_for(old.course or old.programme)


@transaction.atomic
def reissue_certificate(
    *, certificate: Certificate, family_name: str, middle_name: str, given_name: str, actor
) -> Certificate:
    """A new certificate with a corrected name, stating the serial it replaces; the old one
    stays in the register, superseded. Both PDFs are drawn once this commits
    (certificate_reissued)."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status != Certificate.Status.VALID:
        raise ValidationError(_("Only a valid certificate can be reissued."))
    family, middle, given = map(clean_name, (family_name, middle_name, given_name))
    if not family or not given:
        raise ValidationError(_("Enter the family name and the given name."))
    name = " ".join(part for part in (family, middle, given) if part)
    if name == old.learner_name:
        raise ValidationError(
            _("This is the name already on the certificate: correct it before reissuing.")
        )
    # Superseded first: a course or programme has one valid certificate at a time.
    old.status = Certificate.Status.SUPERSEDED
    old.save(update_fields=["status"])
    new = _issue(
        user=old.user,
        template=_reissue_template(old),
        facts={
            "learner_name": name,
            "family_name": family,
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
            "replaces_serial": old.serial,
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
    certificate_reissued.send(sender=Certificate, old=old, new=new)
    return new


def certificate_pdf(*, certificate: Certificate) -> bytes:
    """The certificate's PDF, from storage; rendered and stored first when missing, or when it
    was drawn before the certificate was revoked or superseded (it is then drawn marked)."""
    if certificate.pdf and certificate.pdf_status == certificate.status:
        try:
            with certificate.pdf.open("rb") as stored:
                return stored.read()
        except FileNotFoundError:
            pass  # lost from storage: render it again from the snapshot
    return store_pdf(certificate=certificate)


def store_pdf(*, certificate: Certificate) -> bytes:
    """Render the certificate's PDF as it stands now and store it (replacing the stored one)."""
    content = render_certificate_pdf(certificate)
    old = certificate.pdf.name if certificate.pdf else ""
    certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(content), save=False)
    certificate.pdf_status = certificate.status
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf=certificate.pdf.name, pdf_status=certificate.pdf_status
    )
    if old and old != certificate.pdf.name:
        certificate.pdf.storage.delete(old)
    return content
