"""Admin: certificate templates as snippets editors manage; the certificate register for HR."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workforce.views.scoped import ScopedMenuItem

from . import admin_jobs, template_views
from .admin_views import CertificateIndexView, CertificateInspectView, ReissueView, RevokeView
from .models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    """Editors save drafts and submit them; moderators approve, which publishes the live
    version certificates are issued from (the workflow is assigned by migration 0007)."""

    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    # In the main menu: editors reach templates without the Snippets page (and every screen
    # of ours is reachable by clicking from the admin home).
    add_to_admin_menu = True
    menu_order = 231
    index_view_class = template_views.TemplateIndexView
    edit_view_class = template_views.TemplateEditView
    confirm_workflow_cancellation_view_class = template_views.WorkflowCancellationView
    filterset_class = template_views.TemplateFilterSet
    edit_handler = template_views.edit_handler()

    @property
    def list_display(self):
        return template_views.listing_columns()

    @property
    def archive_view(self):
        return template_views.ArchiveView.as_view()

    @property
    def restore_view(self):
        return template_views.RestoreView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("archive/<int:pk>/", self.archive_view, name="archive"),
            path("restore/<int:pk>/", self.restore_view, name="restore"),
        ]


register_snippet(CertificateTemplateViewSet)


@hooks.register("before_delete_snippet")
def refuse_deleting_templates_in_use(request, instances):
    """A template certificates were issued from, or the default one, is archived or replaced,
    never deleted (the database would refuse: a server error after the confirmation)."""
    templates = [each for each in instances if isinstance(each, CertificateTemplate)]
    refusals = [(t, reason) for t in templates if (reason := template_views.deletion_refusal(t))]
    if not refusals:
        return None
    for _template, reason in refusals:
        messages.error(request, reason)
    if len(templates) == 1:
        template = templates[0]
        if not template.is_default and not template.archived:
            return redirect(template_views.URL_NAMESPACE + ":archive", template.pk)
        return redirect(template_views.URL_NAMESPACE + ":edit", template.pk)
    return redirect(template_views.URL_NAMESPACE + ":list")


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
