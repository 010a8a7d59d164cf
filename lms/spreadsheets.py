"""Spreadsheets for Vietnamese Excel, the one place every export goes through.

XLSX is the default and keeps real numbers and dates, with number formats that Excel shows in
the reader's locale (5,9 and dd/mm/yyyy hh:mm in Vietnamese Windows). CSV is UTF-8 with a BOM
(without it Windows Excel garbles Vietnamese) and writes values as the screen shows them:
times in Vietnam time as "dd/mm/yyyy HH:MM", a decimal comma, "Có"/"Không". Every text cell goes
through `spreadsheet_safe`, so a name starting with =, +, - or @ is text, never a formula.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import chain

from django.http import HttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

from lms.text import spreadsheet_safe

XLSX = "xlsx"
CSV = "csv"
# The order the download buttons offer them in: XLSX first, the default.
FORMATS = {
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    CSV: "text/csv; charset=utf-8",
}
BOM = "\ufeff"

DATETIME_TEXT = "%d/%m/%Y %H:%M"
DATE_TEXT = "%d/%m/%Y"
# Excel number formats use "." and "," as placeholders; Excel shows the locale's separators.
XLSX_DATETIME = "dd/mm/yyyy hh:mm"
XLSX_DATE = "dd/mm/yyyy"
XLSX_INTEGER = "#,##0"
XLSX_DECIMAL = "#,##0.0"

DECIMAL_PLACES = 1  # what the screens show (floatformat)


# One cell ---------------------------------------------------------------------------------------


def local_datetime(value: datetime.datetime) -> datetime.datetime:
    """`value` in Vietnam time (the site's TIME_ZONE), naive, without microseconds."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None, microsecond=0)


def rounded(value, places: int = DECIMAL_PLACES) -> Decimal:
    step = Decimal(1).scaleb(-places)
    return Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP)


def number_text(value, places: int = DECIMAL_PLACES) -> str:
    """A number as a Vietnamese screen writes it: "5,9", "120,5", "6" (never "6.0")."""
    if isinstance(value, int):
        return str(value)
    try:
        number = rounded(value, places)
    except (InvalidOperation, ValueError):  # NaN, infinity
        return ""
    if number == number.to_integral_value():
        return str(int(number))
    return format(number, "f").rstrip("0").replace(".", ",")


def yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def cell_text(value) -> str:
    """A value as CSV text for Vietnamese Excel."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime.datetime):
        return local_datetime(value).strftime(DATETIME_TEXT)
    if isinstance(value, datetime.date):
        return value.strftime(DATE_TEXT)
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, (int, float, Decimal)):
        return number_text(value)
    if isinstance(value, (list, tuple, set)):
        value = ", ".join(force_str(item) for item in value)
    return spreadsheet_safe(force_str(value))


def cell_value(value) -> tuple[object, str | None]:
    """A value for an XLSX cell and the number format Excel shows it with."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return yes_no(value), None
    if isinstance(value, datetime.datetime):
        return local_datetime(value), XLSX_DATETIME
    if isinstance(value, datetime.date):
        return value, XLSX_DATE
    if isinstance(value, datetime.time):
        return value.replace(tzinfo=None, microsecond=0), "hh:mm"
    if isinstance(value, int):
        return value, XLSX_INTEGER
    if isinstance(value, (float, Decimal)):
        try:
            number = rounded(value)
        except (InvalidOperation, ValueError):
            return None, None
        if number == number.to_integral_value():
            return int(number), XLSX_INTEGER
        return float(number), XLSX_DECIMAL
    return cell_text(value), None


def _xlsx_cell(worksheet, value):
    from openpyxl.cell import WriteOnlyCell  # heavy: loaded only when a workbook is written

    content, number_format = cell_value(value)
    cell = WriteOnlyCell(worksheet, content)
    if cell.data_type == "f":  # text that openpyxl would take for a formula
        cell.data_type = "s"
    if number_format:
        cell.number_format = number_format
    return cell


# A whole table ----------------------------------------------------------------------------------


