"""Roster files: the template's columns, and reading an XLSX or CSV upload into a table of
cells (bounded against damaged or hostile files). What the cells mean is workforce.roster's job."""

from __future__ import annotations

import csv
import datetime
import io
import logging
import math
import re
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from lms.text import clean_text, fold

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

# pandas is imported where a roster is read or written, not with this module: a web worker
# that never handles one does not carry its 55 MiB (bench/load.py measures worker memory).

# Column: (header in the template, other accepted headers, folded).
COLUMNS = {
    "staff_code": ("Mã cán bộ", ("ma nhan su", "ma cb", "staff code", "staff_code")),
    "family_name": ("Họ", ("family name", "family_name")),
    "middle_name": ("Tên đệm", ("ten lot", "middle name", "middle_name")),
    "given_name": ("Tên", ("given name", "given_name")),
    "full_name": ("Họ và tên", ("ho ten", "full name", "full_name")),
    "date_of_birth": ("Ngày sinh", ("date of birth", "date_of_birth")),
    "gender": ("Giới tính", ("gender",)),
    "email": ("Email", ("e-mail", "thu dien tu", "dia chi email")),
    "agency_code": ("Mã cơ quan", ("ma don vi", "agency code", "agency_code")),
    "position": ("Chức vụ", ("chuc danh", "position")),
    "category": ("Đối tượng", ("loai", "category")),
}
TEMPLATE_COLUMNS = [name for name in COLUMNS if name != "full_name"]
HEADER_ALIASES = {
    alias: name for name, (header, others) in COLUMNS.items() for alias in (fold(header), *others)
}

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")


class RosterFileError(Exception):
    """The file cannot be read as a roster at all (format, encoding, headers)."""


def template_workbook() -> bytes:
    """An empty roster with the Vietnamese headers and one example row, as XLSX."""
    import pandas as pd  # heavy: loaded only by the processes that read or write rosters

    example = {
        "staff_code": "SNV0001",
        "family_name": "Nguyễn",
        "middle_name": "Thị Hồng",
        "given_name": "Nhung",
        "date_of_birth": "28/07/1991",
        "gender": "Nữ",
        "email": "nhung.nth@example.gov.vn",
        "agency_code": "SNV",
        "position": "Chuyên viên",
        "category": "Công chức",
    }
    frame = pd.DataFrame(
        [[example[name] for name in TEMPLATE_COLUMNS]],
        columns=[COLUMNS[name][0] for name in TEMPLATE_COLUMNS],
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="Danh sách")
        sheet = writer.sheets["Danh sách"]
        for letter in "ABCDEFGHIJ":
            sheet.column_dimensions[letter].width = 18
    return buffer.getvalue()


# Bounds of a roster file, checked before anything is decompressed or loaded, so that a
# damaged or hostile file (a zip bomb, a sheet that declares a million rows) is refused in
# well under a second at a few megabytes of memory (bench/roster_files.py measures it).
MAX_ROWS = 100_000  # people in one file
MAX_COLUMNS = 64
MAX_ZIP_ENTRIES = 500
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100  # a sheet's XML compresses 5 to 20 times; bombs a thousand
CSV_SEPARATORS = ",;\t"


@dataclass
class RosterFile:
    """The sheet read: cells as the file has them, indexed by the spreadsheet's own row
    numbers (the header is row 1), and what the importer should know about the file."""

    frame: pd.DataFrame
    warnings: list[str] = field(default_factory=list)


def read_roster(content: bytes, name: str) -> RosterFile:
    """The roster's first visible sheet (or the CSV); RosterFileError, in words a person can
    act on, when the file cannot or should not be read."""
    lower = name.lower()
    try:
        if lower.endswith((".xlsx", ".xlsm")):
            return _read_workbook(content)
        if lower.endswith((".csv", ".txt")):
            return _read_csv(content)
    except RosterFileError:
        raise
    except Exception:  # openpyxl and pandas raise many kinds for a damaged file
        logger.warning("Roster file %r could not be read", name, exc_info=True)
        raise RosterFileError(
            _(
                "The file cannot be read as a spreadsheet: it may be damaged, protected by a "
                "password, or in another format. Open it in Excel and save it again as .xlsx."
            )
        ) from None
    raise RosterFileError(_("The file must be an Excel workbook (.xlsx) or a CSV file."))


