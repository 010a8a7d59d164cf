"""The one place that renders certificate PDFs (WeasyPrint): A4 landscape, bundled fonts that cover
Vietnamese, a QR code to the public verification page, real selectable text; tagged, PDF/A-3b.

Layout: blocks flow from top to bottom and the signature row follows them; the sizes that make
everything fit one page, and the space that puts the signature row at the foot of the page, are
chosen before the one render (`layout.fit()`). Nothing is positioned where text could run under it.

What keeps a render fast (bench/certificates.py measures it):
- one FontConfiguration and one parsed stylesheet per process (a fresh FontConfiguration for
  every render is slower and leaks memory);
- block layout only (no flex, no table), and sizes chosen by `fit()`, so nothing is laid out twice;
- the template parsed as XML, and a user-agent stylesheet of a few rules instead of
  WeasyPrint's whole HTML5 one;
- pictures served from memory by a URL fetcher rather than inlined as data URIs; the seal over the
  signature is a transparent PNG whose PDF image (colour and alpha streams, compressed) is made
  once per seal and signature and handed to WeasyPrint through its image cache, where
  WeasyPrint would otherwise split and re-compress it on every render.

WeasyPrint (with cssselect2 and pydyf, its own parts) and pypdf are imported by the functions
that use them: a process that draws no certificate (most web requests, every other command)
never loads them (about 50 MB, and most of a second of start-up).
"""

import atexit
import functools
import io
import logging
import threading
from hashlib import md5
from xml.etree import ElementTree

import qrcode
from django.template.loader import render_to_string
from django.utils import timezone, translation
from PIL import Image
from wagtail.images import get_image_model

from lms.spreadsheets import number_text
from lms.text import official_date

from .layout import FONTS, fit
from .models import Certificate
from .signing import sign_pdf

logger = logging.getLogger(__name__)


def verification_url(certificate: Certificate) -> str:
    return certificate.get_public_url()


QR_MODULE_PIXELS = 8


def qr_png(url: str) -> bytes:
    """A QR code as a small greyscale PNG (medium error correction; a fixed mask, so the same
    address always gives the same picture)."""
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


# The seal over the signature, one transparent PNG per pair of images.
STAMP_SIZE = (750, 250)  # pixels for 63 × 21 mm: 300 dpi
SEAL_SIZE = 250


class _ImageUnreadable(Exception):
    pass


def _open_image(image):
    """The original file of a Wagtail image as an RGBA Pillow image."""
    try:
        with image.file.open("rb") as stored:
            return Image.open(io.BytesIO(stored.read())).convert("RGBA")
    except (OSError, ValueError) as error:
        raise _ImageUnreadable(f"image {image.pk}: {error}") from error


@functools.lru_cache(maxsize=16)
def _stamp(seal_key: tuple | None, signature_key: tuple | None) -> bytes:
    images = get_image_model().objects.in_bulk([key[0] for key in (seal_key, signature_key) if key])
    canvas = Image.new("RGBA", STAMP_SIZE, (0, 0, 0, 0))
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
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def stamp_png(certificate: Certificate) -> bytes:
    """The seal over the signature, as they sit above the signer's name, on a transparent
    background (b"" when neither is set)."""

    def key(image):
        return (image.pk, image.file.name) if image else None

    try:
        return _stamp(key(certificate.seal_image), key(certificate.signature_image))
    except _ImageUnreadable as error:  # not cached: a storage hiccup must not last
        logger.warning("Certificate drawn without seal and signature: %s", error)
        return b""


@functools.lru_cache(maxsize=16)
def _prepared_picture(url: str, png: bytes):
    """A WeasyPrint image whose PDF streams are made once: a transparent PNG is otherwise decoded,
    split into colour and alpha and compressed again on every render. Given to WeasyPrint through
    its `cache` option (URL → image), which it consults before fetching."""
    import pydyf
    from weasyprint import DEFAULT_OPTIONS
    from weasyprint.images import RasterImage

    class PreparedImage(RasterImage):
        made: dict = {}

        def get_x_object(self, interpolate, dpi_ratio):
            key = (interpolate, dpi_ratio)
            if key not in self.made:
                x_object = super().get_x_object(interpolate, dpi_ratio)
                mask = x_object.extra.pop("SMask", None)
                self.made[key] = (
                    x_object.stream,
                    dict(x_object.extra),
                    mask and (mask.stream, dict(mask.extra)),
                )
            stream, extra, mask = self.made[key]
            # Fresh objects each time: writing a PDF numbers them and rewrites the mask reference.
            extra = pydyf.Dictionary(extra)
            if mask:
                extra["SMask"] = pydyf.Stream(mask[0], pydyf.Dictionary(mask[1]))
            return pydyf.Stream(stream, extra)

    image_id = md5(png, usedforsecurity=False).hexdigest()
    return PreparedImage(Image.open(io.BytesIO(png)), image_id, png, options=DEFAULT_OPTIONS)


