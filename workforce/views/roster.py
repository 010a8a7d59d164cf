"""Roster import in the admin: upload, see the check (counts and every error), then import."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .. import services
from ..models import Agency, RosterImport
from ..roster import KIND_LABELS, template_workbook
from .base import ScopedFormView, breadcrumbs, progress_json


def can_import(user) -> bool:
    return Agency.objects.manageable_by(user).exists()


def _breadcrumbs(extra=None):
    return breadcrumbs("roster_import:index", _("Import staff"), extra)


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file"),
        help_text=_("Excel (.xlsx) or CSV in UTF-8, with the headers of the template."),
    )
    deactivate_missing = forms.ModelChoiceField(
        label=_("Deactivate people missing from the file"),
        queryset=Agency.objects.none(),
        required=False,
        empty_label=_("No: only add and update"),
        help_text=_(
            "Choose an agency to deactivate its people (and those of its units) who are not in "
            "the file. They keep their records and can be reactivated."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deactivate_missing"].queryset = Agency.objects.manageable_by(user).filter(
            is_active=True
        )


class RosterUploadView(ScopedFormView):
    page_title = _("Import staff")
    submit_button_label = _("Check the file")
    header_icon = "group"
    form_class = RosterUploadForm
    template_name = "workforce/admin/roster_upload.html"

    def allowed(self, user):
        return can_import(user)

    def get_breadcrumbs_items(self):
        return _breadcrumbs()

    def get_context_data(self, **kwargs):
        recent = RosterImport.objects.filter(requested_by=self.request.user)[:10]
        return super().get_context_data(recent=recent, form_is_multipart=True, **kwargs)

    def perform(self, form):
        return services.start_roster_import(
            upload=form.cleaned_data["file"],
            actor=self.request.user,
            deactivate_missing=form.cleaned_data["deactivate_missing"],
        )

    def get_success_url(self):
        return reverse("roster_import:detail", args=[self.result.pk])


def _own(request, pk) -> RosterImport:
    if not can_import(request.user):
        raise PermissionDenied
    return get_object_or_404(RosterImport, pk=pk, requested_by=request.user)


class RosterImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/roster_import.html"
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.roster_import = _own(request, kwargs["pk"])

    def get_page_title(self):
        return self.roster_import.original_name

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.roster_import.original_name)

    def get_context_data(self, **kwargs):
        counts = [(KIND_LABELS[kind], number) for kind, number in self.roster_import.counts.items()]
        return super().get_context_data(
            roster_import=self.roster_import, job=self.roster_import, counts=counts, **kwargs
        )


def roster_status(request, pk):
    return progress_json(_own(request, pk))


@require_POST
def roster_confirm(request, pk):
    roster_import = _own(request, pk)
    try:
        services.confirm_roster_import(roster_import=roster_import, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("roster_import:detail", pk)


def roster_template(request):
    if not can_import(request.user):
        raise PermissionDenied
    response = HttpResponse(
        template_workbook(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-can-bo.xlsx"'
    return response


class RosterImportViewSet(ViewSet):
    name = "roster_import"
    url_prefix = "roster"
    icon = "group"
    menu_label = _("Import staff")
    menu_icon = "upload"
    menu_order = 205
    add_to_admin_menu = True

    @property
    def menu_item_class(self):
        class Item(MenuItem):
            def is_shown(self, request):
                return can_import(request.user)

        return Item

    def get_urlpatterns(self):
        return [
            path("", RosterUploadView.as_view(), name="index"),
            path("template/", roster_template, name="template"),
            path("<int:pk>/", RosterImportView.as_view(), name="detail"),
            path("<int:pk>/status/", roster_status, name="status"),
            path("<int:pk>/import/", roster_confirm, name="confirm"),
        ]
