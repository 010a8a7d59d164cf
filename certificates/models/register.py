"""The register: every certificate issued, and the counters its serials are taken from."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, ProgrammeCompletion, ProgrammePage
from lms.text import fold
from workforce.permissions import policy_for

from .storage import certificate_pdf_path
from .templates import CertificateTemplate


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
