"""How fast, and at what memory, a roster upload refuses hostile spreadsheets: a zip bomb, a sheet
that declares a million rows, a zip of 5,000 parts and a file that is not a zip at all, against
the template and a 5,000-row roster, each read by `workforce.roster_files.read_roster` in a fresh process.

Prints figures and ratios: `make bench-roster-files`, see bench/README.md. Unlike the other
benchmarks it checks a bound: exits 1 when a hostile file is accepted, or refused in 1 s or more,
or at a peak of 300 MB or more (or when a normal roster is refused); non-zero too when the set-up
fails. MB here are 2**20 bytes: ru_maxrss (KiB on Linux) / 1024.

1. template: `workforce.roster_files.template_workbook()`, one example row (the baseline);
2. roster: 5,000 people with the template's headers, written with openpyxl (normal work);
3. zip bomb: the template with its sheet XML replaced by 1 GiB of repeated rows (~3 MB zipped);
4. dimension bomb: "Mã cán bộ" in A1 and a value in XFD1048576, the sheet's last cell;
5. many parts: the template with 5,000 extra tiny entries in the zip;
6. not a zip: b"PK\\x03\\x04" and 64 KiB of random bytes, named .xlsx.
"""

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "lms.settings.dev"
ROSTER_ROWS = 5_000
BOMB_BYTES = 2**30  # the sheet's XML once unzipped
EXTRA_PARTS = 5_000
MAX_SECONDS = 1.0  # a hostile file is refused in less than this ...
MAX_PEAK_MB = 300.0  # ... at a peak resident memory below this
CHILD_TIMEOUT_SECONDS = 60
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Đức", "Hồng"]
GIVEN = ["An", "Bình", "Chi", "Cường", "Dũng", "Giang", "Hà", "Hạnh", "Lan", "Nam", "Sơn", "Yến"]


@dataclass(frozen=True)
class Case:
    label: str
    file_name: str  # the upload's name: read_roster picks the reader by its extension
    hostile: bool


CASES = {
    "template": Case("(1) template, 1 row", "template.xlsx", hostile=False),
    "roster": Case(f"(2) roster, {ROSTER_ROWS:,} rows", "roster.xlsx", hostile=False),
    "zip_bomb": Case("(3) zip bomb, 1 GiB sheet", "zip-bomb.xlsx", hostile=True),
    "dimension_bomb": Case("(4) dimension bomb, XFD1048576", "dimension-bomb.xlsx", hostile=True),
    "many_parts": Case(f"(5) {EXTRA_PARTS:,} extra zip parts", "many-parts.xlsx", hostile=True),
    "not_a_zip": Case("(6) not a zip, named .xlsx", "not-a-zip.xlsx", hostile=True),
}


# The parent: build the files in one child, read each in a child of its own, print the table. ---
#
# Linux keeps ru_maxrss across execve: a child starts from its parent's peak. So the parent
# imports neither Django nor pandas and never holds a file, and its own peak (printed at the
# end) is the floor of every child's figure.


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--child", nargs=2, metavar=("CASE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        return build(Path(args.build))
    if args.child:
        return child(*args.child)

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS}
    with tempfile.TemporaryDirectory(prefix="bench-roster-files-") as folder:
        command = [sys.executable, "-m", "bench.roster_files", "--build", folder]
        if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
            print("Building the files failed.", file=sys.stderr)
            return 2
        results = {}
        for key, case in CASES.items():
            path = Path(folder) / case.file_name
            command = [sys.executable, "-m", "bench.roster_files", "--child", key, str(path)]
            try:
                done = subprocess.run(
                    command,
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=CHILD_TIMEOUT_SECONDS,
                )
            except subprocess.TimeoutExpired:
                results[key] = {"crashed": f"no answer in {CHILD_TIMEOUT_SECONDS} s"}
                continue
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or [""])[-1]
                results[key] = {"crashed": f"exit status {done.returncode}: {last[:80]}"}
                continue
            results[key] = json.loads(done.stdout.strip().splitlines()[-1])
            results[key]["file_mb"] = path.stat().st_size / 2**20
    return report(results)


