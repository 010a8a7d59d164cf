"""The admin's live preview of a certificate template: a sample certificate drawn exactly as the
PDF will be, marked as a sample and never signed. Previewing saves nothing."""

from django.http import HttpResponse

from .models import CertificateTemplate
from .pdf import render_certificate_pdf
from .services import sample_certificate


def serve_template_preview(template: CertificateTemplate, request) -> HttpResponse:
    """What CertificateTemplate.serve_preview answers (CertificatesConfig.ready() plugs it in)."""
    pdf = render_certificate_pdf(sample_certificate(template=template), sample=True)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="xem-thu.pdf"'
    return response
