"""Certificate PDFs are archival and accessible, as far as the tools here can tell: PDF/A-3b
identification and output intent (pikepdf), every font embedded (poppler's pdffonts), tagged with
the document language; the QR code decodes (zxing-cpp) to the verification page. veraPDF is not
available, so the PDF/A rules themselves (colour spaces, transparency, metadata agreement) are not
checked here."""

import io
import shutil
import subprocess

import pikepdf
import pytest
import zxingcpp
from django.conf import settings
from PIL import Image

from certificates.demo import seed_certificates
from certificates.models import CertificateTemplate
from certificates.pdf import merge_pdfs, render_certificate_pdf
from certificates.services import sample_certificate

pytestmark = pytest.mark.engine_free


@pytest.fixture
def pdf(db):
    seed_certificates()
    certificate = sample_certificate(template=CertificateTemplate.objects.get(is_default=True))
    certificate.verification_code = "Ab3_xY9-kLmN0pQr"
    return render_certificate_pdf(certificate)


def test_pdf_identifies_as_pdf_a_3b_with_an_srgb_output_intent(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        metadata = document.open_metadata()
        assert metadata["pdfaid:part"] == "3"
        assert metadata["pdfaid:conformance"] == "B"
        assert metadata["dc:title"].startswith("Giấy chứng nhận")
        intent = document.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1"
        assert b"sRGB" in intent.DestOutputProfile.read_bytes()


def test_pdf_is_tagged_in_vietnamese(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in document.Root
        assert str(document.Root.Lang) == "vi"
        figures = [
            element
            for element in document.Root.StructTreeRoot.ParentTree.Nums[1::2]
            for element in (element if isinstance(element, pikepdf.Array) else [element])
            if element.get("/S") == "/Figure"
        ]
        assert {str(figure.Alt) for figure in figures} >= {"Con dấu và chữ ký của người ký"}


def test_every_font_is_embedded(pdf):
    listing = subprocess.run(
        [shutil.which("pdffonts"), "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    fonts = listing.splitlines()[2:]
    assert fonts
    # columns: name, type (two words), encoding, emb, sub, uni, object id
    assert all(line.split()[-5] == "yes" for line in fonts), listing


def test_qr_code_decodes_to_the_verification_page(pdf, tmp_path):
    subprocess.run(
        [shutil.which("pdftoppm"), "-png", "-r", "150", "-singlefile", "-", str(tmp_path / "page")],
        input=pdf,
        check=True,
    )
    codes = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [code.text for code in codes] == [
        settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/verify/Ab3_xY9-kLmN0pQr/"
    ]


def test_merged_print_pdf_keeps_the_language(pdf):
    output = io.BytesIO()
    merge_pdfs([pdf, pdf], output)
    with pikepdf.open(io.BytesIO(output.getvalue())) as merged:
        assert len(merged.pages) == 2
        assert str(merged.Root.Lang) == "vi"
