"""Proof of learning: certificate templates, the certificates issued, and their serial register.

A certificate is issued once per learner and course (or programme) and snapshots what was true
at issue. It is never edited: it is revoked, or superseded by a reissued one.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, ProgrammeCompletion, ProgrammePage
from workforce.models import Agency, User
from workforce.text import fold


class CertificateTemplate(models.Model):
    """How a certificate reads: issuing body, wording, signer, serial prefix (a snippet)."""

    class Border(models.TextChoices):
        CLASSIC = "classic", _("Classic double border")
        SIMPLE = "simple", _("Simple line")
        NONE = "none", _("No border")

    name = models.CharField(_("name"), max_length=128)
    issuer = models.CharField(_("issuing body"), max_length=255, default="Sở Nội vụ tỉnh Đồng Nai")
    place = models.CharField(
        _("place in the date line"),
        max_length=64,
        default="Đồng Nai",
        help_text=_("As in “Đồng Nai, ngày …”."),
    )
    title = models.CharField(_("title"), max_length=128, default="GIẤY CHỨNG NHẬN")
    body = models.TextField(
        _("body text"),
        default="Đã hoàn thành chương trình bồi dưỡng “{course}”, thời lượng {hours} giờ.",
        help_text=_(
            "Placeholders: {name}, {date_of_birth}, {agency}, {course}, {hours}, {start}, {end}, {result}."
        ),
    )
    signer_title = models.CharField(_("signer's title"), max_length=255, default="GIÁM ĐỐC")
    signer_name = models.CharField(_("signer's name"), max_length=128)
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
        default="SNV",
        help_text=_(
            "Serials read PREFIX-YEAR-000001; each prefix counts on its own, year by year."
        ),
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used by courses and programmes that choose none."),
    )

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

    def __str__(self):
        return self.name


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
        """Certificates of the people `user` may see (HR scope; administrators see all)."""
        return self.filter(user__in=User.objects.visible_to(user))

    def manageable_by(self, user):
        """Certificates `user` may revoke or reissue: HR officers, within their subtrees."""
        if user.has_perm("certificates.change_certificate"):
            return self
        return self.filter(user__agency__in=Agency.objects.manageable_by(user))


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
    register_number = models.PositiveIntegerField(_("register number"))
    verification_code = models.CharField(max_length=32, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.VALID)
    issued_at = models.DateTimeField(_("issued at"))
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
    # Revocation and reissue keep the row: who, when, why, and what replaced it.
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revocation_reason = models.TextField(_("reason"), blank=True)
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)

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
        ]

    def __str__(self):
        return f"{self.serial} · {self.learner_name}"

    def save(self, *args, **kwargs):
        self.learner_name_folded = fold(self.learner_name)[:255]
        super().save(*args, **kwargs)

    def get_verification_url(self) -> str:
        return reverse("certificates:verify", args=[self.verification_code])
