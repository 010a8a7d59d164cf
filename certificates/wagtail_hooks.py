"""Admin: certificate templates as snippets editors manage; the certificate register for HR."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workforce.views.base import ScopedMenuItem

from . import admin_jobs
from .admin_views import CertificateIndexView, CertificateInspectView, ReissueView, RevokeView
from .models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "issuer", "serial_prefix", "is_default"]


register_snippet(CertificateTemplateViewSet)


class CertificateRegisterViewSet(ViewSet):
    """The register is append-only: a list, one certificate's page and its actions, no edit."""

    name = "certificate_register"
    url_prefix = "certificates"
    icon = "doc-full-inverse"
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificates")
    menu_order = 230
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(Certificate)

    def get_urlpatterns(self):
        return [
            path("", CertificateIndexView.as_view(), name="index"),
            path("results/", CertificateIndexView.as_view(results_only=True), name="index_results"),
            path("<int:pk>/", CertificateInspectView.as_view(), name="inspect"),
            path("<int:pk>/revoke/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", ReissueView.as_view(), name="reissue"),
            path("download/", admin_jobs.start_download, name="bulk_download"),
            path("issue-missing/", admin_jobs.IssueMissingView.as_view(), name="issue_missing"),
            path("jobs/", admin_jobs.JobListView.as_view(), name="jobs"),
            path("jobs/<int:pk>/", admin_jobs.JobView.as_view(), name="job"),
            path("jobs/<int:pk>/status/", admin_jobs.job_status, name="job_status"),
            path("jobs/<int:pk>/download/", admin_jobs.job_download, name="job_download"),
        ]


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateRegisterViewSet()
