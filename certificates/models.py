"""Proof of learning: certificate templates, the certificates issued, and their serial register.

A certificate is issued once per learner and course (or programme) and snapshots what was true
at issue. It is never edited: it is revoked, or superseded by a reissued one.
"""

import secrets

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from courses.models import CoursePage, Enrolment, ProgrammeCompletion, ProgrammePage
from lms.jobs import LeasedJob
from lms.text import fold
from workforce.permissions import policy_for


def _private_path(folder: str, filename: str) -> str:
    """A path no one can guess: files here hold personal data, and media may be served openly."""
    return f"{folder}/{secrets.token_urlsafe(16)}/{filename}"


def certificate_pdf_path(instance, filename: str) -> str:
    return _private_path("certificates", filename)


def job_result_path(instance, filename: str) -> str:
    return _private_path("certificate-jobs", filename)


# The facts already name the course and its hours: the statement says what was achieved.
DEFAULT_BODY = "Đã hoàn thành đầy đủ chương trình và đạt yêu cầu các bài kiểm tra theo quy định."

# Serial prefixes are what the public types into the lookup: upper-case Latin letters and digits.
serial_prefix_validator = RegexValidator(
    r"^[A-Z0-9]{1,16}$",
    _("Use 1 to 16 upper-case letters without accents and digits, e.g. SNV or CNTT2026."),
)


class CertificateTemplateQuerySet(models.QuerySet):
    def usable(self):
        """Templates a new certificate may use: published (live) and not archived."""
        return self.filter(live=True, archived=False)


class CertificateTemplate(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """How a certificate reads: issuing body, wording, signer, serial prefix (a snippet).

    A course or programme uses the template that lists it, or else the default one. Edits go
    through the moderation workflow: the row holds the live (approved) version, which is what
    certificates are issued from; drafts wait in revisions. A template in use is archived,
    never deleted.
    """

    class Border(models.TextChoices):
        CLASSIC = "classic", _("Classic double border")
        SIMPLE = "simple", _("Simple line")
        NONE = "none", _("No border")

    name = models.CharField(_("name"), max_length=128)
    issuer = models.CharField(_("issuing body"), max_length=160, default="Sở Nội vụ tỉnh Đồng Nai")
    place = models.CharField(
        _("place in the date line"),
        max_length=64,
        default="Đồng Nai",
        help_text=_("As in “Đồng Nai, ngày …”."),
    )
    title = models.CharField(_("title"), max_length=64, default="GIẤY CHỨNG NHẬN")
    body = models.TextField(
        _("body text"),
        max_length=400,
        blank=True,
        default=DEFAULT_BODY,
        help_text=_(
            "Placeholders: {name}, {date_of_birth}, {agency}, {course}, {hours}, {start}, {end}, {result}."
        ),
    )
    signer_title = models.CharField(
        _("signer's title"),
        max_length=120,
        default="GIÁM ĐỐC",
        help_text=_("One or two lines, e.g. “KT. GIÁM ĐỐC” then “PHÓ GIÁM ĐỐC”."),
    )
    signer_name = models.CharField(_("signer's name"), max_length=64)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seal = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("seal image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    border = models.CharField(_("border"), max_length=16, choices=Border, default=Border.CLASSIC)
    serial_prefix = models.CharField(
        _("serial prefix"),
        max_length=16,
        unique=True,
        default="SNV",
        validators=[serial_prefix_validator],
        help_text=_(
            "Serials read PREFIX-YEAR-000001; each prefix counts on its own, year by year."
        ),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that does not expire."),
    )
    archived = models.BooleanField(
        _("archived"),
        default=False,
        help_text=_(
            "An archived template is kept for the certificates it issued; no new ones use it."
        ),
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used by courses and programmes that choose none."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="certificate_template")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="certificate_template",
        for_concrete_model=False,
    )

    objects = CertificateTemplateQuerySet.as_manager()

    @property
    def revisions(self):
        return self._revisions

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_certificate_template",
            )
        ]

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("issuer"), FieldPanel("place"), FieldPanel("serial_prefix")],
            heading=_("Issuing body"),
        ),
        MultiFieldPanel([FieldPanel("title"), FieldPanel("body")], heading=_("Wording")),
        MultiFieldPanel(
            [
                FieldPanel("signer_title", widget=forms.Textarea(attrs={"rows": 2})),
                FieldPanel("signer_name"),
                FieldRowPanel([FieldPanel("signature"), FieldPanel("seal")]),
            ],
            heading=_("Signature"),
        ),
        FieldRowPanel([FieldPanel("border"), FieldPanel("validity_months")]),
        FieldPanel("is_default"),
        InlinePanel(
            "uses",
            heading=_("Courses and programmes using this template"),
            label=_("Course or programme"),
        ),
    ]

    def __str__(self):
        return self.name

    PLACEHOLDERS = (
        "name",
        "date_of_birth",
        "agency",
        "course",
        "hours",
        "start",
        "end",
        "result",
    )

    def clean(self):
        """The body may use only the listed placeholders, plainly: {name}, not {name.upper()}."""
        import string

        from django.core.exceptions import ValidationError

        self.serial_prefix = (self.serial_prefix or "").strip().upper()
        if self.is_default and self.archived:
            raise ValidationError(
                {"is_default": _("An archived template cannot be the default; restore it first.")}
            )
        try:
            parts = list(string.Formatter().parse(self.body))
        except ValueError:
            raise ValidationError(
                {"body": _("A brace is not closed; write placeholders as {course}.")}
            ) from None
        for _text, name, spec, conversion in parts:
            if name is not None and (name not in self.PLACEHOLDERS or spec or conversion):
                raise ValidationError(
                    {
                        "body": _("Unknown placeholder {%(name)s}. Use: %(allowed)s.")
                        % {
                            "name": name,
                            "allowed": ", ".join(f"{{{known}}}" for known in self.PLACEHOLDERS),
                        }
                    }
                )

    def with_content_json(self, content):
        """A revision carries the wording, not whether the template is archived: approving a
        draft saved before the template was archived must not bring it back."""
        template = super().with_content_json(content)
        template.archived = self.archived
        return template

    # The live preview in the admin: a sample certificate drawn exactly as the PDF will be.
    preview_modes = [("", _("PDF"))]

    def serve_preview(self, request, mode_name):
        from django.http import HttpResponse

        from .pdf import render_certificate_pdf
        from .services import sample_certificate

        pdf = render_certificate_pdf(sample_certificate(template=self), sample=True)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="xem-thu.pdf"'
        return response


