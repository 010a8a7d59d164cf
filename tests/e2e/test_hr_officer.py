"""HR officer journeys in the browser."""

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


def test_department_officer_imports_a_roster_after_fixing_its_errors(
    page, tmp_path, department_officer, department, unit
):
    from workforce.models import User

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
