"""HR and administrators: the certificate register of their agency subtrees; revoke, reissue."""

import copy

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Page

from workforce.models import HRRole
from workforce.text import fold, spreadsheet_safe
from workforce.views.base import (
    ManageableRowsMixin,
    ScopedFormView,
    ServiceFormView,
    breadcrumbs,
    progress_json,
)

from . import services
from .models import BulkJob, Certificate


def _breadcrumbs(extra=None):
    return breadcrumbs("certificate_register:index", _("Certificates"), extra)


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Certificate.Status.choices)

    class Meta:
        model = Certificate
        fields = []


def can_see_register(user) -> bool:
    return user.has_perm("certificates.view_certificate") or bool(HRRole.objects.paths_for(user))


def can_issue(user) -> bool:
    """HR officers (in their subtrees) and certificate administrators issue missing ones."""
    return user.has_perm("certificates.change_certificate") or bool(
        HRRole.objects.paths_for(user, manage=True)
    )


class SelectColumn(BaseColumn):
    """A checkbox per row, for the bulk downloads below the listing."""

    header_template_name = "certificates/admin/select_all_cell.html"
    cell_template_name = "certificates/admin/select_cell.html"


class CertificateIndexView(ManageableRowsMixin, IndexView):
    model = Certificate
    # Access follows HR roles (checked in dispatch) and the rows follow their scope.
    permission_policy = None
    page_title = _("Certificates")
    header_icon = "doc-full-inverse"
    index_url_name = "certificate_register:index"
    index_results_url_name = "certificate_register:index_results"
    filterset_class = CertificateFilterSet
    template_name = "certificates/admin/register.html"
    results_template_name = "certificates/admin/register_results.html"
    search_fields = ["learner_name"]
    search_backend_name = None
    paginate_by = 50
    # The register export (XLSX, CSV), of the rows the user may see and has filtered.
    list_export = [
        "serial",
        "register_number",
        "learner_name",
        "date_of_birth",
        "title",
        "hours",
        "period_start",
        "period_end",
        "issued_at",
        "get_status_display",
        "revoked_at",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "so-dang-ky-giay-chung-nhan"
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        str: {"csv": spreadsheet_safe, "xlsx": spreadsheet_safe},
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_register(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def header_buttons(self):
        if not can_issue(self.request.user):
            return []
        return [
            HeaderButton(
                _("Issue missing certificates"),
                url=reverse("certificate_register:issue_missing"),
                icon_name="plus",
            )
        ]

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            HeaderButton(
                _("Bulk jobs"), url=reverse("certificate_register:jobs"), icon_name="download"
            ),
        ]

    def get_base_queryset(self):
        return Certificate.objects.visible_to(self.request.user)

    def search_queryset(self, queryset):
        """Accent-insensitive on the name as issued, or an exact serial."""
        if not self.is_searching:
            return queryset
        by_name = queryset
        for word in fold(self.search_query).split()[:8]:  # a name has no more words
            by_name = by_name.filter(learner_name_folded__contains=word)
        return by_name | queryset.filter(serial=self.search_query.strip().upper())

    def order_queryset(self, queryset):
        return queryset.order_by("-issued_at", "-pk")

    def get_breadcrumbs_items(self):
        return _breadcrumbs()

    def manageable_queryset(self):
        return Certificate.objects.manageable_by(self.request.user)

    @cached_property
    def columns(self):
        return [
            SelectColumn("select", label=_("Select")),
            Column("serial", label=_("Serial")),
            Column("learner_name", label=_("Name")),
            Column("title", label=_("Course or programme")),
            DateColumn("issued_at", label=_("Issued on")),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda c: c.status == Certificate.Status.VALID,
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = [
            MenuItem(_("Verification page"), instance.get_verification_url(), icon_name="view")
        ]
        if self.can_manage(instance) and instance.status == Certificate.Status.VALID:
            buttons += [
                MenuItem(
                    _("Revoke"),
                    reverse("certificate_register:revoke", args=[instance.pk]),
                    icon_name="cross",
                ),
                MenuItem(
                    _("Reissue with a corrected name"),
                    reverse("certificate_register:reissue", args=[instance.pk]),
                    icon_name="edit",
                ),
            ]
        return buttons


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class ReissueForm(forms.Form):
    family_name = forms.CharField(label=_("Family name"), max_length=64)
    middle_name = forms.CharField(label=_("Middle name"), max_length=64, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=64)


class CertificateActionView(ServiceFormView):
    header_icon = "doc-full-inverse"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            Certificate.objects.manageable_by(request.user).valid(), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return f"{self.certificate.serial} · {self.certificate.learner_name}"

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

    def get_success_url(self):
        return reverse("certificate_register:index")


class RevokeView(CertificateActionView):
    page_title = _("Revoke")
    submit_button_label = _("Revoke")
    success_message = _("Certificate %(object)s revoked.")
    form_class = RevokeForm

    def perform(self, form):
        return services.revoke_certificate(
            certificate=self.certificate,
            reason=form.cleaned_data["reason"],
            actor=self.request.user,
        )


class ReissueView(CertificateActionView):
    page_title = _("Reissue with a corrected name")
    submit_button_label = _("Reissue")
    success_message = _("New certificate %(object)s issued; the old one is marked superseded.")
    form_class = ReissueForm

    def get_initial(self):
        user = self.certificate.user
        return {
            "family_name": user.family_name,
            "middle_name": user.middle_name,
            "given_name": user.given_name,
        }

    def perform(self, form):
        return services.reissue_certificate(
            certificate=self.certificate, actor=self.request.user, **form.cleaned_data
        )


class CertificateRegisterViewSet(ViewSet):
    name = "certificate_register"
    url_prefix = "certificates"
    icon = "doc-full-inverse"
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificates")
    menu_order = 230
    add_to_admin_menu = True

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem as AdminMenuItem

        class Item(AdminMenuItem):
            def is_shown(self, request):
                return can_see_register(request.user)

        return Item

    def get_urlpatterns(self):
        return [
            path("", CertificateIndexView.as_view(), name="index"),
            path("results/", CertificateIndexView.as_view(results_only=True), name="index_results"),
            path("<int:pk>/revoke/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", ReissueView.as_view(), name="reissue"),
            path("download/", start_download, name="bulk_download"),
            path("issue-missing/", IssueMissingView.as_view(), name="issue_missing"),
            path("jobs/", JobListView.as_view(), name="jobs"),
            path("jobs/<int:pk>/", JobView.as_view(), name="job"),
            path("jobs/<int:pk>/status/", job_status, name="job_status"),
            path("jobs/<int:pk>/download/", job_download, name="job_download"),
        ]


def filtered_certificates(request, querystring: str):
    """The register's rows for a filter and search, as the listing itself computes them."""
    listing = CertificateIndexView()
    filtered_request = copy.copy(request)
    filtered_request.GET = QueryDict(querystring)
    listing.setup(filtered_request)
    return listing.get_queryset()


@require_POST
def start_download(request):
    """ZIP or merged PDF of the rows ticked, or of every row the current filter shows."""
    if not can_see_register(request.user):
        raise PermissionDenied
    querystring = request.POST.get("filters", "")
    back = reverse("certificate_register:index") + (f"?{querystring}" if querystring else "")
    kind = request.POST.get("kind")
    if kind not in (BulkJob.Kind.ZIP, BulkJob.Kind.MERGED_PDF):
        messages.error(request, _("Choose what to download."))
        return redirect(back)
    certificates = filtered_certificates(request, querystring)
    if request.POST.get("scope") != "filtered":
        ids = [
            int(value)
            for value in request.POST.getlist("certificate")
            if value.isascii() and value.isdigit() and len(value) <= 18
        ]
        certificates = certificates.filter(pk__in=ids)
    try:
        job = services.start_bulk_job(kind=kind, user=request.user, certificates=certificates)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    return redirect("certificate_register:job", job.pk)


class IssueMissingForm(forms.Form):
    page = forms.TypedChoiceField(
        label=_("Course or programme"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        enrolments, completions = services.missing_certificates(user=user)
        counts = [
            *enrolments.values_list("course", "course__title").annotate(n=Count("pk")),
            *completions.values_list("programme", "programme__title").annotate(n=Count("pk")),
        ]
        self.total = sum(n for _page, _title, n in counts)
        self.fields["page"].choices = [
            ("", _("All courses and programmes (%(count)d)") % {"count": self.total}),
            *((page, f"{title} ({n})") for page, title, n in sorted(counts, key=lambda c: c[1])),
        ]


class IssueMissingView(ScopedFormView):
    page_title = _("Issue missing certificates")
    submit_button_label = _("Issue")
    header_icon = "doc-full-inverse"
    form_class = IssueMissingForm
    template_name = "certificates/admin/issue_missing.html"

    def allowed(self, user):
        return can_issue(user)

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

    def perform(self, form):
        page_id = form.cleaned_data["page"]
        page = Page.objects.filter(pk=page_id).first() if page_id else None
        return services.start_bulk_job(
            kind=BulkJob.Kind.ISSUE_MISSING, user=self.request.user, page=page
        )

    def get_success_url(self):
        return reverse("certificate_register:job", args=[self.result.pk])


def _own_job(request, pk) -> BulkJob:
    """A job and its result belong to whoever asked for it; others get a 404."""
    if not can_see_register(request.user):
        raise PermissionDenied
    return get_object_or_404(BulkJob, pk=pk, requested_by=request.user)


class JobListView(WagtailAdminTemplateMixin, TemplateView):
    """The user's own bulk jobs, newest first."""

    template_name = "certificates/admin/jobs.html"
    page_title = _("Bulk jobs")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_register(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

    def get_context_data(self, **kwargs):
        jobs = BulkJob.objects.filter(requested_by=self.request.user)
        page = Paginator(jobs, 20).get_page(self.request.GET.get("p"))
        return super().get_context_data(jobs=page, **kwargs)


class JobView(WagtailAdminTemplateMixin, TemplateView):
    """One job: its progress while it runs, its result when done."""

    template_name = "certificates/admin/job.html"
    header_icon = "download"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.job = _own_job(request, kwargs["pk"])

    def get_page_title(self):
        return self.job.get_kind_display()

    def get_breadcrumbs_items(self):
        return [
            *_breadcrumbs(),
            {"url": reverse("certificate_register:jobs"), "label": _("Bulk jobs")},
            {"url": "", "label": f"{self.job.get_kind_display()} #{self.job.pk}"},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, **kwargs)


def job_status(request, pk):
    return progress_json(_own_job(request, pk))


def job_download(request, pk):
    job = _own_job(request, pk)
    if job.status != BulkJob.Status.DONE or not job.result:
        raise Http404
    # The requester's scope may have shrunk since: every certificate must still be theirs to see.
    ids = job.items.get("certificates", [])
    if Certificate.objects.visible_to(request.user).filter(pk__in=ids).count() != len(ids):
        raise Http404
    try:
        stored = job.result.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = job.result.name.rsplit("/", 1)[-1]
    return FileResponse(stored, as_attachment=True, filename=name)
