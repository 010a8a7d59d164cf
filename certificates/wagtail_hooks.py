"""Admin: certificate templates as snippets editors manage."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import CertificateRegisterViewSet
from .models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "issuer", "serial_prefix", "is_default"]


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateRegisterViewSet()