def report(results: dict) -> int:
    baseline = results["template"].get("seconds")
    print()
    print(
        f"{'case':<34}{'file MB':>8}  {'result':<9}{'seconds':>9}{'peak MB':>9}{'× (1)':>10}  message"
    )
    failures = []
    for key, case in CASES.items():
        result = results[key]
        if "crashed" in result:
            print(f"{case.label:<34}{'':>8}  {'crashed':<9}  {result['crashed']}")
            failures.append(f"{case.label}: crashed ({result['crashed']})")
            continue
        seconds, peak = result["seconds"], result["peak_mb"]
        ratio = f"{seconds / baseline:9.2f}×" if baseline else f"{'-':>10}"
        verdict = "accepted" if result["accepted"] else "refused"
        detail = result["message"] or f"{result['rows']:,} row(s) read"
        print(
            f"{case.label:<34}{result['file_mb']:>8.2f}  {verdict:<9}{seconds:>9.4f}{peak:>9.1f}"
            f"{ratio}  {detail}"
        )
        if not case.hostile and not result["accepted"]:
            failures.append(f"{case.label}: refused, but it is a valid roster")
        if case.hostile:
            if result["accepted"]:
                failures.append(f"{case.label}: accepted ({result['rows']:,} rows)")
            if seconds >= MAX_SECONDS:
                failures.append(f"{case.label}: {seconds:.2f} s, bound {MAX_SECONDS:.0f} s")
            if peak >= MAX_PEAK_MB:
                failures.append(f"{case.label}: peak {peak:.0f} MB, bound {MAX_PEAK_MB:.0f} MB")
    measured = [result for result in results.values() if "imports_s" in result]
    print()
    if measured:
        imports = [result["imports_s"] for result in measured]
        ready = [result["ready_mb"] for result in measured]
        print(
            f"Each child set up Django and imported workforce.roster, openpyxl and pandas before "
            f"the timer: {min(imports):.2f}–{max(imports):.2f} s, not counted above; its peak "
            f"was then {min(ready):.1f}–{max(ready):.1f} MB, counted in the peaks above;"
        )
    parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"the parent's peak, {parent_mb:.1f} MB, is the floor of every peak above (see the code)."
    )
    print()
    if failures:
        print(
            f"FAIL: every hostile file must be refused in under {MAX_SECONDS:.0f} s and "
            f"{MAX_PEAK_MB:.0f} MB:"
        )
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(
        f"OK: every hostile file was refused in under {MAX_SECONDS:.0f} s and {MAX_PEAK_MB:.0f} MB."
    )
    return 0


# A child: one file, read once in a fresh process. -------------------------------------------------


def child(key: str, path: str) -> int:
    started = time.perf_counter()
    import django

    django.setup()
    # read_roster imports these two on its first call: a worker that has read a roster before
    # has them already, so their cost is kept out of the timing.
    import openpyxl  # noqa: F401
    import pandas  # noqa: F401

    from workforce.roster_files import RosterFileError, read_roster

    imports = time.perf_counter() - started
    ready_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    content = Path(path).read_bytes()
    message, rows = "", 0
    started = time.perf_counter()
    try:
        rows = len(read_roster(content, CASES[key].file_name).frame)
    except RosterFileError as error:
        message = str(error)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "accepted": not message,
        "rows": rows,
        "message": message[:80],
        "seconds": seconds,
        "peak_mb": peak_mb,
        "imports_s": imports,
        "ready_mb": ready_mb,
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


# The files, built in a child of their own (see the parent). ---------------------------------------


def build(folder: Path) -> int:
    started = time.perf_counter()
    import django

    django.setup()
    from workforce.roster_files import template_workbook

    template = template_workbook()
    files = {
        "template": template,
        "roster": roster(),
        "zip_bomb": zip_bomb(template),
        "dimension_bomb": dimension_bomb(),
        "many_parts": many_parts(template),
        "not_a_zip": b"PK\x03\x04" + random.Random(6).randbytes(64 * 1024),
    }
    for key, content in files.items():
        (folder / CASES[key].file_name).write_bytes(content)
    print(f"{len(files)} files built in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


def roster() -> bytes:
    import openpyxl

    from workforce.roster_files import COLUMNS, TEMPLATE_COLUMNS

    rng = random.Random(5_000)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append([COLUMNS[name][0] for name in TEMPLATE_COLUMNS])
    for n in range(1, ROSTER_ROWS + 1):
        sheet.append(
            [
                f"SNV{n:05d}",
                rng.choice(FAMILY),
                rng.choice(MIDDLE),
                rng.choice(GIVEN),
                f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1966, 2004)}",
                rng.choice(["Nam", "Nữ"]),
                f"cb{n:05d}@example.gov.vn",
                "SNV",
                "Chuyên viên",
                rng.choice(["Công chức", "Viên chức"]),
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bomb(template: bytes) -> bytes:
    """The template with BOMB_BYTES of rows in its sheet, streamed into the zip a megabyte at a
    time: the sizes in the zip are true, only the proportions are not a roster's."""
    sheet_name = "xl/worksheets/sheet1.xml"
    row = b'<row><c t="inlineStr"><is><t>SNV0001</t></is></c></row>'
    chunk = row * (2**20 // len(row))
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(template)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for entry in source.infolist():
            if entry.filename != sheet_name:
                bomb.writestr(entry.filename, source.read(entry.filename))
                continue
            head, tail = source.read(sheet_name).split(b"</sheetData>")
            with bomb.open(sheet_name, "w") as sheet:
                sheet.write(head)
                written = len(head)
                while written < BOMB_BYTES:
                    sheet.write(chunk)
                    written += len(chunk)
                sheet.write(b"</sheetData>" + tail)
    return buffer.getvalue()


def dimension_bomb() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Mã cán bộ"
    sheet["XFD1048576"] = "SNV0001"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def many_parts(template: bytes) -> bytes:
    buffer = io.BytesIO(template)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(1, EXTRA_PARTS + 1):
            archive.writestr(f"customXml/item{n}.xml", b"<a/>")
    return buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
