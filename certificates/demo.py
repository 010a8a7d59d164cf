"""Demo data for certificates: the default template of the demo province's Department of Home
Affairs, with a seal and a signature drawn by Pillow (no image files in the repository)."""

import importlib
import math
from io import BytesIO

from django.apps import apps
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from .models import CertificateTemplate
from .pdf import FONTS

SEAL_RED = (200, 32, 38, 255)
SIGNATURE_INK = (22, 44, 120, 255)


def _text_around(image: Image.Image, text: str, *, centre: float, radius: float, size: int):
    """Letters along the top of a circle, each turned to face outward, as on an official seal."""
    font = ImageFont.truetype(str(FONTS / "NotoSans-Bold.ttf"), size)
    step = 320 / len(text)  # degrees per letter, leaving a gap at the bottom
    for index, letter in enumerate(text):
        angle = -160 + step * (index + 0.5)  # 0° is straight up
        glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size, size), letter, font=font, fill=SEAL_RED, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
        x = centre + radius * math.sin(math.radians(angle)) - size
        y = centre - radius * math.cos(math.radians(angle)) - size
        image.alpha_composite(glyph, (round(x), round(y)))


def seal_png(text: str) -> bytes:
    size = 600
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    centre = size / 2
    draw.ellipse((8, 8, size - 8, size - 8), outline=SEAL_RED, width=14)
    draw.ellipse((120, 120, size - 120, size - 120), outline=SEAL_RED, width=6)
    star = [
        (
            centre + (110 if point % 2 == 0 else 44) * math.sin(math.radians(point * 36)),
            centre - (110 if point % 2 == 0 else 44) * math.cos(math.radians(point * 36)),
        )
        for point in range(10)
    ]
    draw.polygon(star, fill=SEAL_RED)
    _text_around(image, text, centre=centre, radius=218, size=62)
    return _png(image)


def signature_png() -> bytes:
    width, height = 720, 400
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(400):
        t = step / 399
        x = 60 + 600 * t
        y = 210 - 90 * math.sin(t * math.pi * 5.5) * (1 - 0.6 * t) - 60 * t
        points.append((x, y))
    draw.line(points, fill=SIGNATURE_INK, width=9, joint="curve")
    draw.line([(120, 300), (640, 250)], fill=SIGNATURE_INK, width=6)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _image(title: str, name: str, png: bytes):
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    return model.objects.create(
        title=title,
        file=ImageFile(BytesIO(png), name=f"{name}.png"),
        collection=Collection.get_first_root_node(),
    )


def seed_certificates(*, stdout=None) -> dict:
    created = {}
    # The moderation workflow and permissions (migration 0007), again after a database flush.
    importlib.import_module(
        "certificates.migrations.0007_template_moderation"
    ).set_up_template_moderation(apps)
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        template = CertificateTemplate.objects.create(
            name="Mẫu mặc định — Sở Nội vụ tỉnh Đồng Nai",
            issuer="Sở Nội vụ tỉnh Đồng Nai",
            place="Đồng Nai",
            signer_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            signer_name="Trần Minh Đức",
            serial_prefix="SNV",
            is_default=True,
            seal=_image(
                "Con dấu Sở Nội vụ (mẫu)", "con-dau-so-noi-vu", seal_png("SỞ NỘI VỤ TỈNH ĐỒNG NAI")
            ),
            signature=_image("Chữ ký Giám đốc (mẫu)", "chu-ky-giam-doc", signature_png()),
        )
        created["certificate templates"] = 1
    if template.live_revision_id is None:
        # Published with a first revision: the history starts there, and drafts compare to it.
        template.save_revision().publish()
    return {"created": created, "logins": []}