def csv_bytes(columns: Sequence, rows: Iterable[Sequence], *, preamble=()) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for line in preamble:
        writer.writerow([cell_text(value) for value in line])
    if preamble:
        writer.writerow([])
    writer.writerow([cell_text(column) for column in columns])
    for row in rows:
        writer.writerow([cell_text(value) for value in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(columns: Sequence, rows: Iterable[Sequence], *, sheet: str, preamble=()) -> bytes:
    # openpyxl is heavy: loaded only when a workbook is written.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=_sheet_title(sheet))
    headings = [cell_text(column) for column in columns]
    for index, heading in enumerate(headings, start=1):
        width = max(10, min(60, len(heading) + 2))
        worksheet.column_dimensions[get_column_letter(index)].width = width
    header_row = len(preamble) + (2 if preamble else 1)
    worksheet.freeze_panes = f"A{header_row + 1}"
    for line in preamble:
        worksheet.append([_xlsx_cell(worksheet, value) for value in line])
    if preamble:
        worksheet.append([])
    bold = []
    for heading in headings:
        cell = _xlsx_cell(worksheet, heading)
        cell.font = Font(bold=True)
        bold.append(cell)
    worksheet.append(bold)
    for row in rows:
        worksheet.append([_xlsx_cell(worksheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(sheet: str) -> str:
    # Excel refuses these characters and titles over 31 characters.
    title = "".join(" " if char in "[]:*?/\\" else char for char in force_str(sheet))
    return title.strip()[:31] or "Sheet1"


def spreadsheet_response(
    columns: Sequence,
    rows: Iterable[Sequence],
    *,
    filename: str,
    fmt: str = XLSX,
    sheet: str,
    preamble: Sequence[Sequence] = (),
) -> HttpResponse:
    """A download of the table: `columns` are the headings, `rows` the values (Python values:
    numbers, dates, datetimes, booleans, text; formatted here). `preamble` lines (such as
    ("Lập lúc", now)) go above the headings, followed by an empty line. `filename` has no
    extension. An unknown `fmt` raises KeyError: check it against FORMATS first."""
    content_type = FORMATS[fmt]
    if fmt == CSV:
        content = csv_bytes(columns, rows, preamble=preamble)
    else:
        content = xlsx_bytes(columns, rows, sheet=sheet, preamble=preamble)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


# Wagtail's index views ------------------------------------------------------------------------


class VietnameseSpreadsheetExportMixin:
    """Wagtail's `SpreadsheetExportMixin` (every generic IndexView has it) made to write for
    Vietnamese Excel, with the same formatting as `spreadsheet_response`.

    Put it before the index view class and declare the export as Wagtail documents it::

        class CertificateIndexView(VietnameseSpreadsheetExportMixin, IndexView):
            list_export = ["number", "user.get_full_name", "issued_at", "is_revoked"]
            export_headings = {"number": _("Number"), "issued_at": _("Issued at")}
            export_filename = "so-cap-chung-chi"
            export_sheet_title = _("Certificates")

    or, in a viewset, set `index_view_class` to such a view (`list_export` and
    `export_filename` can also be viewset attributes). `?export=xlsx` / `?export=csv` on the
    index URL download the filtered list; the header offers XLSX first. Datetimes come out in
    Vietnam time, booleans as "Có"/"Không", None empty, every text cell formula-safe.
    `custom_field_preprocess` still works: its function runs first and its result is then
    formatted like any other value.
    """

    export_sheet_title = None

    def _field_value(self, field, value, export_format):
        function = self.custom_field_preprocess.get(field, {}).get(export_format)
        return function(value) if function else value

    def preprocess_field_value(self, field, value, export_format):
        value = self._field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return cell_text(value)
        return cell_value(value)[0]

    def get_heading(self, queryset, field):
        return spreadsheet_safe(super().get_heading(queryset, field))

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for field, value in row_dict.items():
            yield _xlsx_cell(worksheet, self._field_value(field, value, self.FORMAT_XLSX))

    def write_xlsx(self, queryset, output):
        # openpyxl is heavy: loaded only when a workbook is written.
        from openpyxl import Workbook
        from openpyxl.styles import Font

        workbook = Workbook(write_only=True)
        title = self.export_sheet_title or self.get_filename()
        worksheet = workbook.create_sheet(title=_sheet_title(title))
        worksheet.freeze_panes = "A2"
        headings = []
        for field in self.list_export:
            cell = _xlsx_cell(worksheet, self.get_heading(queryset, field))
            cell.font = Font(bold=True)
            headings.append(cell)
        worksheet.append(headings)
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item)))
        workbook.save(output)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response.streaming_content = chain([BOM.encode("utf-8")], response.streaming_content)
        response["Content-Type"] = FORMATS[CSV]
        return response
