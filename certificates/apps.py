from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.signals import enrolment_status_changed, programme_completed
        from workforce.permissions import AgencyScopePolicy, register_policies

        from . import checks as certificate_checks
        from . import receivers, signals
        from .models import BulkJob, Certificate
        from .preview import serve_template_preview

        # Scope: who may see and act on which certificates and bulk jobs (workforce.permissions).
        register_policies(
            AgencyScopePolicy(Certificate, agency_path="user__agency", reads={"download"}),
            AgencyScopePolicy(BulkJob, agency_path=None, owner="requested_by", reads={"add"}),
        )

        # System checks: WeasyPrint's libraries on every command; the site's address against
        # ALLOWED_HOSTS with `check --deploy`.
        checks.register(certificate_checks.check_weasyprint, "certificates")
        checks.register(certificate_checks.check_base_url_host, checks.Tags.security, deploy=True)

        # Receivers: a completed course or programme gets its certificate; a revoked or
        # reissued certificate's PDF is drawn again; a bulk job is run (each on commit, by task).
        enrolment_status_changed.connect(
            receivers.course_completed, dispatch_uid="certificates-course"
        )
        programme_completed.connect(
            receivers.programme_completed, dispatch_uid="certificates-programme"
        )
        signals.certificate_revoked.connect(
            receivers.certificate_revoked, dispatch_uid="certificates-revoked"
        )
        signals.certificate_reissued.connect(
            receivers.certificate_reissued, dispatch_uid="certificates-reissued"
        )
        signals.bulk_job_queued.connect(
            receivers.bulk_job_queued, dispatch_uid="certificates-bulk-job"
        )

        # The template preview draws a PDF: the models import no renderer, it is plugged in here.
        self.get_model("CertificateTemplate").preview_renderer = serve_template_preview
