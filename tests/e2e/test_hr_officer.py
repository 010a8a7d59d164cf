"""HR officer journeys in the browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory
from workforce.accounts import mark_email_verified

pytestmark = pytest.mark.django_db(transaction=True)


def test_department_officer_sees_only_the_department_people(
    page, department_officer, unit, sibling_department
):
    mark_email_verified(department_officer)
    insiders = [
        PersonFactory(agency=unit, family_name="Lê", given_name=name)
        for name in ["Cúc", "Đào", "Ánh"]
    ]
    outsiders = [
        PersonFactory(agency=sibling_department, family_name="Trần", given_name=name)
        for name in ["Bảo", "Vy"]
    ]

    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/users/")
    table = page.locator("table")
    for person in insiders:
        expect(table.get_by_text(person.full_name)).to_be_visible()
    for person in outsiders:
        expect(table.get_by_text(person.full_name)).to_have_count(0)
    names = table.locator("tbody tr td:first-child").all_inner_texts()
    given = [n.strip().split()[-1] for n in names if n.strip()]
    assert given.index("Ánh") < given.index("Cúc") < given.index("Đào")

    page.goto(f"/admin/users/?agency={sibling_department.pk}")
    for person in outsiders:
        expect(page.get_by_text(person.full_name)).to_have_count(0)

    # Signing out from the admin's own menu (a POST: a mere link could not sign anyone out).
    page.locator(".sidebar-footer__account").click()
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url(lambda url: "/admin/" not in url)
    page.goto("/admin/users/")
    expect(page).to_have_url(re.compile("/accounts/login/"))


def test_department_officer_imports_a_roster_assigns_the_programme_and_exports_the_dashboard(
    page, tmp_path, department_officer, department, unit
):
    """The HR acceptance journey: a roster with three bad rows, then the corrected one; the
    IU01–IU06 programme assigned to the department; the dashboard; its XLSX export."""
    import datetime
    import io

    import openpyxl

    from courses.demo import seed_courses
    from courses.models import Enrolment, ProgrammePage
    from workforce.models import User

    seed_courses()  # the demo catalogue: IU01–IU06 and their programme
    programme = ProgrammePage.objects.get(code="CNTT-CB")

    mark_email_verified(department_officer)
    header = "Mã cán bộ;Họ;Tên đệm;Tên;Ngày sinh;Giới tính;Email;Mã cơ quan;Chức vụ;Đối tượng"
    rows = [
        "NV-01;Nguyễn;Thị Hồng;Nhung;28/07/1991;Nữ;nhung@example.vn;SNV-VP;Chuyên viên;Công chức",
        "NV-02;Trần;Văn;Bảo;31/02/1988;Nam;;SNV;;Công chức",  # no 31 February
        "NV-03;Lê;;Ánh;;Nữ;anh@;SNV;;Viên chức",  # not an e-mail
        "NV-04;Phạm;Minh;Đức;;Nam;;KHONGCO;;Cán bộ",  # no such agency
    ]
    bad = tmp_path / "danh-sach.csv"
    bad.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8-sig")

    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/roster/")
    page.set_input_files("input[name=file]", str(bad))
    page.locator("#w-editor-form footer button[type=submit]").click()
    errors = page.locator("ol.roster-errors li")
    expect(errors).to_have_count(3)
    expect(errors.nth(0)).to_contain_text("Dòng 3, cột “Ngày sinh”")
    expect(errors.nth(1)).to_contain_text("Dòng 4, cột “Email”")
    expect(errors.nth(2)).to_contain_text("Dòng 5, cột “Mã cơ quan”")
    assert not User.objects.filter(staff_code__startswith="NV-").exists()

    fixed = [
        rows[0],
        rows[1].replace("31/02/1988", "28/02/1988"),
        rows[2].replace("anh@", "anh@example.vn"),
        rows[3].replace("KHONGCO", "SNV-VP"),
    ]
    good = tmp_path / "danh-sach-da-sua.csv"
    good.write_text("\n".join([header, *fixed]) + "\n", encoding="utf-8-sig")
    page.goto("/admin/roster/")
    page.set_input_files("input[name=file]", str(good))
    page.locator("#w-editor-form footer button[type=submit]").click()
    page.get_by_role("button", name="Nhập danh sách này").click()
    expect(page.get_by_text("Đã nhập.")).to_be_visible()
    page.get_by_role("link", name="Xem danh sách nhân sự").click()
    table = page.locator("table")
    for name in ("Nguyễn Thị Hồng Nhung", "Trần Văn Bảo", "Lê Ánh", "Phạm Minh Đức"):
        expect(table.get_by_text(name)).to_be_visible()

    # Assign the programme to the department, due in a month.
    due = datetime.date.today() + datetime.timedelta(days=30)
    page.goto("/admin/assignments/add/")
    page.get_by_label("Khóa học hoặc chương trình").select_option(label=programme.title)
    page.get_by_label("Cơ quan, đơn vị").select_option(label=department.name)
    page.get_by_label("Hạn hoàn thành").fill(due.isoformat())
    page.locator("#w-editor-form footer button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("Đã giao")
    expect(page.locator("table.listing")).to_contain_text(programme.title)
    # Four new people, six courses each.
    assert Enrolment.objects.filter(user__staff_code__startswith="NV-").count() == 24

    # The dashboard: the unit's two new people; the department's own three (the officer too).
    page.get_by_role("button", name="Báo cáo đào tạo").click()
    page.locator(".sidebar").get_by_role("link", name="Bảng tổng hợp đào tạo").click()
    page.get_by_label("Khóa học hoặc chương trình").select_option(label=programme.title)
    page.get_by_role("button", name="Xem", exact=True).click()
    table = page.locator("table.report-table")
    expect(table.locator("tfoot")).to_contain_text("Sở Nội vụ")
    unit_row = table.locator("tbody tr", has_text=unit.name)
    expect(unit_row.locator("td").nth(0)).to_have_text("2")  # Nhung, Đức
    expect(unit_row.locator("td").nth(1)).to_have_text("12")  # six courses each
    expect(table.locator("tfoot td").nth(1)).to_have_text("30")  # five people
    expect(page.locator("#chart-agencies")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất bảng (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    # What the table covers and when it was made, an empty line, then the headings.
    assert rows[0] == ("Cơ quan, đơn vị", "Sở Nội vụ") + (None,) * (len(rows[0]) - 2)
    assert rows[5][:3] == ("Cơ quan, đơn vị", "Số người", "Được giao")
    assert any(row[0] == unit.name and row[2] == 12 for row in rows)
