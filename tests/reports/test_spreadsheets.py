"""lms.spreadsheets: CSV with a BOM and values as the screen shows them, XLSX with real values
and Vietnamese number formats, formulas neutralised, in both the plain response and Wagtail's
export mixin."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import override
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from lms import spreadsheets

# 07:05:30.123456 UTC is 14:05 in Vietnam (UTC+7).
MOMENT = datetime.datetime(2025, 3, 4, 7, 5, 30, 123456, tzinfo=datetime.UTC)
COLUMNS = ["Họ và tên", "Giờ học", "Tỷ lệ (%)", "Hoàn thành lúc", "Hạn", "Đạt", "Ghi chú"]
ROWS = [
    ["Nguyễn Văn Ánh", 6.0, 5.94, MOMENT, datetime.date(2025, 12, 31), True, None],
    ["=HYPERLINK(1)", 120.5, 100, None, None, False, "+1"],
]


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_xlsx(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content)).active


@pytest.mark.parametrize(
    ("value", "text"),
    [(5.9, "5,9"), (120.5, "120,5"), (6.0, "6"), (6, "6"), (0.05, "0,1"), (Decimal("2.50"), "2,5")],
)
def test_numbers_are_written_as_the_screen_shows_them(value, text):
    assert spreadsheets.number_text(value) == text


def test_csv_has_a_bom_vietnam_time_decimal_comma_and_safe_text():
    with override("vi"):
        response = spreadsheets.spreadsheet_response(
            COLUMNS, ROWS, filename="bao-cao", fmt="csv", sheet="Tổng hợp"
        )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao.csv"'
    heading, first, second = read_csv(response.content)
    assert heading == COLUMNS
    assert first == ["Nguyễn Văn Ánh", "6", "5,9", "04/03/2025 14:05", "31/12/2025", "Có", ""]
    assert second == ["'=HYPERLINK(1)", "120,5", "100", "", "", "Không", "'+1"]


def test_csv_preamble_comes_before_an_empty_line_and_the_headings():
    content = spreadsheets.csv_bytes(["A"], [[1]], preamble=[("Lập lúc", MOMENT)])
    assert read_csv(content) == [["Lập lúc", "04/03/2025 14:05"], [], ["A"], ["1"]]


def test_xlsx_keeps_real_values_with_vietnamese_number_formats():
    response = spreadsheets.spreadsheet_response(
        COLUMNS, ROWS, filename="bao-cao", fmt="xlsx", sheet="Tổng hợp: 2025/2026"
    )
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao.xlsx"'
    sheet = read_xlsx(response.content)
    assert sheet.title == "Tổng hợp  2025 2026"
    assert [cell.value for cell in sheet[1]] == COLUMNS
    name, hours, share, moment, due, passed, note = sheet[2]
    assert name.value == "Nguyễn Văn Ánh"
    assert (hours.value, hours.number_format) == (6, "#,##0")
    assert (share.value, share.number_format) == (5.9, "#,##0.0")
    assert moment.value == datetime.datetime(2025, 3, 4, 14, 5, 30)
    assert moment.number_format == "dd/mm/yyyy hh:mm"
    assert due.value == datetime.datetime(2025, 12, 31)
    assert due.number_format == "dd/mm/yyyy"
    assert passed.value == "Có"
    assert note.value is None
    assert sheet["A3"].value == "'=HYPERLINK(1)"
    assert sheet["A3"].data_type == "s"


def test_an_unknown_format_is_refused():
    with pytest.raises(KeyError):
        spreadsheets.spreadsheet_response(["A"], [], filename="x", fmt="pdf", sheet="x")


class Item:
    def __init__(self, name, when, active):
        self.name, self.when, self.active = name, when, active


class ExportView(spreadsheets.VietnameseSpreadsheetExportMixin, SpreadsheetExportMixin):
    list_export = ["name", "when", "active"]
    export_headings = {"name": "Họ và tên", "when": "Lúc", "active": "Đang làm việc"}
    export_filename = "danh-sach"
    export_sheet_title = "Danh sách"

    def __init__(self):
        self.request = RequestFactory().get("/")

    def get_heading(self, queryset, field):
        return spreadsheets.spreadsheet_safe(self.export_headings[field])


ITEMS = [Item("-Trần Bình", MOMENT, True), Item("Lê Chi", None, False)]


def test_wagtail_export_csv_has_a_bom_and_vietnamese_values():
    with override("vi"):
        response = ExportView().write_csv_response(ITEMS)
        content = b"".join(response.streaming_content)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert read_csv(content) == [
        ["Họ và tên", "Lúc", "Đang làm việc"],
        ["'-Trần Bình", "04/03/2025 14:05", "Có"],
        ["Lê Chi", "", "Không"],
    ]


def test_wagtail_export_xlsx_is_in_vietnam_time():
    output = io.BytesIO()
    with override("vi"):
        ExportView().write_xlsx(ITEMS, output)
    sheet = read_xlsx(output.getvalue())
    assert sheet.title == "Danh sách"
    assert [cell.value for cell in sheet[1]] == ["Họ và tên", "Lúc", "Đang làm việc"]
    assert sheet["A2"].value == "'-Trần Bình"
    assert sheet["B2"].value == timezone.make_naive(MOMENT).replace(microsecond=0)
    assert sheet["B2"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["C3"].value == "Không"
