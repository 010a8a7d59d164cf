"""The fit step: before the one render, the page's long texts are measured with the fonts'
advance widths (fontTools, cached per character), and the sizes that make everything fit one
page are chosen, with the space that puts the signature row at the foot of the page.

Sizes in points, lengths in millimetres, as pdf.css. Every text has a largest and a smallest
size: it shrinks to stay on its preferred number of lines, then wraps. If the page is still too
full, every text steps down together towards its smallest size. At the smallest sizes the
longest values the fields accept fit (tests/certificates/test_layout.py renders them).
"""

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from .models import Certificate

FONTS = Path(__file__).resolve().parent / "fonts"
logger = logging.getLogger(__name__)


MM = 72 / 25.4  # points in a millimetre
LINE = 1.25  # line-height of every text, as in pdf.css
CONTENT_WIDTH = 297 - 2 * 20  # body padding, left and right
CONTENT_HEIGHT = 210 - 14 - 12  # body padding, top and bottom
HEADER_WIDTH = 120  # issuer (left) and motto (right)
FACTS_WIDTH, LABEL_WIDTH = 235, 42
SIGNATURE_WIDTH = 135
STAMP_HEIGHT = 21
QR_SIZE = 26
FONT_FILES = {
    "serif": "NotoSerif-Regular.ttf",
    "bold": "NotoSerif-Bold.ttf",
    "italic": "NotoSerif-Italic.ttf",
    "bold-italic": "NotoSerif-BoldItalic.ttf",
}
SAFETY = 0.97  # HarfBuzz kerns and WeasyPrint breaks a little differently: measure on the safe side


@functools.cache
def _advances(face: str) -> tuple[dict[str, float], float]:
    """Advance widths per character, in em, and the width of a character the font lacks."""
    from fontTools.ttLib import TTFont  # lazy: only a process that draws needs it

    font = TTFont(FONTS / FONT_FILES[face], lazy=True)
    metrics, em = font["hmtx"].metrics, font["head"].unitsPerEm
    widths = {chr(code): metrics[glyph][0] / em for code, glyph in font.getBestCmap().items()}
    return widths, max(widths.values())


@functools.lru_cache(maxsize=8192)
def _word_width(face: str, word: str) -> float:
    """Width of a word in em."""
    widths, missing = _advances(face)
    return sum(widths.get(character, missing) for character in word)


def line_count(text: str, *, face: str, size: float, width_mm: float) -> int:
    """Lines the text takes when wrapped at spaces (a word longer than a line breaks anywhere, as
    `overflow-wrap: anywhere` does); explicit line breaks are kept."""
    width = width_mm * MM * SAFETY / size  # in em
    space = _word_width(face, " ")
    lines = 0
    for paragraph in text.splitlines() or [""]:
        lines += 1
        used = 0.0
        for word in paragraph.split():
            word_width = _word_width(face, word)
            if used and used + space + word_width <= width:
                used += space + word_width
                continue
            if used:
                lines += 1
            while word_width > width:  # breaks inside the word
                lines += 1
                word_width -= width
            used = word_width
    return lines


def _height(lines: int, size: float) -> float:
    return lines * size * LINE / MM


@dataclass
class Text:
    """One text of the page: its face, the box width it wraps in and its size bounds."""

    text: str
    face: str
    width: float
    largest: float
    smallest: float
    lines: int = 1  # the lines it should keep to before it wraps
    size: float = 0

    def fit_width(self) -> None:
        """The largest size (half-point steps) at which it stays within its lines."""
        self.size = self.largest
        while self.size > self.smallest and self.count() > self.lines:
            self.size -= 0.5

    def count(self) -> int:
        return line_count(self.text, face=self.face, size=self.size, width_mm=self.width)

    def height(self) -> float:
        return _height(self.count(), self.size) if self.text else 0


def fit(
    certificate: Certificate, *, date_line: str, facts: list[tuple[str, str]], notes: list[str]
):
    """Sizes for the page's texts, and the space above the signature row, so that it all fits on
    the page: {"issuer": pt, "heading": pt, …, "gap": mm}."""
    value_width = FACTS_WIDTH - LABEL_WIDTH
    texts = {
        "issuer": Text(certificate.issuer.upper(), "bold", HEADER_WIDTH, 12, 9.5, lines=2),
        "heading": Text(certificate.heading, "bold", CONTENT_WIDTH, 30, 16),
        "intro": Text(f"{certificate.issuer} chứng nhận:", "italic", CONTENT_WIDTH, 12.5, 10.5),
        "name": Text(f"Ông/Bà {certificate.learner_name}", "bold-italic", CONTENT_WIDTH, 24, 13),
        "facts": Text("", "bold", value_width, 12.5, 9.5, lines=2),
        "statement": Text(certificate.statement, "italic", FACTS_WIDTH, 12.5, 9.5, lines=2),
        "date": Text(date_line, "italic", SIGNATURE_WIDTH, 12.5, 9.5),
        "signer": Text(certificate.signer_title, "bold", SIGNATURE_WIDTH, 12.5, 9.5, lines=2),
        "signer_name": Text(certificate.signer_name, "bold", SIGNATURE_WIDTH, 12.5, 9.5),
    }
    # The facts share one size, set by the longest value.
    longest = max((value for _label, value in facts), key=len, default="")
    texts["facts"].text = longest
    for text in texts.values():
        text.fit_width()

    def facts_height() -> float:
        size = texts["facts"].size
        lines = sum(
            line_count(value, face="bold", size=size, width_mm=value_width) for _l, value in facts
        )
        return _height(lines, size) + 1.2 * len(facts)  # 0.6 mm above and below each fact

    def total() -> float:
        header = max(texts["issuer"].height() + 2 + _height(1, 10.5), 2 * _height(1, 12) + 1)
        middle = (
            5 + texts["heading"].height()
            + 1.5 + texts["intro"].height()
            + 2 + texts["name"].height()
            + 2 + facts_height()
            + (2 + texts["statement"].height() if certificate.statement else 0)
            + 1 * len(notes) + _height(len(notes), 10.5)
        )  # fmt: skip
        signature = (
            texts["date"].height() + 1 + texts["signer"].height() + STAMP_HEIGHT
            + texts["signer_name"].height()
        )  # fmt: skip
        return header + middle + max(signature, QR_SIZE) + 3  # 3: at least that above the row

    while (over := total() - CONTENT_HEIGHT) > 0:
        shrinking = [text for text in texts.values() if text.size > text.smallest]
        if not shrinking:
            logger.warning("Certificate %s overfull by %.1f mm", certificate.serial, over)
            break
        for text in shrinking:
            text.size = max(text.smallest, text.size - 0.5)
    # As strings: the template is rendered in Vietnamese, which would write 12.5 as "12,5".
    sizes = {name: f"{text.size:g}" for name, text in texts.items()}
    sizes["gap"] = f"{max(0.0, -over) + 3:.2f}"
    return sizes
