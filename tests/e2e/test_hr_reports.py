"""The department officer's training reports, clicking only from the admin home: the dashboard
(a table that scrolls sideways on a phone), its XLSX and CSV downloads read back as Excel would
(BOM, Vietnam time, Vietnamese headings), the people report and the plan targets. On a desktop
and a phone."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.certificates.conftest import complete
from tests.conftest import PASSWORD
from tests.courses.conftest import catalog, course, home  # noqa: F401
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)

DATETIME = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")


@pytest.fixture
def trained_unit(course, unit, department):  # noqa: F811
    """Three people of the unit in the course, one of whom completed it; a 2026 target."""
    from certificates.demo import seed_certificates
    from courses import services as learning
    from courses.models import ProgrammePage
    from reports.models import PlanTarget
    from reports.services import rebuild_counters
    from tests.courses.conftest import publish

    seed_certificates()  # completing a course issues a certificate from the default template
    people = [
        PersonFactory(agency=unit, family_name="Nguyễn", middle_name="Thị", given_name=name)
        for name in ("Hương", "Nguyệt", "Khuyên")
    ]
    enrolments = [learning.enrol(user=person, course=course) for person in people]
    complete(enrolments[0], course)
    programme = course.get_parent().add_child(
        instance=ProgrammePage(title="Chương trình cơ bản", slug="ct", summary="Tóm tắt.")
    )
    publish(programme)
    PlanTarget.objects.create(agency=department, programme=programme, year=2026, share=50)
    rebuild_counters()  # the factory makes people without the services that count heads
    return people


def open_menu(page, viewport, label):
    if viewport == "phone":  # Wagtail's sidebar is collapsed at 390 px
        page.get_by_role("button", name=re.compile("Mở thanh bên|Toggle sidebar")).click()
    sidebar = page.locator(".sidebar")
    sidebar.get_by_role("button", name="Báo cáo đào tạo").click()
    sidebar.get_by_role("link", name=label, exact=True).click()


def settle(page):
    """Wait for the admin's entrance transitions (messages fading in) before axe measures;
    the sidebar's repeating "new items" badge ping is left running."""
    page.wait_for_function(
        "() => document.getAnimations().every("
        "(a) => a.playState !== 'running' || a.effect.getTiming().iterations > 1)"
    )


def vietnam_now() -> datetime.datetime:
    return timezone.localtime().replace(tzinfo=None)


def assert_scrolls_sideways(page, region):
    """Every column is reachable: the table scrolls inside its focusable region, by keyboard."""
    expect(region).to_have_attribute("tabindex", "0")
    wider = region.evaluate("(el) => el.scrollWidth > el.clientWidth")
    if wider:  # on the phone: the keyboard scrolls it
        region.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            "(el) => el.scrollLeft > 0", arg=region.element_handle(), timeout=5_000
        )
    page_overflows = page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"
    )
    assert not page_overflows, "the page itself scrolls sideways: the table is not contained"


def download(page, link_name):
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).click()
    return info.value.suggested_filename, info.value.path().read_bytes()


def preamble_value(rows, label):
    return next(row[1] for row in rows if row and row[0] == label)


def heading_row(rows):
    """The column headings, below what the table covers (whose first label is also the agency)."""
    return next(row for row in rows if len(row) > 1 and row[1] == "Số người")


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_officer_reads_the_dashboard_downloads_it_and_opens_people_and_targets(
    request, viewport, department_officer, unit, trained_unit
):
    page = request.getfixturevalue(viewport)
    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/")

    open_menu(page, viewport, "Bảng tổng hợp đào tạo")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bảng tổng hợp đào tạo")
    table = page.locator("table.report-table")
    unit_row = table.locator("tbody tr", has_text=unit.name)
    expect(unit_row.locator("td").nth(0)).to_have_text("3")
    region = page.get_by_role("region", name="Tỷ lệ hoàn thành theo cơ quan")
    assert_scrolls_sideways(page, region)
    name_style = table.locator("th.report-name").first.evaluate(
        "(el) => getComputedStyle(el).wordBreak + ' ' + getComputedStyle(el).overflowWrap"
    )
    assert name_style == "normal normal"
    expect(page.locator("#chart-agencies")).to_be_visible()
    settle(page)
    assert_accessible(page)

    # XLSX first: real numbers and a real moment in Vietnam time.
    name, content = download(page, "Xuất bảng (XLSX)")
    assert name.endswith(".xlsx")
    rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    made = preamble_value(rows, "Lập lúc")
    assert abs(made - vietnam_now()) < datetime.timedelta(minutes=5)
    header = heading_row(rows)
    assert header[:4] == ("Cơ quan, đơn vị", "Số người", "Được giao", "Đã hoàn thành")
    assert any(row[0] == unit.name and row[1] == 3 for row in rows)

    # CSV: UTF-8 with a BOM, the moment written as dd/mm/yyyy HH:MM in Vietnam time.
    name, content = download(page, "Xuất bảng (CSV)")
    assert name.endswith(".csv")
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    made = preamble_value(rows, "Lập lúc")
    assert DATETIME.match(made), made
    moment = datetime.datetime.strptime(made, "%d/%m/%Y %H:%M")
    assert abs(moment - vietnam_now()) < datetime.timedelta(minutes=5)
    assert heading_row(rows)[:3] == ["Cơ quan, đơn vị", "Số người", "Được giao"]
    unit_line = next(row for row in rows if row and row[0] == unit.name)
    assert unit_line[1] == "3" and unit_line[7] == "33,3"  # 1 of 3 completed, decimal comma

    # The people report, from the unit's row.
    unit_row.locator("a.report-people-link").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Cán bộ và tình hình học tập")
    people = page.get_by_role("region", name="Cán bộ và tình hình học tập")
    expect(people.locator("tbody tr")).to_have_count(3)
    assert_scrolls_sideways(page, people)
    finished = people.locator("tbody tr", has_text="Nguyễn Thị Hương").locator("td").last
    expect(finished).to_have_text(re.compile(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}"))
    settle(page)
    assert_accessible(page)

    # The plan targets, and a row's own buttons.
    open_menu(page, viewport, "Chỉ tiêu kế hoạch")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Chỉ tiêu kế hoạch")
    settle(page)
    assert_accessible(page)
    row = page.locator("table.listing tbody tr", has_text="Chương trình cơ bản")
    row.get_by_role("button", name=re.compile("^Thao tác khác")).click()
    page.get_by_role("link", name="Sửa", exact=True).click()
    page.get_by_label(re.compile("tỷ lệ cán bộ", re.I)).fill("65")
    page.locator("#w-editor-form footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_contain_text("Đã lưu chỉ tiêu")
    expect(page.locator("table.listing tbody tr", has_text="Chương trình cơ bản")).to_contain_text(
        "65"
    )
