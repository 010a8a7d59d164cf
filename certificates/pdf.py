"""The one place that renders certificate PDFs (WeasyPrint): A4 landscape, bundled fonts that cover
Vietnamese, a QR code to the public verification page, real selectable text.

What keeps a render near 35 ms and memory flat (bench/certificates.py measures it):
- one FontConfiguration and one parsed stylesheet per process (a fresh FontConfiguration for
  every render is slower and leaks memory);
- absolute positions and no table, so layout never measures content to size a box;
- the template parsed as XML, and a user-agent stylesheet of a few rules instead of
  WeasyPrint's whole HTML5 one;
- pictures served from memory by a URL fetcher rather than inlined as data URIs, which the HTML
  parser would have to read through on every render: the QR code as a small grey PNG drawn
  straight from its module matrix, and the seal over the signature as one JPEG, which goes into
  the PDF as it is (a transparent PNG is split and re-compressed on every render).
"""

import atexit
import functools
import io
import logging
import threading
from pathlib import Path
from xml.etree import ElementTree

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from workforce.text import official_date

from .models import Certificate
from .signing import sign_pdf

FONTS = Path(__file__).resolve().parent / "fonts"
logger = logging.getLogger(__name__)


def verification_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + certificate.get_verification_url()


QR_MODULE_PIXELS = 8


