"""Every legal input fits the page: the longest values the fields accept, and lengths between,
read back from the PDF's text and image boxes (pdfplumber)."""

import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from django.utils import timezone

from certificates.demo import seed_certificates
from certificates.models import Certificate, CertificateTemplate
from certificates.pdf import render_certificate_pdf
from certificates.services import sample_certificate

pytestmark = pytest.mark.engine_free

MM = 72 / 25.4
FRAME_INNER = (10.2 * MM, 10.2 * MM, (297 - 10.2) * MM, (210 - 10.2) * MM)  # pdf.css .frame

NAME = "Tôn Nữ Hoàng Thị Minh Nguyệt Nguyễn Phước "
COURSE = "Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin, chuyển đổi số và bảo đảm an ninh mạng "
AGENCY = "Trung tâm Phục vụ hành chính công, Văn phòng Ủy ban nhân dân tỉnh Đồng Nai, "
ISSUER = "Trường Bồi dưỡng cán bộ, công chức thuộc Sở Nội vụ tỉnh Đồng Nai "
BODY = "Đã hoàn thành đầy đủ chương trình và đạt yêu cầu các bài kiểm tra theo quy định. "


def cut(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length].strip()


def longest(length: int):
    """Facts `length` long at most, up to each field's limit."""
    return {
        "learner_name": cut(NAME, min(length, 194)),
        "title": cut(COURSE, min(length, 255)),
        "agency_name": cut(AGENCY, min(length, 255)),
        "issuer": cut(ISSUER, min(length, 160)),
        "heading": cut("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA BỒI DƯỠNG ", min(length, 64)).upper(),
        "signer_name": cut("Nguyễn Hoàng Phương Thảo ", min(length, 64)),
        "signer_title": cut("KT. GIÁM ĐỐC SỞ NỘI VỤ ", min(length, 59))
        + "\n"
        + cut("PHÓ GIÁM ĐỐC PHỤ TRÁCH ĐÀO TẠO ", min(length, 60)),
        "place": cut("Thành phố Biên Hòa ", min(length, 64)),
        "statement": cut(BODY, min(length, 400)),
        "result": cut("Đạt (100%) xuất sắc ", min(length, 64)),
    }


@pytest.fixture
def demo_template(db):
    seed_certificates()
    return CertificateTemplate.objects.get(is_default=True)


def certificate_with(template, **facts) -> Certificate:
    certificate = sample_certificate(template=template)
    certificate.hours = Decimal("120.5")
    certificate.valid_until = date(2031, 5, 1)
    certificate.replaces_serial = "SNV-2026-000122"
    for field, value in facts.items():
        setattr(certificate, field, value)
    return certificate


def boxes(pdf: bytes):
    """(page count, text line boxes, image boxes) of the first page; marks across the page (turned
    text) are left out: they cross the page on purpose."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        upright = page.filter(lambda obj: obj.get("object_type") != "char" or obj["upright"])
        lines = [
            (line["text"], (line["x0"], line["top"], line["x1"], line["bottom"]))
            for line in upright.extract_text_lines(x_tolerance=2)
        ]
        images = [
            (image["x0"], image["top"], image["x1"], image["bottom"]) for image in page.images
        ]
        return len(document.pages), lines, images


def tight(box):
    """A text line's box without the glyphs' ascent and descent reserve, which is taller than the
    line height (1.25): adjacent lines' boxes touch without their ink touching."""
    x0, top, x1, bottom = box
    shave = 0.08 * (bottom - top)
    return x0, top + shave, x1, bottom - shave


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_fits(pdf: bytes):
    pages, lines, images = boxes(pdf)
    assert pages == 1
    assert len(images) == 2, "the QR code and the seal over the signature"
    left, top, right, bottom = FRAME_INNER
    for text, box in lines:
        x0, y0, x1, y1 = tight(box)
        assert left < x0 and x1 < right and top < y0 and y1 < bottom, f"outside the frame: {text}"
        for image in images:
            assert not overlap(tight(box), image), f"over a picture: {text}"
    for index, (text, box) in enumerate(lines):
        for other, other_box in lines[index + 1 :]:
            assert not overlap(tight(box), tight(other_box)), f"{text!r} over {other!r}"
    assert not overlap(images[0], images[1])


@pytest.mark.parametrize("length", [20, 60, 120, 194, 255, 400])
def test_certificate_fits_one_page_whatever_the_lengths(demo_template, length):
    assert_fits(render_certificate_pdf(certificate_with(demo_template, **longest(length))))


def test_longest_name_alone_keeps_the_rest_as_designed(demo_template):
    facts = {"learner_name": cut(NAME, 194)}
    pdf = render_certificate_pdf(certificate_with(demo_template, **facts))
    assert_fits(pdf)
    _pages, lines, _images = boxes(pdf)
    assert any("120,5 giờ" in text for text, _box in lines)


def test_revoked_certificate_is_marked_with_the_date(demo_template):
    certificate = certificate_with(
        demo_template, status=Certificate.Status.REVOKED, revoked_at=timezone.now()
    )
    text = subprocess.run(
        [shutil.which("pdftotext"), "-raw", "-", "-"],
        input=render_certificate_pdf(certificate),
        capture_output=True,
    ).stdout.decode()
    assert "ĐÃ THU HỒI" in text
    assert timezone.localdate().strftime("%d/%m/%Y") in text
    assert "Cấp lại, thay thế Giấy chứng nhận số hiệu SNV-2026-000122" in text
    assert "Có giá trị đến ngày 01/05/2031" in text
