"""Pictures for the demo courses, drawn with Pillow: flat shapes, no text (the alt text and
caption carry the meaning), so the demo needs no network and no image files in the repository."""

from collections.abc import Callable
from io import BytesIO

from PIL import Image as PillowImage
from PIL import ImageDraw

# Flat shapes, no text: the alt text and caption carry the meaning. Colours are Tailwind-like
# tones chosen so that neighbouring shapes stay distinct for colour-blind readers too.

WIDTH, HEIGHT = 1200, 675
SCALE = 2  # drawn at twice the size and scaled down, for smooth edges

BACKDROP = "#EEF2F7"
PAPER = "#FFFFFF"
INK = "#1E293B"
SLATE = "#64748B"
RULE = "#CBD5E1"
PALE = "#E2E8F0"
BLUE = "#2563EB"
NAVY = "#1E3A8A"
SKY = "#BFDBFE"
TEAL = "#0F766E"
MINT = "#CCFBF1"
GREEN = "#16A34A"
LIME = "#84CC16"
AMBER = "#F59E0B"
RED = "#DC2626"


class Canvas:
    """A 1200×675 surface addressed in final pixels, drawn at SCALE for anti-aliasing."""

    def __init__(self, background: str = BACKDROP):
        self.image = PillowImage.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _points(points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def box(self, box, fill=None, *, radius=0, outline=None, width=0):
        x0, y0, x1, y1 = (value * SCALE for value in box)
        self.draw.rounded_rectangle(
            (x0, y0, x1, y1), radius * SCALE, fill=fill, outline=outline, width=width * SCALE
        )

    def ellipse(self, box, fill=None, *, outline=None, width=0):
        self.draw.ellipse(
            [value * SCALE for value in box], fill=fill, outline=outline, width=width * SCALE
        )

    def circle(self, centre, radius, fill=None, *, outline=None, width=0):
        x, y = centre
        self.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill, outline=outline, width=width
        )

    def line(self, points, fill, width):
        self.draw.line(self._points(points), fill=fill, width=width * SCALE, joint="curve")

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def arc(self, box, start, end, fill, width):
        self.draw.arc([value * SCALE for value in box], start, end, fill=fill, width=width * SCALE)

    def text_lines(self, x, y, widths, *, gap=22, height=10, fill=RULE):
        """Grey bars that stand for lines of text, one per width."""
        for row, width in enumerate(widths):
            top = y + row * gap
            self.box((x, top, x + width, top + height), fill, radius=height // 2)

    def window(self, box, *, bar=NAVY):
        """An application window: a coloured title bar with three buttons over a white pane."""
        x0, y0, x1, _y1 = box
        self.box((x0 + 6, y0 + 8, box[2] + 6, box[3] + 8), RULE, radius=14)  # shadow
        self.box(box, PAPER, radius=14)
        self.box((x0, y0, x1, y0 + 44), bar, radius=14)
        self.box((x0, y0 + 30, x1, y0 + 44), bar)
        for step, colour in enumerate((RED, AMBER, GREEN)):
            self.circle((x1 - 24 - step * 26, y0 + 22), 8, colour)

    def pillow(self) -> PillowImage.Image:
        return self.image.resize((WIDTH, HEIGHT), PillowImage.Resampling.LANCZOS)


def _png(image: PillowImage.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def draw_computer_parts() -> Canvas:
    canvas = Canvas()
    # Monitor on its stand.
    canvas.box((170, 90, 730, 430), INK, radius=22)
    canvas.box((194, 114, 706, 406), SKY, radius=8)
    canvas.box((224, 144, 460, 300), PAPER, radius=8)
    canvas.text_lines(244, 170, (190, 150, 170, 120), gap=28)
    canvas.box((486, 144, 676, 220), BLUE, radius=8)
    canvas.box((486, 240, 676, 376), TEAL, radius=8)
    canvas.polygon([(410, 430), (490, 430), (510, 500), (390, 500)], SLATE)
    canvas.box((330, 496, 570, 516), INK, radius=10)
    # System unit.
    canvas.box((820, 110, 1010, 520), INK, radius=18)
    canvas.box((848, 150, 982, 170), SLATE, radius=6)
    canvas.box((848, 190, 982, 210), SLATE, radius=6)
    canvas.circle((915, 460), 18, GREEN)
    for row in range(6):
        canvas.box((860, 260 + row * 22, 970, 268 + row * 22), SLATE, radius=4)
    # Keyboard with its keys.
    canvas.box((170, 560, 730, 640), PAPER, radius=14, outline=RULE, width=3)
    for row in range(3):
        for column in range(13):
            left = 188 + column * 41
            canvas.box((left, 574 + row * 20, left + 33, 588 + row * 20), PALE, radius=4)
    # Mouse.
    canvas.ellipse((820, 560, 880, 650), PAPER, outline=RULE, width=3)
    canvas.line([(850, 562), (850, 600)], RULE, 3)
    return canvas


def draw_desktop_windows() -> Canvas:
    canvas = Canvas(TEAL)
    canvas.circle((1010, 150), 220, "#14877D")
    canvas.circle((160, 600), 260, "#0C5F59")
    # Desktop shortcuts.
    for row, colour in enumerate((AMBER, SKY, PAPER, LIME)):
        canvas.box((40, 40 + row * 100, 104, 104 + row * 100), colour, radius=12)
    # Two overlapping windows.
    canvas.window((190, 70, 760, 470), bar=NAVY)
    canvas.box((210, 134, 380, 450), PALE, radius=8)
    canvas.text_lines(400, 144, (320, 280, 300, 240, 330, 200, 280), gap=34, height=12)
    canvas.window((560, 190, 1110, 560), bar=BLUE)
    for row in range(2):
        for column in range(4):
            left = 590 + column * 128
            top = 264 + row * 140
            canvas.box((left, top, left + 100, top + 86), AMBER, radius=10)
            canvas.box((left + 10, top + 100, left + 90, top + 110), RULE, radius=5)
    # Taskbar.
    canvas.box((0, 615, WIDTH, HEIGHT), INK)
    canvas.box((520, 628, 560, 662), BLUE, radius=8)
    for column, colour in enumerate((AMBER, SKY, GREEN, PAPER)):
        canvas.box((580 + column * 56, 628, 620 + column * 56, 662), colour, radius=8)
    return canvas


def draw_document_page() -> Canvas:
    canvas = Canvas()
    canvas.box((470, 60, 910, 650), PALE, radius=6)  # the page behind
    canvas.box((450, 40, 890, 630), RULE, radius=6)
    canvas.box((290, 20, 750, 660), PAPER, radius=6, outline=RULE, width=2)
    # Issuing body on the left, national motto on the right, as an administrative letter has.
    canvas.text_lines(330, 60, (130, 90), gap=20, height=9, fill=SLATE)
    canvas.box((355, 102, 435, 104), INK)
    canvas.text_lines(540, 60, (170, 130), gap=20, height=9, fill=INK)
    canvas.box((570, 102, 680, 104), INK)
    # Title and body text.
    canvas.box((420, 150, 620, 166), NAVY, radius=8)
    canvas.box((450, 178, 590, 188), BLUE, radius=5)
    canvas.text_lines(350, 226, (360,) * 3 + (240,), gap=26)
    canvas.text_lines(330, 338, (380,) * 4 + (200,), gap=26)
    # Signature block with a red seal.
    canvas.text_lines(560, 500, (140, 110), gap=22, height=9, fill=SLATE)
    canvas.circle((630, 570), 34, None, outline=RED, width=5)
    canvas.line([(590, 580), (620, 560), (650, 585), (680, 565)], NAVY, 4)
    canvas.text_lines(330, 500, (120, 90, 100), gap=22, height=9)
    return canvas


def draw_spreadsheet_grid() -> Canvas:
    canvas = Canvas()
    canvas.window((60, 50, 1140, 630), bar=GREEN)
    left, top, columns, rows, cell_width, cell_height = 80, 120, 6, 11, 100, 44
    canvas.box((left, top, left + columns * cell_width, top + cell_height), "#DCFCE7")
    canvas.box(
        (left, top + 4 * cell_height, left + columns * cell_width, top + 5 * cell_height), "#FEF3C7"
    )
    canvas.box(
        (
            left + 2 * cell_width,
            top + 6 * cell_height,
            left + 3 * cell_width,
            top + 7 * cell_height,
        ),
        None,
        outline=GREEN,
        width=4,
    )
    for row in range(rows + 1):
        y = top + row * cell_height
        canvas.line([(left, y), (left + columns * cell_width, y)], RULE, 2)
    for column in range(columns + 1):
        x = left + column * cell_width
        canvas.line([(x, top), (x, top + rows * cell_height)], RULE, 2)
    for row in range(1, rows):
        for column in range(columns):
            if (row * 7 + column * 3) % 5:
                x = left + column * cell_width + 14
                y = top + row * cell_height + 17
                canvas.box((x, y, x + 40 + (row * column * 13) % 36, y + 10), PALE, radius=5)
    # A bar chart of the table.
    canvas.box((720, 120, 1120, 600), PAPER, radius=10, outline=RULE, width=2)
    canvas.line([(760, 150), (760, 560), (1090, 560)], SLATE, 3)
    for index, (height, colour) in enumerate(
        ((180, BLUE), (300, TEAL), (240, AMBER), (360, GREEN), (140, NAVY))
    ):
        x = 785 + index * 60
        canvas.box((x, 560 - height, x + 40, 560), colour, radius=4)
    return canvas


def draw_slide_deck() -> Canvas:
    canvas = Canvas()
    # Thumbnails down the left, the current one outlined.
    for index in range(4):
        top = 60 + index * 140
        outline = AMBER if index == 1 else RULE
        canvas.box((50, top, 250, top + 112), PAPER, radius=8, outline=outline, width=4)
        canvas.box((66, top + 16, 200, top + 30), NAVY if index else RED, radius=6)
        canvas.text_lines(66, top + 48, (150, 120, 135), gap=18, height=7)
    # The slide being edited.
    canvas.box((306, 78, 1166, 578), RULE, radius=10)
    canvas.box((300, 70, 1160, 570), PAPER, radius=10)
    canvas.box((300, 70, 1160, 180), RED, radius=10)
    canvas.box((300, 160, 1160, 180), RED)
    canvas.box((350, 105, 760, 135), PAPER, radius=15)
    for row in range(4):
        y = 236 + row * 72
        canvas.circle((372, y + 8), 10, RED)
        canvas.box((400, y, 400 + (380, 320, 350, 260)[row], y + 16), SLATE, radius=8)
    canvas.box((860, 220, 1110, 520), "#FEE2E2", radius=12)
    canvas.polygon([(890, 490), (960, 360), (1010, 430), (1040, 390), (1085, 490)], RED)
    canvas.circle((1050, 280), 28, AMBER)
    return canvas


def draw_browser_window() -> Canvas:
    canvas = Canvas()
    canvas.box((66, 48, 1146, 638), RULE, radius=16)
    canvas.box((60, 40, 1140, 630), PAPER, radius=16)
    canvas.box((60, 40, 1140, 130), PALE, radius=16)
    canvas.box((60, 110, 1140, 130), PALE)
    # Tabs, then the address bar with its padlock and the page below.
    canvas.box((90, 52, 330, 84), PAPER, radius=10)
    canvas.box((340, 56, 560, 84), RULE, radius=10)
    for step in range(3):
        canvas.circle((100 + step * 34, 110), 9, SLATE)
    canvas.box((200, 94, 1110, 126), PAPER, radius=16, outline=RULE, width=2)
    canvas.box((222, 108, 238, 120), GREEN, radius=3)
    canvas.arc((224, 98, 236, 114), 180, 360, GREEN, 3)
    canvas.box((254, 104, 620, 116), SLATE, radius=6)
    canvas.box((60, 130, 1140, 300), NAVY)
    canvas.box((110, 180, 560, 206), PAPER, radius=13)
    canvas.box((110, 226, 440, 240), SKY, radius=7)
    canvas.box((110, 256, 250, 284), AMBER, radius=14)
    for index, colour in enumerate((BLUE, TEAL, AMBER)):
        left = 110 + index * 340
        canvas.box((left, 340, left + 300, 590), PAPER, radius=12, outline=RULE, width=2)
        canvas.box((left, 340, left + 300, 440), colour, radius=12)
        canvas.box((left, 420, left + 300, 440), colour)
        canvas.text_lines(left + 24, 466, (230, 200, 160), gap=28, height=10)
    return canvas


def draw_email_envelope() -> Canvas:
    canvas = Canvas()
    # The envelope.
    canvas.box((70, 170, 470, 450), AMBER, radius=16)
    canvas.polygon([(70, 440), (270, 300), (470, 440)], "#D97706")
    canvas.polygon([(74, 180), (270, 330), (466, 180)], "#FCD34D")
    canvas.circle((440, 190), 34, RED)  # a new message
    canvas.circle((440, 190), 12, PAPER)
    # The inbox, one message unread.
    canvas.box((560, 60, 1140, 620), PAPER, radius=16, outline=RULE, width=2)
    canvas.box((560, 60, 1140, 120), BLUE, radius=16)
    canvas.box((560, 100, 1140, 120), BLUE)
    canvas.box((590, 80, 760, 100), PAPER, radius=10)
    for row in range(5):
        top = 140 + row * 94
        if row == 0:
            canvas.box((572, top - 8, 1128, top + 78), "#DBEAFE", radius=10)
            canvas.box((572, top - 8, 580, top + 78), BLUE)
        canvas.circle((625, top + 35), 26, (TEAL, AMBER, NAVY, GREEN, RED)[row])
        canvas.box(
            (670, top + 12, 670 + (260, 220, 240, 200, 230)[row], top + 26),
            INK if row == 0 else SLATE,
            radius=7,
        )
        canvas.box((670, top + 42, 670 + (380, 340, 400, 300, 360)[row], top + 52), RULE, radius=5)
    return canvas


def _shield(canvas: Canvas, centre_x: int, top: int, size: int, fill: str):
    half = size // 2
    canvas.polygon(
        [
            (centre_x, top),
            (centre_x + half, top + size * 0.18),
            (centre_x + half * 0.92, top + size * 0.62),
            (centre_x, top + size * 1.12),
            (centre_x - half * 0.92, top + size * 0.62),
            (centre_x - half, top + size * 0.18),
        ],
        fill,
    )


def _padlock(canvas: Canvas, centre_x: int, top: int, width: int, body: str, keyhole: str):
    half = width // 2
    canvas.arc(
        (centre_x - half * 0.7, top, centre_x + half * 0.7, top + width * 1.1),
        180,
        360,
        body,
        width // 7,
    )
    canvas.line(
        [
            (centre_x - half * 0.7 + width // 14, top + width * 0.55),
            (centre_x - half * 0.7 + width // 14, top + width * 0.8),
        ],
        body,
        width // 7,
    )
    canvas.line(
        [
            (centre_x + half * 0.7 - width // 14, top + width * 0.55),
            (centre_x + half * 0.7 - width // 14, top + width * 0.8),
        ],
        body,
        width // 7,
    )
    canvas.box(
        (centre_x - half, top + width * 0.75, centre_x + half, top + width * 1.6),
        body,
        radius=width // 10,
    )
    canvas.circle((centre_x, top + width * 1.08), width // 9, keyhole)
    canvas.box(
        (centre_x - width // 28, top + width * 1.1, centre_x + width // 28, top + width * 1.35),
        keyhole,
        radius=2,
    )


def draw_padlock_shield() -> Canvas:
    canvas = Canvas(NAVY)
    for row in range(5):
        for column in range(9):
            if (row * 4 + column * 3) % 7 == 0:
                canvas.circle((70 + column * 132, 60 + row * 140), 8 + (row + column) % 3 * 4, BLUE)
    canvas.circle((600, 337), 290, "#1D4ED8")
    _shield(canvas, 600, 80, 460, SKY)
    _shield(canvas, 600, 120, 380, BLUE)
    _padlock(canvas, 600, 200, 180, PAPER, NAVY)
    return canvas


def draw_password_strength() -> Canvas:
    canvas = Canvas()
    # A password field with masked characters, then a meter from weak to strong.
    canvas.box((200, 110, 1000, 210), PAPER, radius=18, outline=RULE, width=3)
    for index in range(12):
        canvas.circle((260 + index * 52, 160), 13, INK)
    canvas.box((900, 130, 960, 190), GREEN, radius=12)
    canvas.line([(914, 160), (926, 174), (948, 144)], PAPER, 7)
    for index, colour in enumerate((RED, AMBER, LIME, GREEN)):
        left = 200 + index * 205
        canvas.box((left, 290, left + 185, 330), colour, radius=20)
    canvas.polygon([(950, 360), (930, 395), (970, 395)], INK)
    # Weak on the left (short, one kind of character), strong on the right (long, mixed).
    canvas.box((200, 450, 560, 600), PAPER, radius=16, outline=RED, width=4)
    for index in range(4):
        canvas.circle((250 + index * 40, 525), 11, RED)
    canvas.box((640, 450, 1000, 600), PAPER, radius=16, outline=GREEN, width=4)
    for index in range(7):
        canvas.circle((680 + index * 40, 505), 11, GREEN)
    for index in range(6):
        canvas.box(
            (668 + index * 40, 540, 692 + index * 40, 564), (BLUE, AMBER, TEAL)[index % 3], radius=5
        )
    return canvas


def draw_network_cloud() -> Canvas:
    canvas = Canvas()
    # The cloud.
    for centre, radius in (
        ((480, 190), 90),
        ((600, 150), 120),
        ((730, 200), 85),
        ((410, 240), 60),
        ((800, 250), 55),
    ):
        canvas.circle(centre, radius, SKY)
    canvas.box((410, 200, 800, 305), SKY, radius=50)
    canvas.circle((600, 230), 40, BLUE)
    # Devices linked to it.
    hubs = ((160, 500), (430, 540), (770, 540), (1040, 500))
    for x, y in hubs:
        canvas.line([(600, 300), (x, y - 60)], BLUE, 5)
        canvas.circle((x, y - 60), 9, BLUE)
    # A laptop, a phone, a desktop screen and a printer.
    canvas.box((90, 460, 230, 550), INK, radius=8)
    canvas.box((100, 470, 220, 540), TEAL, radius=4)
    canvas.box((70, 550, 250, 566), SLATE, radius=6)
    canvas.box((395, 470, 465, 610), INK, radius=12)
    canvas.box((403, 486, 457, 590), MINT, radius=4)
    canvas.box((690, 470, 850, 580), INK, radius=10)
    canvas.box((702, 482, 838, 568), AMBER, radius=4)
    canvas.box((750, 580, 790, 610), SLATE)
    canvas.box((720, 606, 820, 618), INK, radius=6)
    canvas.box((970, 480, 1110, 560), SLATE, radius=12)
    canvas.box((995, 450, 1085, 484), PAPER, outline=RULE, width=3)
    canvas.box((995, 540, 1085, 590), PAPER, outline=RULE, width=3)
    canvas.circle((1090, 505), 7, GREEN)
    return canvas


# Illustration key (as used by figure blocks in demo_content) -> (image title, drawing).
ILLUSTRATIONS: dict[str, tuple[str, Callable[[], Canvas]]] = {
    "computer-parts": ("Minh họa: các bộ phận của máy tính", draw_computer_parts),
    "desktop-windows": ("Minh họa: màn hình nền với các cửa sổ", draw_desktop_windows),
    "document-page": ("Minh họa: trang văn bản hành chính", draw_document_page),
    "spreadsheet-grid": ("Minh họa: bảng tính và biểu đồ", draw_spreadsheet_grid),
    "slide-deck": ("Minh họa: bài trình chiếu", draw_slide_deck),
    "browser-window": ("Minh họa: cửa sổ trình duyệt web", draw_browser_window),
    "email-envelope": ("Minh họa: thư điện tử và hộp thư đến", draw_email_envelope),
    "padlock-shield": ("Minh họa: khiên và ổ khóa bảo mật", draw_padlock_shield),
    "password-strength": ("Minh họa: thang đo độ mạnh mật khẩu", draw_password_strength),
    "network-cloud": ("Minh họa: các thiết bị kết nối với điện toán đám mây", draw_network_cloud),
}

# The illustration shown on each course's cover, and the cover colours in course order.
COVER_MOTIFS = {
    "IU01": "computer-parts",
    "IU02": "desktop-windows",
    "IU03": "document-page",
    "IU04": "spreadsheet-grid",
    "IU05": "slide-deck",
    "IU06": "browser-window",
    "IU14": "padlock-shield",
}
COVER_COLOURS = (
    (NAVY, BLUE),
    (TEAL, "#14B8A6"),
    ("#1D4ED8", SKY),
    ("#15803D", LIME),
    ("#B91C1C", "#F87171"),
    ("#6D28D9", "#A78BFA"),
    ("#B45309", AMBER),
)


def illustration_png(key: str) -> bytes:
    return _png(ILLUSTRATIONS[key][1]().pillow())


def cover_png(*, motif: str | None, colours: tuple[str, str]) -> bytes:
    """A course cover: a dotted field in the course colour with its illustration on a card."""
    background, accent = colours
    canvas = Canvas(background)
    for row in range(8):
        for column in range(15):
            if (row + column) % 2 == 0:
                canvas.circle((40 + column * 80, 40 + row * 85), 10, accent)
    if motif is None:
        canvas.circle((600, 337), 200, accent)
        return _png(canvas.pillow())
    canvas.box((208, 104, 1008, 584), INK, radius=24)  # shadow
    canvas.box((200, 96, 1000, 576), PAPER, radius=24)
    cover = canvas.pillow()
    picture = ILLUSTRATIONS[motif][1]().pillow().resize((760, 428), PillowImage.Resampling.LANCZOS)
    mask = PillowImage.new("L", picture.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, *picture.size), 16, fill=255)
    cover.paste(picture, (220, 122), mask)
    return _png(cover)
