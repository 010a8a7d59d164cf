"""The one place that renders certificate PDFs (WeasyPrint): A4 landscape, bundled fonts that cover
Vietnamese, a QR code to the public verification page, real selectable text.

The font configuration and the stylesheet are parsed once per process and reused: a fresh
FontConfiguration for every render is slower and leaks memory.
"""

import atexit
import base64
import functools
import io
from pathlib import Path

import qrcode
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .models import Certificate

FONTS = Path(__file__).resolve().parent / "fonts"


def official_date(value) -> str:
    """A date as Vietnamese official documents write it: "ngày 05 tháng 01 năm 2026"."""
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


def verification_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + certificate.get_verification_url()


def qr_png_data_uri(url: str) -> str:
    """A small QR code (PNG, fixed mask so it renders the same each time) as a data URI."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4, border=2, mask_pattern=0
    )
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


@functools.cache
def _renderer():
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = render_to_string("certificates/pdf.css", {"fonts": FONTS.as_uri()})
    return fonts, CSS(string=css, font_config=fonts)


# Let the font configuration go while WeasyPrint's libraries are still loaded.
atexit.register(_renderer.cache_clear)


def render_certificate_pdf(certificate: Certificate) -> bytes:
    from weasyprint import HTML

    fonts, stylesheet = _renderer()
    url = verification_url(certificate)
    with translation.override("vi"):
        html = render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "date_line": f"{certificate.place}, {official_date(certificate.issued_at.date())}",
                "born": certificate.date_of_birth.strftime("%d/%m/%Y")
                if certificate.date_of_birth
                else "",
                "period": _period(certificate),
                "verification_url": url,
                "qr": qr_png_data_uri(url),
            },
        )
    pdf = HTML(string=html, base_url=str(FONTS)).write_pdf(
        stylesheets=[stylesheet], font_config=fonts
    )
    return sign_pdf(pdf, issuer=certificate.issuer)


@functools.cache
def _signer():
    """The issuing body's signing key (PKCS#12) when configured; None leaves PDFs unsigned."""
    if not settings.CERTIFICATE_SIGNING_KEY:
        return None
    from pyhanko.sign import signers

    passphrase = (settings.CERTIFICATE_SIGNING_PASSWORD or "").encode() or None
    return signers.SimpleSigner.load_pkcs12(settings.CERTIFICATE_SIGNING_KEY, passphrase=passphrase)


def sign_pdf(pdf: bytes, *, issuer: str) -> bytes:
    """A PAdES signature by the issuing body, so PDF readers show who signed the certificate."""
    signer = _signer()
    if signer is None:
        return pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name="ChuKySo",
        name=issuer,
        reason="Xác nhận giấy chứng nhận",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    return signers.sign_pdf(writer, metadata, signer=signer).getvalue()


def _period(certificate: Certificate) -> str:
    if certificate.period_start:
        return f"từ {certificate.period_start:%d/%m/%Y} đến {certificate.period_end:%d/%m/%Y}"
    return f"hoàn thành {certificate.period_end:%d/%m/%Y}"
