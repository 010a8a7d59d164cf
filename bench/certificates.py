"""Certificate PDFs per second: a naive WeasyPrint render, the app's renderer, the app's renderer
in 2 worker processes, and the same page drawn with reportlab as a lower-bound reference.

Prints figures and ratios and asserts nothing: `make bench-certificates`, see bench/README.md.
Exits 0 whatever the ratios are; non-zero only when the set-up fails or a PDF is wrong.

(a) naive: what a first version looks like. A flexbox layout, the QR code as an SVG path with
    the mask chosen per code, and a new FontConfiguration and stylesheet for every render.
(b) app: `certificates.pdf.render_certificate_pdf`, exactly as the issuing task calls it.
(c) bulk: (b) in 2 forked worker processes, each warmed with one render, splitting the work.
(d) reportlab: the same page (motto, issuer, title, name, facts, dated signature with the seal
    and signature picture, QR code, verification address) drawn with the same TTF fonts; untagged
    and not PDF/A (reportlab cannot tag), so (b) pays for tagging and PDF/A and (d) does not.
"""

import argparse
import gc
import io
import multiprocessing
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 25  # renders before timing, in each process
RSS_WARM_UP = 800  # renders before the memory reading starts: the allocator settles by then
ROUNDS = 10
NAMES = [
    ("Nguyễn", "Thị Hồng", "Nhung"),
    ("Trần", "Văn", "Đức"),
    ("Lê", "Ngọc", "Ánh"),
    ("Phạm", "Quốc", "Vinh"),
    ("Huỳnh", "Thị Kim", "Oanh"),
    ("Võ", "Hoàng", "Sơn"),
]


class BenchError(Exception):
    """The set-up failed or a PDF is not what it should be: no figure would mean anything."""


@dataclass(frozen=True)
class Run:
    count: int
    seconds: float
    rss_before_mb: float
    rss_after_mb: float

    @property
    def ms_each(self) -> float:
        return 1000 * self.seconds / self.count

    @property
    def per_second(self) -> float:
        return self.count / self.seconds