def qr_png(url: str) -> bytes:
    """A QR code as a small greyscale PNG (medium error correction; a fixed mask, so the same
    address always gives the same picture)."""
    import qrcode  # with the first certificate drawn, not in every web worker
    from PIL import Image

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, mask_pattern=0
    )
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix)
    modules = bytes(0 if dark else 255 for row in matrix for dark in row)
    image = Image.frombytes("L", (side, side), modules)
    image = image.resize((side * QR_MODULE_PIXELS,) * 2, Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@functools.cache
def _renderer():
    """The font configuration, the parsed stylesheet and the HTML class, made once per process."""
    import cssselect2
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = render_to_string("certificates/pdf.css", {"fonts": FONTS.as_uri()})
    base = CSS(string=render_to_string("certificates/pdf-base.css"))

    class CertificateHTML(HTML):
        """Two private hooks of WeasyPrint's HTML (stable from 53 to 70; the version is pinned in
        pyproject): the certificate template is well-formed XML, so Python's C XML parser reads
        it in a fraction of the time of the pure-Python HTML5 parser; and the few user-agent
        rules of pdf-base.css replace WeasyPrint's whole HTML5 set."""

        def __init__(self, *, string, base_url, url_fetcher):
            try:
                # Our own template, every value autoescaped: no markup or DTD can come in.
                root = ElementTree.fromstring(string)  # noqa: S314
            except ElementTree.ParseError:  # e.g. a control character pasted into a title
                super().__init__(string=string, base_url=base_url, url_fetcher=url_fetcher)
                return
            self.base_url = base_url
            self.url_fetcher = url_fetcher
            self.media_type = "print"
            self.wrapper_element = cssselect2.ElementWrapper.from_html_root(root)
            self.etree_element = self.wrapper_element.etree_element

        def _ua_stylesheets(self, forms=False):
            return [base]

    return fonts, CSS(string=css, font_config=fonts), CertificateHTML


# Let the font configuration go while WeasyPrint's libraries are still loaded.
atexit.register(_renderer.cache_clear)


# The seal and the signature, drawn together on the paper's colour as one JPEG: WeasyPrint embeds
# a JPEG as it is, where a transparent PNG is split and re-compressed on every render.
PAPER = (255, 255, 255)  # as the page: a JPEG keeps pure white exactly
STAMP_SIZE = (750, 250)  # pixels for 63 × 21 mm: 300 dpi
SEAL_SIZE = 250


class _ImageUnreadable(Exception):
    pass


def _open_image(image):
    """The original file of a Wagtail image as an RGBA Pillow image."""
    from PIL import Image

    try:
        with image.file.open("rb") as stored:
            return Image.open(io.BytesIO(stored.read())).convert("RGBA")
    except (OSError, ValueError) as error:
        raise _ImageUnreadable(f"image {image.pk}: {error}") from error


@functools.lru_cache(maxsize=16)
def _stamp(seal_key: tuple | None, signature_key: tuple | None) -> bytes:
    from PIL import Image
    from wagtail.images import get_image_model

    images = get_image_model().objects.in_bulk([key[0] for key in (seal_key, signature_key) if key])
    canvas = Image.new("RGBA", STAMP_SIZE, (*PAPER, 255))
    drawn = False
    if signature_key and signature_key[0] in images:
        signature = _open_image(images[signature_key[0]])
        signature.thumbnail((STAMP_SIZE[0] - 190, STAMP_SIZE[1] - 30))
        canvas.alpha_composite(signature, (170, (STAMP_SIZE[1] - signature.height) // 2))
        drawn = True
    if seal_key and seal_key[0] in images:
        seal = _open_image(images[seal_key[0]])
        seal.thumbnail((SEAL_SIZE, SEAL_SIZE))
        seal.putalpha(seal.getchannel("A").point(lambda alpha: alpha * 9 // 10))  # ink, not paint
        canvas.alpha_composite(seal, (50, (STAMP_SIZE[1] - seal.height) // 2))
        drawn = True
    if not drawn:
        return b""
    buffer = io.BytesIO()
    canvas.convert("RGB").save(buffer, format="JPEG", quality=92, subsampling=0)
    return buffer.getvalue()


def stamp_jpeg(certificate: Certificate) -> bytes:
    """The seal over the signature, as they sit above the signer's name (b"" when neither is set)."""

    def key(image):
        return (image.pk, image.file.name) if image else None

    try:
        return _stamp(key(certificate.seal_image), key(certificate.signature_image))
    except _ImageUnreadable as error:  # not cached: a storage hiccup must not last
        logger.warning("Certificate drawn without seal and signature: %s", error)
        return b""


def certificate_html(certificate: Certificate, *, sample: bool = False, stamp: bool = True) -> str:
    """The certificate's HTML; its pictures are the `certificate:` URLs of `pictures()`."""
    with translation.override("vi"):
        return render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "date_line": f"{certificate.place}, "
                f"{official_date(timezone.localdate(certificate.issued_at))}",
                "born": certificate.date_of_birth.strftime("%d/%m/%Y")
                if certificate.date_of_birth
                else "",
                "period": _period(certificate),
                "verification_url": verification_url(certificate),
                "signer_title_lines": certificate.signer_title.splitlines(),
                "has_stamp": stamp,
                "sample": sample,
            },
        )


def pictures(certificate: Certificate) -> dict[str, tuple[bytes, str]]:
    """The pictures a certificate's HTML refers to, by URL: bytes and media type."""
    found = {"certificate:qr": (qr_png(verification_url(certificate)), "image/png")}
    if stamp := stamp_jpeg(certificate):
        found["certificate:stamp"] = (stamp, "image/jpeg")
    return found


_local = threading.local()


def _fetcher():
    """Per thread: serves the pictures of the certificate being drawn from memory, and the
    bundled font files; any other URL is refused, so no render ever reaches the network."""
    if not hasattr(_local, "fetcher"):
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        class PictureFetcher(URLFetcher):
            pictures: dict = {}

            def fetch(self, url, headers=None):
                if url in self.pictures:
                    body, media_type = self.pictures[url]
                    return URLFetcherResponse(url, body=body, headers={"Content-Type": media_type})
                return super().fetch(url, headers)

        _local.fetcher = PictureFetcher(allowed_protocols=["file"])
    return _local.fetcher


def render_certificate_pdf(certificate: Certificate, *, sample: bool = False) -> bytes:
    """The certificate as PDF; a sample (template preview) is marked as such and never signed."""
    fonts, stylesheet, HTML = _renderer()
    fetcher = _fetcher()
    fetcher.pictures = pictures(certificate)
    try:
        pdf = HTML(
            string=certificate_html(
                certificate, sample=sample, stamp="certificate:stamp" in fetcher.pictures
            ),
            base_url=str(FONTS),
            url_fetcher=fetcher,
        ).write_pdf(stylesheets=[stylesheet], font_config=fonts)
    finally:
        fetcher.pictures = {}
    return pdf if sample else sign_pdf(pdf, issuer=certificate.issuer)


def merge_pdfs(documents, output) -> None:
    """Several PDFs as one file for printing, written to `output` (a binary file).

    Annotations are left out: a signature widget copied out of its document would show as broken.
    """
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for document in documents:
        writer.append(PdfReader(io.BytesIO(document)), excluded_fields=["/Annots", "/B"])
    writer._root_object.pop("/AcroForm", None)  # no signature is carried over: say so
    writer.add_metadata({"/Title": "Giấy chứng nhận", "/Producer": "pypdf"})
    writer.write(output)


def _period(certificate: Certificate) -> str:
    if certificate.period_start:
        return f"từ {certificate.period_start:%d/%m/%Y} đến {certificate.period_end:%d/%m/%Y}"
    return f"hoàn thành {certificate.period_end:%d/%m/%Y}"