def _check_archive(content: bytes) -> None:
    """An .xlsx is a zip: its declared sizes are checked before any part is decompressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError):
        raise RosterFileError(
            _(
                "The file is not an Excel workbook (.xlsx), although its name says so. If it "
                "is an old .xls file or a CSV renamed, open it in Excel and save it as .xlsx."
            )
        ) from None
    entries = archive.infolist()
    unzipped = sum(entry.file_size for entry in entries)
    too_packed = any(
        entry.file_size > 1024 * 1024
        and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)
        for entry in entries
    )
    if len(entries) > MAX_ZIP_ENTRIES or unzipped > MAX_UNZIPPED_BYTES or too_packed:
        raise RosterFileError(
            _(
                "The workbook unpacks to far more data than a staff list holds (%(size)s MB "
                "in %(count)d parts), so it was not opened. Copy the list into a new workbook "
                "from the template and upload that."
            )
            % {"size": unzipped // (1024 * 1024), "count": len(entries)}
        )


def _read_workbook(content: bytes) -> RosterFile:
    # Heavy: loaded only by the processes that read rosters.
    import openpyxl
    import pandas as pd

    _check_archive(content)
    workbook = openpyxl.load_workbook(
        io.BytesIO(content), read_only=True, data_only=True, keep_links=False
    )
    try:
        visible = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
        if not visible:
            raise RosterFileError(_("The workbook has no visible sheet."))
        sheet = visible[0]
        warnings = []
        others = [other.title for other in workbook.worksheets if other is not sheet]
        if others:
            warnings.append(
                _("Only the sheet “%(sheet)s” was read; these sheets were not: %(others)s.")
                % {"sheet": sheet.title, "others": ", ".join(f"“{title}”" for title in others)}
            )
        rows, columns = sheet.max_row or 0, sheet.max_column or 0
        if rows > MAX_ROWS + 1 or columns > MAX_COLUMNS:
            raise RosterFileError(
                _(
                    "The sheet “%(sheet)s” has cells up to row %(rows)s, column %(columns)s; a "
                    "roster holds at most %(max_rows)s people in %(max_columns)d columns. "
                    "Delete the rows and columns after the list (or copy the list into a new "
                    "workbook) and upload it again."
                )
                % {
                    "sheet": sheet.title,
                    "rows": f"{rows:,}".replace(",", "."),
                    "columns": columns,
                    "max_rows": f"{MAX_ROWS:,}".replace(",", "."),
                    "max_columns": MAX_COLUMNS,
                }
            )
        header, records, numbers = None, [], []
        for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            if number > MAX_ROWS + 1:
                raise RosterFileError(_too_many_rows())
            if header is None:
                header = list(row)
            elif any(value is not None and str(value).strip() for value in row):
                records.append(row)
                numbers.append(number)
    finally:
        workbook.close()
    if header is None:
        raise RosterFileError(_("The sheet “%(sheet)s” is empty.") % {"sheet": sheet.title})
    width = max((i + 1 for i, value in enumerate(header) if value is not None), default=0)
    headers = [
        str(value) if value is not None else f"Unnamed: {i}"
        for i, value in enumerate(header[:width])
    ]
    frame = pd.DataFrame(
        [list(row[:width]) for row in records], columns=headers, index=numbers, dtype=object
    )
    return RosterFile(frame, warnings)


def _too_many_rows() -> str:
    return _("The file has more than %(max)s rows; split it into several files.") % {
        "max": f"{MAX_ROWS:,}".replace(",", ".")
    }


def _read_csv(content: bytes) -> RosterFile:
    import pandas as pd  # heavy: loaded only by the processes that read rosters

    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterFileError(
            _("The CSV file is not in UTF-8. In Excel, save it as “CSV UTF-8”.")
        ) from None
    first_line = text.split("\n", 1)[0]
    separator = max(CSV_SEPARATORS, key=first_line.count)  # ties: the comma, listed first
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=separator,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            quoting=csv.QUOTE_MINIMAL,
        )
    except pd.errors.ParserError as error:
        found = re.search(r"line (\d+), saw (\d+)", str(error))
        if not found:
            raise
        raise RosterFileError(
            _(
                "Row %(row)s has %(cells)s cells, more than the header row. A cell probably "
                "holds the separator (%(separator)s): put that cell in double quotes."
            )
            % {"row": found[1], "cells": found[2], "separator": separator.replace("\t", "tab")}
        ) from None
    if len(frame) > MAX_ROWS:
        raise RosterFileError(_too_many_rows())
    # Line numbers as a spreadsheet shows them: the header is row 1, blank lines count.
    frame.index = frame.index + 2
    filled = frame.apply(lambda column: column.str.strip() != "").any(axis=1)
    return RosterFile(frame[filled])


def cell_text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number in Excel
    return clean_text(str(value))


def cell_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):  # pandas' Timestamp too
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.split(" ")[0], pattern).date()
        except ValueError:
            continue
    raise ValueError(text)