def pictures(certificate: Certificate) -> dict:
    """The pictures a certificate's HTML refers to, by URL: for the fetcher, bytes and media type
    (the QR code, new for each certificate); for WeasyPrint's image cache, prepared images."""
    fetched = {"certificate:qr": (qr_png(verification_url(certificate)), "image/png")}
    prepared = {}
    if stamp := stamp_png(certificate):
        url = f"certificate:stamp-{hash(stamp) & 0xFFFFFFFF:x}"
        prepared[url] = _prepared_picture(url, stamp)
    return {"fetched": fetched, "prepared": prepared}


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


def _day(value) -> str:
    return value.strftime("%d/%m/%Y")


def _facts(certificate: Certificate) -> list[tuple[str, str]]:
    facts = []
    if certificate.date_of_birth:
        facts.append(("Ngày sinh:", _day(certificate.date_of_birth)))
    if certificate.agency_name:
        facts.append(("Đơn vị công tác:", certificate.agency_name))
    facts.append(("Đã hoàn thành:", certificate.title))
    facts.append(
        ("Thời gian học:", f"{_period(certificate)} ({number_text(certificate.hours)} giờ)")
    )
    if certificate.result:
        facts.append(("Kết quả:", certificate.result))
    return facts


def _notes(certificate: Certificate) -> list[str]:
    notes = []
    if certificate.replaces_serial:
        notes.append(f"Cấp lại, thay thế Giấy chứng nhận số hiệu {certificate.replaces_serial}")
    if certificate.valid_until:
        notes.append(f"Có giá trị đến ngày {_day(certificate.valid_until)}")
    return notes


def _mark(certificate: Certificate) -> list[str]:
    """The lines stamped across a revoked or superseded certificate's page."""
    if certificate.status == Certificate.Status.REVOKED:
        lines = ["ĐÃ THU HỒI"]
        if certificate.revoked_at:
            lines.append(f"ngày {_day(timezone.localtime(certificate.revoked_at))}")
        return lines
    if certificate.status == Certificate.Status.SUPERSEDED:
        lines = ["ĐÃ ĐƯỢC CẤP LẠI"]
        if certificate.superseded_by_id and certificate.superseded_by:
            lines.append(f"thay bằng số hiệu {certificate.superseded_by.serial}")
        return lines
    return []


def certificate_html(certificate: Certificate, *, sample: bool = False, stamp_url: str = "") -> str:
    """The certificate's HTML; its pictures are the `certificate:` URLs of `pictures()`."""
    date_line = f"{certificate.place}, {official_date(timezone.localdate(certificate.issued_at))}"
    facts, notes = _facts(certificate), _notes(certificate)
    with translation.override("vi"):
        return render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "date_line": date_line,
                "facts": facts,
                "notes": notes,
                "mark": _mark(certificate),
                "size": fit(certificate, date_line=date_line, facts=facts, notes=notes),
                "verification_url": verification_url(certificate),
                "signer_title_lines": certificate.signer_title.splitlines(),
                "stamp_url": stamp_url,
                "sample": sample,
            },
        )


# PDF/A-3b (archival: XMP identification, sRGB output intent, every font embedded) and tagged
# (structure tree, /Lang from <html lang>, alternative texts), the two together.
PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "pdf_tags": True}


def render_certificate_pdf(certificate: Certificate, *, sample: bool = False) -> bytes:
    """The certificate as PDF; a sample (template preview) is marked as such and never signed."""
    fonts, stylesheet, HTML = _renderer()
    fetcher = _fetcher()
    found = pictures(certificate)
    fetcher.pictures = found["fetched"]
    stamp_url = next(iter(found["prepared"]), "")
    try:
        pdf = HTML(
            string=certificate_html(certificate, sample=sample, stamp_url=stamp_url),
            base_url=str(FONTS),
            url_fetcher=fetcher,
        ).write_pdf(
            stylesheets=[stylesheet],
            font_config=fonts,
            cache=dict(found["prepared"]),  # a copy: WeasyPrint adds this render's QR code to it
            **PDF_OPTIONS,
        )
    finally:
        fetcher.pictures = {}
    return pdf if sample else sign_pdf(pdf, issuer=certificate.issuer)


def merge_pdfs(documents, output) -> None:
    """Several PDFs as one file for printing, written to `output` (a binary file).

    Annotations are left out: a signature widget copied out of its document would show as broken.
    Objects that are the same in every certificate (the sRGB profile, the seal over the signature)
    are kept once; font subsets differ from one certificate to the next and stay one per page.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter()
    for document in documents:
        writer.append(PdfReader(io.BytesIO(document)), excluded_fields=["/Annots", "/B"])
    writer._root_object.pop("/AcroForm", None)  # no signature is carried over: say so
    writer._root_object[NameObject("/Lang")] = TextStringObject("vi")
    writer.add_metadata({"/Title": "Giấy chứng nhận", "/Producer": "pypdf"})
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    writer.write(output)


def _period(certificate: Certificate) -> str:
    if certificate.period_start:
        return f"từ {_day(certificate.period_start)} đến {_day(certificate.period_end)}"
    return f"hoàn thành {_day(certificate.period_end)}"
