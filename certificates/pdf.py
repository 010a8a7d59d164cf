"""The one place that renders certificate PDFs (WeasyPrint): A4 landscape, bundled fonts that cover
Vietnamese, a QR code to the public verification page, real selectable text.

The font configuration and the stylesheet are parsed once per process and reused: a fresh
FontConfiguration for every render is slower and leaks memory.
"""

import atexit
import base64
import functools
import io
import logging
from pathlib import Path

import qrcode
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Certificate

FONTS = Path(__file__).resolve().parent / "fonts"
logger = logging.getLogger(__name__)


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


@functools.lru_cache(maxsize=32)
def _image_data_uri(image_id: int, file_name: str) -> str:
    """A signature or seal image as a PNG data URI (kept transparent), read once per process."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(pk=image_id)
    rendition = image.get_rendition("max-600x600|format-png")
    with rendition.file.open("rb") as stored:
        return "data:image/png;base64," + base64.b64encode(stored.read()).decode()


def image_data_uri(image) -> str:
    """The image drawn on certificates, or "" when it is missing or its file is lost."""
    if image is None:
        return ""
    try:
        return _image_data_uri(image.pk, image.file.name)
    except (OSError, ValueError, LookupError) as error:  # a lost file must not stop issuing
        logger.warning("Certificate image %s cannot be read: %s", image.pk, error)
        return ""


def certificate_html(certificate: Certificate, *, sample: bool = False) -> str:
    url = verification_url(certificate)
    with translation.override("vi"):
        return render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "date_line": f"{certificate.place}, {official_date(timezone.localdate(certificate.issued_at))}",
                "born": certificate.date_of_birth.strftime("%d/%m/%Y")
                if certificate.date_of_birth
                else "",
                "period": _period(certificate),
                "verification_url": url,
                "qr": qr_png_data_uri(url),
                "signature": image_data_uri(certificate.signature_image),
                "seal": image_data_uri(certificate.seal_image),
                "sample": sample,
            },
        )


def render_certificate_pdf(certificate: Certificate, *, sample: bool = False) -> bytes:
    """The certificate as PDF; a sample (template preview) is marked as such and never signed."""
    from weasyprint import HTML

    fonts, stylesheet = _renderer()
    html = certificate_html(certificate, sample=sample)
    pdf = HTML(string=html, base_url=str(FONTS)).write_pdf(
        stylesheets=[stylesheet], font_config=fonts
    )
    return pdf if sample else sign_pdf(pdf, issuer=certificate.issuer)


def merge_pdfs(documents, output) -> None:
    """Several PDFs as one file for printing, written to `output` (a binary file).

    Annotations are left out: a signature widget copied out of its document would show as broken.
    """
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for document in documents:
        writer.append(PdfReader(io.BytesIO(document)), excluded_fields=["/Annots", "/B"])
    writer.add_metadata({"/Title": "Giấy chứng nhận", "/Producer": "pypdf"})
    writer.write(output)


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
