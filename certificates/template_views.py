"""Certificate templates in the admin: the snippet listing and edit screen with archive and
restore, and the refusal to delete a template that certificates use or that is the default.

The snippet's own views (drafts, moderation, lock, history) are Wagtail's; a template in use is
archived, never deleted: certificates keep pointing to the template they were issued from.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn, StatusTagColumn
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import MenuItem
from wagtail.snippets.views.snippets import (
    ConfirmWorkflowCancellationView,
    EditView,
    IndexView,
)

from lms import audit
from lms.admin.views import ServiceFormView

from .models import CertificateTemplate

URL_NAMESPACE = "wagtailsnippets_certificates_certificatetemplate"


def _url(name: str, template) -> str:
    return reverse(f"{URL_NAMESPACE}:{name}", args=[template.pk])


# --- What may happen to a template ----------------------------------------------------------


def deletion_refusal(template: CertificateTemplate) -> str:
    """Why `template` may not be deleted ("" when it may): certificates point to the template
    they were issued from, and courses without a template of their own use the default."""
    issued = template.certificates.count()
    if issued:
        return ngettext(
            "“%(name)s” cannot be deleted: %(count)s certificate was issued from it and keeps "
            "pointing to it. Archive it instead: it stays for that certificate and no new "
            "certificate uses it.",
            "“%(name)s” cannot be deleted: %(count)s certificates were issued from it and keep "
            "pointing to it. Archive it instead: it stays for those certificates and no new "
            "certificate uses it.",
            issued,
        ) % {"name": template, "count": issued}
    if template.is_default:
        return _(
            "“%(name)s” is the default template, which courses without a template of their "
            "own use: it cannot be deleted. Make another template the default first."
        ) % {"name": template}
    return ""


def default_not_archived(template: CertificateTemplate) -> str:
    return _(
        "“%(name)s” is the default template and cannot be archived: courses without a "
        "template of their own would have none. Make another template the default first."
    ) % {"name": template}


def archive_template(*, template: CertificateTemplate, actor) -> CertificateTemplate:
    """Keep `template` for the certificates it issued; no new certificate uses it."""
    with transaction.atomic():
        template = CertificateTemplate.objects.select_for_update().get(pk=template.pk)
        if template.is_default:
            raise ValidationError(default_not_archived(template))
        if not template.archived:
            template.archived = True
            template.save(update_fields=["archived"])
            audit.record(template, audit.TEMPLATE_ARCHIVE, user=actor)
    return template


def restore_template(*, template: CertificateTemplate, actor) -> CertificateTemplate:
    """New certificates may use `template` again (once it is live)."""
    with transaction.atomic():
        template = CertificateTemplate.objects.select_for_update().get(pk=template.pk)
        if template.archived:
            template.archived = False
            template.save(update_fields=["archived"])
            audit.record(template, audit.TEMPLATE_RESTORE, user=actor)
    return template


def may_archive(user) -> bool:
    """Editors and moderators: whoever may change templates may archive and restore them."""
    return user.has_perm("certificates.change_certificatetemplate")


def archive_button(template, user, *, cls=MenuItem):
    """Archive or Restore, whichever applies, for those allowed (None otherwise)."""
    if not may_archive(user):
        return None
    if template.archived:
        return cls(_("Restore"), url=_url("restore", template), icon_name="undo", priority=25)
    return cls(_("Archive"), url=_url("archive", template), icon_name="folder", priority=25)


# --- The listing and the edit screen ------------------------------------------------------


class TemplateForm(WagtailAdminModelForm):
    def clean_signer_title(self):
        """One or two lines, stored with plain line breaks (a browser sends a text area's
        as CR LF); blank lines and spaces around each line dropped."""
        lines = [line.strip() for line in self.cleaned_data["signer_title"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > 2:
            raise ValidationError(_("Write the signer's title on one or two lines."))
        return "\n".join(lines)


def edit_handler():
    return ObjectList(CertificateTemplate.panels, base_form_class=TemplateForm)


class TemplateFilterSet(WagtailFilterSet):
    archived = django_filters.BooleanFilter(
        label=_("Archived"),
        widget=forms.RadioSelect(
            choices=[("", _("All")), ("false", _("In use")), ("true", _("Archived"))]
        ),
    )

    class Meta:
        model = CertificateTemplate
        fields = ["archived"]


class TemplateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        button = archive_button(instance, self.request.user)
        return buttons + ([button] if button else [])


class TemplateEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        button = archive_button(self.object, self.request.user, cls=Button)
        return buttons + ([button] if button else [])


class WorkflowCancellationView(PermissionCheckedMixin, ConfirmWorkflowCancellationView):
    """Wagtail's snippet version asks for no permission and names the workflow and its task:
    only those who may change templates see it, as with the workflow history."""

    permission_required = "change"


def use_text(template) -> str:
    """Archived; not yet published (a draft issues nothing); or in use."""
    if template.archived:
        return _("Archived")
    if not template.live:
        return _("Not yet published")
    return _("In use")


def listing_columns() -> list:
    """Name, issuer and prefix; which is the default; archived or in use; and the live, draft
    or in-moderation status Wagtail gives."""
    return [
        "name",
        "issuer",
        "serial_prefix",
        BooleanColumn("is_default", label=_("Default template"), sort_key="is_default"),
        StatusTagColumn(
            "archive_state",
            label=_("Use"),
            accessor=use_text,
            primary=lambda template: template.live and not template.archived,
            sort_key="archived",
        ),
        LiveStatusTagColumn(),
    ]


# --- Archive and restore ---------------------------------------------------------------------


class TemplateActionView(ServiceFormView):
    """Archive or restore one template, after a confirmation page that says what it means."""

    template_name = "certificates/templates/confirm_archive.html"
    header_icon = "doc-full-inverse"
    form_class = forms.Form
    explanation = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(CertificateTemplate, pk=kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        if not may_archive(request.user):
            raise PermissionDenied
        refusal = self.refusal()
        if refusal:
            messages.warning(request, refusal)
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def refusal(self) -> str:
        return ""

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse(f"{URL_NAMESPACE}:list"), "label": _("Certificate templates")},
            {"url": _url("edit", self.object), "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["explanation"] = self.explanation
        context["issued"] = self.object.certificates.count()
        return context

    def get_success_url(self):
        return reverse(f"{URL_NAMESPACE}:list")


class ArchiveView(TemplateActionView):
    page_title = _("Archive")
    submit_button_label = _("Archive")
    success_message = _("Template “%(object)s” archived: no new certificate uses it.")
    explanation = _(
        "An archived template stays for the certificates it issued (their PDFs and "
        "verification pages do not change); no new certificate uses it, and courses that "
        "chose it use the default template. You can restore it later."
    )

    def refusal(self):
        if self.object.archived:
            return _("“%(name)s” is already archived; nothing was changed.") % {"name": self.object}
        if self.object.is_default:
            return default_not_archived(self.object)
        return ""

    def perform(self, form):
        return archive_template(template=self.object, actor=self.request.user)


class RestoreView(TemplateActionView):
    page_title = _("Restore")
    submit_button_label = _("Restore")
    success_message = _("Template “%(object)s” restored.")
    explanation = _(
        "New certificates of the courses that chose this template will use it again (once "
        "its live version is published)."
    )

    def refusal(self):
        if not self.object.archived:
            return _("“%(name)s” is not archived; nothing was changed.") % {"name": self.object}
        return ""

    def perform(self, form):
        return restore_template(template=self.object, actor=self.request.user)
