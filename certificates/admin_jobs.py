"""Bulk work from the register: ZIP or merged-PDF downloads, issuing the missing certificates,
and the requester's own list of jobs. A job is its requester's alone (the BulkJob policy)."""

import copy

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from lms.admin.views import breadcrumbs, progress_json
from workforce.permissions import may, scoped
from workforce.views.scoped import ScopedFormView

from . import bulk
from .admin_views import CertificateIndexView
from .models import BulkJob, Certificate


def _breadcrumbs(*extra):
    return breadcrumbs("certificate_register:index", _("Certificates")) + list(extra)


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
    if not may(request.user, "add", BulkJob):
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
        job = bulk.start_bulk_job(kind=kind, user=request.user, certificates=certificates)
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
        enrolments, completions = bulk.missing_certificates(user=user)
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
        return may(user, "issue", Certificate)

    def get_breadcrumbs_items(self):
        return _breadcrumbs({"url": "", "label": self.page_title})

    def perform(self, form):
        page_id = form.cleaned_data["page"]
        page = Page.objects.filter(pk=page_id).first() if page_id else None
        return bulk.start_bulk_job(
            kind=BulkJob.Kind.ISSUE_MISSING, user=self.request.user, page=page
        )

    def get_success_url(self):
        return reverse("certificate_register:job", args=[self.result.pk])


def _own_job(request, pk) -> BulkJob:
    """A job and its result belong to whoever asked for it; others get a 404."""
    try:
        return scoped(request.user, "view", BulkJob).get(pk=pk)
    except (BulkJob.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


class JobListView(WagtailAdminTemplateMixin, TemplateView):
    """The user's own bulk jobs, newest first."""

    template_name = "certificates/admin/jobs.html"
    page_title = _("Bulk jobs")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, "view", BulkJob):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return _breadcrumbs({"url": "", "label": self.page_title})

    def get_context_data(self, **kwargs):
        jobs = scoped(self.request.user, "view", BulkJob)
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
        return _breadcrumbs(
            {"url": reverse("certificate_register:jobs"), "label": _("Bulk jobs")},
            {"url": "", "label": f"{self.job.get_kind_display()} #{self.job.pk}"},
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, **kwargs)


def job_status(request, pk):
    return progress_json(_own_job(request, pk))


def job_download(request, pk):
    job = _own_job(request, pk)
    if job.status != BulkJob.Status.DONE or not job.result:
        raise Http404
    # The requester's scope may have shrunk since: every certificate must still be theirs.
    ids = job.items.get("certificates", [])
    if scoped(request.user, "download", Certificate).filter(pk__in=ids).count() != len(ids):
        raise Http404
    try:
        stored = job.result.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = job.result.name.rsplit("/", 1)[-1]
    return FileResponse(stored, as_attachment=True, filename=name)
