"""Roster import in the admin: upload, see the check (counts and every error), then import.
An import is its uploader's own (the RosterImport policy): nobody else opens it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from lms.admin.views import IndexCrumbsMixin, progress_json, require

from .. import imports
from ..forms import RosterUploadForm
from ..models import RosterImport
from ..permissions import may, scoped
from ..roster import KIND_LABELS
from ..roster_files import template_workbook
from .scoped import ScopedFormView, ScopedMenuItem, scoped_object

RECENT_IMPORTS = 10


def recent_imports(user):
    return scoped(user, "view", RosterImport).order_by("-created_at", "-pk")[:RECENT_IMPORTS]


class RosterUploadView(ScopedFormView):
    page_title = _("Import staff")
    submit_button_label = _("Check the file")
    header_icon = "group"
    form_class = RosterUploadForm
    template_name = "workforce/admin/roster_upload.html"
    permission_model = RosterImport

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            recent=recent_imports(self.request.user), form_is_multipart=True, **kwargs
        )

    def perform(self, form):
        return imports.start_roster_import(
            upload=form.cleaned_data["file"],
            actor=self.request.user,
            deactivate_missing=form.cleaned_data["deactivate_missing"],
        )

    def get_success_url(self):
        return reverse("roster_import:detail", args=[self.result.pk])


def _own(request, pk) -> RosterImport:
    """The requester's own import, while they may still import (404 for anyone else's)."""
    require(may(request.user, "add", RosterImport))
    return scoped_object(RosterImport, request.user, pk)


def activation_letters_url(roster_import: RosterImport) -> str | None:
    """Where to print letters for the import's new people without e-mail (None when there are
    none, or the letters screen is not installed)."""
    if roster_import.status != RosterImport.Status.APPLIED or not new_without_email(roster_import):
        return None
    try:
        url = reverse("activation_letters:selection")
    except NoReverseMatch:
        return None
    return f"{url}?roster_import={roster_import.pk}"


def new_without_email(roster_import: RosterImport) -> int:
    """How many people the import created have no e-mail (so got no invitation)."""
    people = imports.created_people(roster_import).filter(is_active=True)
    return people.filter(Q(email__isnull=True) | Q(email="")).count()


class RosterImportView(IndexCrumbsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/roster_import.html"
    header_icon = "group"
    index_url_name = "roster_import:index"
    index_label = _("Import staff")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.roster_import = _own(request, kwargs["pk"])

    def get_page_title(self):
        return self.roster_import.original_name

    def get_context_data(self, **kwargs):
        roster_import = self.roster_import
        counts = [(KIND_LABELS[kind], number) for kind, number in roster_import.counts.items()]
        letters_url = activation_letters_url(roster_import)
        return super().get_context_data(
            roster_import=roster_import,
            job=roster_import,
            counts=counts,
            letters_url=letters_url,
            letters_count=new_without_email(roster_import) if letters_url else 0,
            **kwargs,
        )


def roster_status(request, pk):
    return progress_json(_own(request, pk))


@require_POST
def roster_confirm(request, pk):
    roster_import = _own(request, pk)
    try:
        imports.confirm_roster_import(roster_import=roster_import, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("roster_import:detail", pk)


def roster_template(request):
    require(may(request.user, "add", RosterImport))
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
    menu_item_class = ScopedMenuItem.for_model(RosterImport, action="add")

    def get_urlpatterns(self):
        return [
            path("", RosterUploadView.as_view(), name="index"),
            path("template/", roster_template, name="template"),
            path("<int:pk>/", RosterImportView.as_view(), name="detail"),
            path("<int:pk>/status/", roster_status, name="status"),
            path("<int:pk>/import/", roster_confirm, name="confirm"),
        ]
