"""Certificate templates (snippets under moderation) and the courses and programmes that use them."""

import string

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
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
    # Who draws it: certificates.preview.serve_template_preview, set by CertificatesConfig.ready(),
    # so that the models import no renderer and no service. Every preview Wagtail offers (edit,
    # revision, moderation) comes through serve_preview.
    preview_renderer = None

    def serve_preview(self, request, mode_name):
        return type(self).preview_renderer(self, request)


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