def set_up_django(workdir: Path) -> None:
    """Production settings on a fresh SQLite database, migrated, with the demo template."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "CACHE_DIR": str(workdir / "cache"),
            "BASE_URL": "https://lms.example.gov.vn",
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from certificates.demo import seed_certificates

    seed_certificates()


def sample_certificates(count: int) -> list:
    """Unsaved certificates with the demo template's seal and signature, each with its own name,
    serial and verification code (so no render can reuse another's QR code)."""
    from certificates.models import CertificateTemplate
    from certificates.services import sample_certificate

    template = CertificateTemplate.objects.get(is_default=True)
    certificates = []
    for number in range(1, count + 1):
        certificate = sample_certificate(template=template)
        family, middle, given = NAMES[number % len(NAMES)]
        certificate.learner_name = f"{family} {middle} {given}"
        certificate.serial = f"SNV-2026-{number:06d}"
        certificate.verification_code = secrets.token_urlsafe(15)
        certificate.issued_at -= timedelta(days=number % 30)
        certificates.append(certificate)
    return certificates


def rss_mb() -> float:
    """Resident memory as the process runs: no forced garbage collection, which would change
    when Python collects by itself (layout trees are cyclic) and so the very figure read."""
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def measure(render: Callable[[object], bytes], certificates: list) -> Run:
    before = rss_mb()
    started = time.perf_counter()
    for certificate in certificates:
        render(certificate)
    return Run(len(certificates), time.perf_counter() - started, before, rss_mb())


def one_by_one(render: Callable[[object], bytes], certificates: list) -> Callable[[int, int], int]:
    """A batch of certificates[start:stop] rendered in this process."""

    def batch(start: int, stop: int) -> int:
        for certificate in certificates[start:stop]:
            render(certificate)
        return stop - start

    return batch


def interleaved(batches: dict[str, tuple[Callable[[int, int], int], int]], rounds: int) -> dict:
    """Time several ways of rendering in alternating rounds, so that a slow spell of a shared
    machine falls on all of them alike: {name: Run}, each over `count` renders in all."""
    seconds = dict.fromkeys(batches, 0.0)
    done = dict.fromkeys(batches, 0)
    before = rss_mb()
    for round_number in range(rounds):
        for name, (batch, count) in batches.items():
            share = count // rounds
            started = time.perf_counter()
            done[name] += batch(round_number * share, (round_number + 1) * share)
            seconds[name] += time.perf_counter() - started
    after = rss_mb()
    return {name: Run(done[name], seconds[name], before, after) for name in batches}


def rss_series(render: Callable[[object], bytes], certificates: list, step: int) -> list[float]:
    """RSS in MB before the first render and after every `step` renders."""
    readings = [rss_mb()]
    for start in range(0, len(certificates), step):
        for certificate in certificates[start : start + step]:
            render(certificate)
        readings.append(rss_mb())
    return readings


# (a) naive -------------------------------------------------------------------------------------

NAIVE_CSS = """
@font-face { font-family: "Serif"; src: url("{fonts}/NotoSerif-Regular.ttf"); }
@font-face { font-family: "Serif"; font-weight: bold; src: url("{fonts}/NotoSerif-Bold.ttf"); }
@font-face { font-family: "Serif"; font-style: italic; src: url("{fonts}/NotoSerif-Italic.ttf"); }
@font-face { font-family: "Sans"; src: url("{fonts}/NotoSans-Regular.ttf"); }
@page { size: A4 landscape; margin: 8mm; }
body { font-family: "Serif"; font-size: 12.5pt; margin: 0; }
.sheet { border: 2.2mm double #9b1c1c; height: 190mm; padding: 10mm 14mm; box-sizing: border-box;
         display: flex; flex-direction: column; }
.top { display: flex; justify-content: space-between; text-align: center; font-weight: bold; }
h1 { text-align: center; color: #9b1c1c; font-size: 32pt; margin: 8mm 0 2mm; }
.name { text-align: center; font-size: 24pt; font-weight: bold; font-style: italic; }
.facts { display: flex; flex-direction: column; margin: 4mm 30mm; }
.facts div { display: flex; gap: 6mm; } .facts span:first-child { width: 40mm; }
.bottom { display: flex; justify-content: space-between; align-items: flex-end; margin-top: auto; }
.verify { display: flex; gap: 3mm; font-family: "Sans"; font-size: 8pt; width: 130mm; }
.verify svg { width: 26mm; height: 26mm; }
.sign { text-align: center; width: 110mm; position: relative; }
.sign img.seal { width: 30mm; } .sign img.signature { width: 36mm; }
"""


def naive_qr_svg(url: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def naive_render(certificate) -> bytes:
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from certificates.layout import FONTS
    from certificates.pdf import verification_url
    from lms.text import official_date

    url = verification_url(certificate)
    facts = "".join(
        f"<div><span>{label}</span><strong>{value}</strong></div>"
        for label, value in (
            ("Ngày sinh:", f"{certificate.date_of_birth:%d/%m/%Y}"),
            ("Đơn vị công tác:", certificate.agency_name),
            ("Đã hoàn thành:", certificate.title),
            ("Thời gian học:", f"{certificate.hours:g} giờ"),
            ("Kết quả:", certificate.result),
        )
    )
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Giấy chứng nhận {certificate.serial}</title></head><body><div class="sheet">
<div class="top"><div>{certificate.issuer.upper()}<br>Số hiệu: {certificate.serial}</div>
<div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</div></div>
<h1>{certificate.heading}</h1><p class="name">Ông/Bà {certificate.learner_name}</p>
<div class="facts">{facts}</div>
<div class="bottom"><div class="verify">{naive_qr_svg(url)}<p>Quét mã QR để xác minh:<br>{url}</p></div>
<div class="sign"><p>{certificate.place}, {official_date(certificate.issued_at)}</p>
<p><strong>{certificate.signer_title}</strong></p>
<img class="seal" src="{Path(certificate.seal_image.file.path).as_uri()}">
<img class="signature" src="{Path(certificate.signature_image.file.path).as_uri()}">
<p><strong>{certificate.signer_name}</strong></p></div></div></div></body></html>"""
    fonts = FontConfiguration()
    css = CSS(string=NAIVE_CSS.replace("{fonts}", FONTS.as_uri()), font_config=fonts)
    return HTML(string=html).write_pdf(stylesheets=[css], font_config=fonts)


# (d) reportlab ---------------------------------------------------------------------------------

_REPORTLAB_READY = False


def reportlab_render(certificate) -> bytes:
    """The same page with reportlab: absolute coordinates, TTF fonts embedded as subsets."""
    global _REPORTLAB_READY

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader, simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from certificates.layout import FONTS
    from certificates.pdf import qr_png, stamp_png, verification_url
    from lms.spreadsheets import number_text
    from lms.text import official_date

    if not _REPORTLAB_READY:
        for name, file in (
            ("Serif", "NotoSerif-Regular.ttf"),
            ("Serif-Bold", "NotoSerif-Bold.ttf"),
            ("Serif-Italic", "NotoSerif-Italic.ttf"),
            ("Serif-BoldItalic", "NotoSerif-BoldItalic.ttf"),
            ("Sans", "NotoSans-Regular.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
        _REPORTLAB_READY = True

    def image(content: bytes) -> ImageReader:
        return ImageReader(io.BytesIO(content))

    width, height = landscape(A4)
    url = verification_url(certificate)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height))
    page.setTitle(f"Giấy chứng nhận {certificate.serial}")
    page.setAuthor(certificate.issuer)
    page.setStrokeColorRGB(0.61, 0.11, 0.11)
    page.setLineWidth(0.8 * mm)
    page.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm)
    page.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)

    def centred(font, size, x, y, text):
        page.setFont(font, size)
        page.drawCentredString(x, height - y, text)

    centred("Serif-Bold", 12, 80 * mm, 24 * mm, certificate.issuer.upper())
    centred("Serif", 10.5, 80 * mm, 30 * mm, f"Số hiệu: {certificate.serial}")
    centred("Serif-Bold", 12, 215 * mm, 24 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    centred("Serif-Bold", 12, 215 * mm, 30 * mm, "Độc lập - Tự do - Hạnh phúc")
    motto_width = pdfmetrics.stringWidth("Độc lập - Tự do - Hạnh phúc", "Serif-Bold", 12)
    page.setLineWidth(0.3 * mm)
    page.line(
        215 * mm - motto_width / 2, height - 31 * mm, 215 * mm + motto_width / 2, height - 31 * mm
    )
    page.setFillColorRGB(0.61, 0.11, 0.11)
    title = page.beginText()
    title.setFont("Serif-Bold", 32)
    title.setCharSpace(1)
    title_width = pdfmetrics.stringWidth(certificate.heading, "Serif-Bold", 32)
    title_width += len(certificate.heading)
    title.setTextOrigin((width - title_width) / 2, height - 58 * mm)
    title.textOut(certificate.heading)
    page.drawText(title)
    page.setFillColorRGB(0.1, 0.1, 0.1)
    centred("Serif-Italic", 12.5, width / 2, 68 * mm, f"{certificate.issuer} chứng nhận:")
    page.setFillColorRGB(0.07, 0.23, 0.48)
    centred("Serif-BoldItalic", 24, width / 2, 82 * mm, f"Ông/Bà {certificate.learner_name}")
    page.setFillColorRGB(0.1, 0.1, 0.1)
    facts = (
        ("Ngày sinh:", f"{certificate.date_of_birth:%d/%m/%Y}"),
        ("Đơn vị công tác:", certificate.agency_name),
        ("Đã hoàn thành:", certificate.title),
        ("Thời gian học:", f"{number_text(certificate.hours)} giờ"),
        ("Kết quả:", certificate.result),
    )
    top = 96 * mm
    for label, value in facts:  # a long value wraps under itself, as in the HTML
        page.setFont("Serif", 12.5)
        page.drawString(50 * mm, height - top, label)
        page.setFont("Serif-Bold", 12.5)
        for line in simpleSplit(value, "Serif-Bold", 12.5, 150 * mm):
            page.drawString(92 * mm, height - top, line)
            top += 7 * mm
    page.setFont("Serif-Italic", 12.5)
    for line, text in enumerate(simpleSplit(certificate.statement, "Serif-Italic", 12.5, 200 * mm)):
        page.drawString(50 * mm, height - (133 + 5.5 * line) * mm, text)
    page.drawCentredString(
        217 * mm, height - 150 * mm, f"{certificate.place}, {official_date(certificate.issued_at)}"
    )
    for line, text in enumerate(certificate.signer_title.splitlines()):
        centred("Serif-Bold", 12.5, 217 * mm, (156 + 5.5 * line) * mm, text)
    # The same seal-over-signature picture as the app's (a transparent PNG).
    page.drawImage(
        image(stamp_png(certificate)), 179.5 * mm, height - 184 * mm, 75 * mm, 25 * mm, mask="auto"
    )
    centred("Serif-Bold", 12.5, 217 * mm, 190 * mm, certificate.signer_name)
    page.drawImage(image(qr_png(url)), 22 * mm, height - 186 * mm, 26 * mm, 26 * mm)
    page.setFont("Sans", 8)
    for line, text in enumerate(
        ("Quét mã QR hoặc mở địa chỉ sau để xác minh:", url, f"Số hiệu: {certificate.serial}")
    ):
        page.drawString(51 * mm, height - (168 + 4 * line) * mm, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


# (c) bulk in 2 processes -----------------------------------------------------------------------

_WORKER_CERTIFICATES: list = []


def _warm_worker():
    from django.db import connections

    from certificates.pdf import render_certificate_pdf

    connections.close_all()  # each process opens its own SQLite connection
    for certificate in _WORKER_CERTIFICATES[:WARM_UP]:  # as a long-running worker is: warm
        render_certificate_pdf(certificate)


def _render_slice(bounds: tuple[int, int]) -> int:
    from certificates.pdf import render_certificate_pdf

    start, stop = bounds
    for certificate in _WORKER_CERTIFICATES[start:stop]:
        render_certificate_pdf(certificate)
    return stop - start


@contextmanager
def worker_pool(certificates: list, processes: int) -> Iterator[Callable[[int, int], int]]:
    """Forked, warmed worker processes; yields a batch function that has them render
    certificates[start:stop] and returns when all are done."""
    global _WORKER_CERTIFICATES
    from django.db import connections

    _WORKER_CERTIFICATES = certificates
    connections.close_all()
    gc.collect()
    gc.freeze()  # objects the workers only read stay shared, not copied page by page
    context = multiprocessing.get_context("fork")
    with context.Pool(processes, initializer=_warm_worker) as pool:
        pool.map(time.sleep, [0.2] * processes)  # every worker has started and is warm

        def batch(start: int, stop: int) -> int:
            # Small slices that the workers take as they free up, as task workers pull jobs.
            slices = [(first, min(first + 5, stop)) for first in range(start, stop, 5)]
            return sum(pool.imap_unordered(_render_slice, slices))

        yield batch
    gc.unfreeze()


# checks and report -----------------------------------------------------------------------------


def check_pdf(content: bytes, certificate) -> None:
    """The PDF is one A4 landscape page with the name, the serial and the verification URL."""
    from pypdf import PdfReader

    from certificates.pdf import verification_url

    reader = PdfReader(io.BytesIO(content))
    if len(reader.pages) != 1:
        raise BenchError(f"{len(reader.pages)} pages instead of 1")
    box = reader.pages[0].mediabox
    if not (835 < float(box.width) < 845 and 590 < float(box.height) < 600):
        raise BenchError(f"page is {box.width}×{box.height} pt, not A4 landscape")
    pdftotext = shutil.which("pdftotext")
    text = reader.pages[0].extract_text()
    if pdftotext:
        text = subprocess.run(
            [pdftotext, "-", "-"], input=content, capture_output=True, check=True
        ).stdout.decode()
    for expected in (certificate.learner_name, certificate.serial, verification_url(certificate)):
        if expected not in text:
            raise BenchError(f"{expected!r} is missing from the PDF text")


def signed_with_demo_key(certificate) -> str:
    """One certificate signed with a demo key (untimed), and what poppler's pdfsig says of it."""
    from django.test import override_settings

    from certificates import signing
    from certificates.pdf import render_certificate_pdf

    if not hasattr(signing, "make_demo_key"):
        return "pdfsig: skipped (certificates.signing.make_demo_key is not there)"
    pdfsig = shutil.which("pdfsig")
    with tempfile.TemporaryDirectory(prefix="bench-signing-") as directory:
        key = signing.make_demo_key(Path(directory))
        with override_settings(CERTIFICATE_SIGNING_KEY=str(key), CERTIFICATE_SIGNING_PASSWORD=""):
            pdf = render_certificate_pdf(certificate)
        if not pdfsig:
            return f"signed with the demo key ({len(pdf)} bytes); pdfsig is not installed"
        document = Path(directory) / "signed.pdf"
        document.write_bytes(pdf)
        answer = subprocess.run([pdfsig, str(document)], capture_output=True, text=True)
    return (
        "pdfsig on a certificate signed with the demo key:\n"
        + (answer.stdout + answer.stderr).strip()
    )


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naive", type=int, default=100, help="renders for (a)")
    parser.add_argument("--app", type=int, default=500, help="renders for (b), and the RSS check")
    parser.add_argument("--bulk", type=int, default=1000, help="renders for (c), split in two")
    parser.add_argument("--reportlab", type=int, default=300, help="renders for (d)")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
    try:
        print("Setting up: fresh SQLite database, migrations, demo template …", flush=True)
        set_up_django(workdir)
        from certificates.pdf import render_certificate_pdf

        certificates = sample_certificates(
            max(options.naive, options.app, options.bulk, options.reportlab)
        )
        for render in (naive_render, render_certificate_pdf, reportlab_render):
            try:  # also warms each path once
                check_pdf(render(certificates[0]), certificates[0])
            except BenchError as error:
                raise BenchError(f"{render.__name__}: {error}") from None

        # Memory of (b) first, and (c)'s workers forked, before (a) leaks into the process.
        print(f"(b) memory: {RSS_WARM_UP} warm-up renders, then {options.app} …", flush=True)
        warm = rss_series(render_certificate_pdf, (certificates * 2)[:RSS_WARM_UP], step=100)
        memory = measure(render_certificate_pdf, certificates[: options.app])
        with worker_pool(certificates, processes=2) as bulk_batch:
            print(
                f"(a), (b), (c), (d) in {ROUNDS} alternating rounds: {options.naive}, "
                f"{options.app}, {options.bulk} and {options.reportlab} renders …",
                flush=True,
            )
            runs = interleaved(
                {
                    "naive": (one_by_one(naive_render, certificates), options.naive),
                    "app": (one_by_one(render_certificate_pdf, certificates), options.app),
                    "bulk": (bulk_batch, options.bulk),
                    "reportlab": (one_by_one(reportlab_render, certificates), options.reportlab),
                },
                rounds=ROUNDS,
            )
        naive, app, bulk, reference = (runs[name] for name in ("naive", "app", "bulk", "reportlab"))
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = [
        ("(a) naive WeasyPrint", naive),
        ("(b) app renderer", app),
        ("(c) app, 2 processes", bulk),
        ("(d) reportlab reference", reference),
    ]
    print()
    print(f"{'':26}{'renders':>9}{'per second':>12}{'ms each':>10}")
    for label, run in rows:
        print(f"{label:26}{run.count:>9}{run.per_second:>12.1f}{run.ms_each:>10.1f}")
    app_growth = memory.rss_after_mb - memory.rss_before_mb
    print()
    print(
        f"RSS (b): {' → '.join(f'{mb:.0f}' for mb in warm)} MB every 100 warm-up renders; "
        f"{memory.rss_before_mb:.0f} → {memory.rss_after_mb:.0f} MB over {memory.count} more "
        f"({app_growth:+.1f} MB, {app_growth / memory.count:+.4f} MB per render; "
        f"{memory.ms_each:.1f} ms each)"
    )
    print(
        f"RSS over the alternating rounds (the naive renderer leaks): "
        f"{naive.rss_before_mb:.0f} → {naive.rss_after_mb:.0f} MB"
    )
    print()
    print(signed_with_demo_key(certificates[0]))
    b_over_a = app.ms_each / naive.ms_each
    b_over_d = app.ms_each / reference.ms_each
    c_over_b = bulk.per_second / app.per_second
    flat = app_growth / memory.count < 0.01  # under 10 kB a render (the naive one leaks 0.3+ MB)
    print()
    print(f"b/a time       {b_over_a:6.2f}   target ≤ 0.33   {verdict(b_over_a <= 0.33)}")
    print(f"b/d time       {b_over_d:6.2f}   target ≤ 1.50   {verdict(b_over_d <= 1.5)}")
    print(f"c/b throughput {c_over_b:6.2f}   target ≥ 1.90   {verdict(c_over_b >= 1.9)}")
    print(
        f"RSS over {memory.count} renders of (b): {verdict(flat)} (flat: under 0.01 MB per render)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