class TemplateUse(models.Model):
    """A course or programme that uses a template other than the default (one template each)."""

    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="uses")
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("course or programme"),
        on_delete=models.CASCADE,
        related_name="certificate_template_use",
    )

    panels = [PageChooserPanel("page", ["courses.CoursePage", "courses.ProgrammePage"])]

    class Meta:
        verbose_name = _("course or programme using the template")

    def __str__(self):
        return str(self.page)

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) == ("page",):
            other = TemplateUse.objects.filter(page=self.page_id).select_related("template").first()
            return _("“%(page)s” already uses the template “%(template)s”.") % {
                "page": self.page,
                "template": other.template if other else "",
            }
        return super().unique_error_message(model_class, unique_check)

    @classmethod
    def template_for(cls, page_id) -> CertificateTemplate | None:
        """The live, unarchived template chosen for the page (None: the default one applies)."""
        use = (
            cls.objects.filter(page=page_id, template__live=True, template__archived=False)
            .select_related("template")
            .first()
        )
        return use.template if use else None


class SerialCounter(models.Model):
    """The last serial number used, per prefix and year: the source of gap-free serials."""

    prefix = models.CharField(max_length=16)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="serial_counter_once")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last_number}"


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(status=Certificate.Status.VALID)

    def visible_to(self, user):
        """Certificates of the people `user` may see (the scope policy decides)."""
        return policy_for(Certificate).narrow(self, user, "view")

    def manageable_by(self, user):
        """Certificates `user` may revoke or reissue: HR officers, within their subtrees."""
        return policy_for(Certificate).narrow(self, user, "change")


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        Enrolment, null=True, blank=True, on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        CoursePage, null=True, blank=True, on_delete=models.PROTECT, related_name="certificates"
    )
    programme_completion = models.ForeignKey(
        ProgrammeCompletion,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    programme = models.ForeignKey(
        ProgrammePage, null=True, blank=True, on_delete=models.PROTECT, related_name="certificates"
    )
    template = models.ForeignKey(
        CertificateTemplate, on_delete=models.PROTECT, related_name="certificates"
    )
    serial = models.CharField(_("serial"), max_length=40, unique=True)
    # One register for all series: numbers count per year across every prefix.
    register_year = models.PositiveSmallIntegerField(_("register year"))
    register_number = models.PositiveIntegerField(_("register number"))
    verification_code = models.CharField(max_length=32, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.VALID)
    issued_at = models.DateTimeField(_("issued at"))
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Empty: does not expire.")
    )
    # What was true at issue; later renames never change an issued certificate.
    learner_name = models.CharField(_("name"), max_length=255)
    learner_name_folded = models.CharField(
        max_length=255, editable=False, db_index=True, default=""
    )
    family_name = models.CharField(max_length=64)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    agency_name = models.CharField(_("agency"), max_length=255, blank=True)
    title = models.CharField(_("course or programme"), max_length=255)
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1)
    period_start = models.DateField(_("from"), null=True, blank=True)
    period_end = models.DateField(_("to"))
    result = models.CharField(_("result"), max_length=64, blank=True)
    statement = models.TextField(
        _("statement"), blank=True, help_text=_("The template's body text as filled in at issue.")
    )
    issuer = models.CharField(_("issuing body"), max_length=255)
    place = models.CharField(max_length=64)
    signer_title = models.CharField(max_length=255)
    signer_name = models.CharField(max_length=128)
    heading = models.CharField(max_length=128, default="GIẤY CHỨNG NHẬN")
    border = models.CharField(max_length=16, default=CertificateTemplate.Border.CLASSIC)
    signature_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    seal_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Revocation and reissue keep the row: who, when, why, and what replaced it.
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revocation_reason = models.TextField(_("reason"), blank=True)
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )
    # A reissue prints the serial it replaces (a snapshot, as the rest).
    replaces_serial = models.CharField(_("replaces serial"), max_length=40, blank=True)
    pdf = models.FileField(_("PDF"), upload_to=certificate_pdf_path, blank=True)
    # The status the stored PDF was drawn for: a revoked or superseded certificate's PDF is drawn
    # again, marked, the next time it is needed.
    pdf_status = models.CharField(max_length=16, blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(status="valid", course__isnull=False),
                name="one_valid_certificate_per_course",
            ),
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=Q(status="valid", programme__isnull=False),
                name="one_valid_certificate_per_programme",
            ),
            models.CheckConstraint(
                condition=Q(course__isnull=False) ^ Q(programme__isnull=False),
                name="certificate_for_course_or_programme",
            ),
            models.UniqueConstraint(
                fields=["register_year", "register_number"], name="register_number_once_a_year"
            ),
        ]
        # The lookup and the register search match serials whatever case was typed.
        indexes = [models.Index(Upper("serial"), name="certificate_serial_upper")]

    def __str__(self):
        return f"{self.serial} · {self.learner_name}"

    def save(self, *args, **kwargs):
        self.learner_name_folded = fold(self.learner_name)[:255]
        super().save(*args, **kwargs)

    def get_verification_url(self) -> str:
        return reverse("certificates:verify", args=[self.verification_code])

    def get_public_url(self) -> str:
        """The verification page on the site's own address, as the PDF and its QR code print it."""
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.get_verification_url()

    def is_expired(self, today=None) -> bool:
        """Past its validity date (the status stays as it was: expiry is not a revocation)."""
        return bool(self.valid_until) and self.valid_until < (today or timezone.localdate())


class BulkJob(LeasedJob):
    """Work on many certificates at once, done by a background task, with its progress and result."""

    class Kind(models.TextChoices):
        ISSUE_MISSING = "issue", _("Issue missing certificates")
        ZIP = "zip", _("ZIP of PDFs")
        MERGED_PDF = "merged", _("One PDF for printing")

    class Status(models.TextChoices):
        QUEUED = "queued", pgettext_lazy("bulk job", "Waiting")
        RUNNING = "running", pgettext_lazy("bulk job", "Running")
        DONE = "done", pgettext_lazy("bulk job", "Done")
        FAILED = "failed", pgettext_lazy("bulk job", "Failed")

    kind = models.CharField(_("job"), max_length=16, choices=Kind)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="certificate_jobs",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # {"certificates": [...]} or {"enrolments": [...], "programme_completions": [...]}
    items = models.JSONField(default=dict)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    result = models.FileField(upload_to=job_result_path, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        verbose_name = _("bulk job")
        verbose_name_plural = _("bulk jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
