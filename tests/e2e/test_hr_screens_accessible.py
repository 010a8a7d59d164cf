"""The HR screens no other journey checks, reached from the menu as the department officer
would: axe-core finds no WCAG 2.1 AA violation on the activity history, HR roles, assignments
and staff import."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from workforce import services

pytestmark = pytest.mark.django_db(transaction=True)

SCREENS = ["Lịch sử thao tác", "Vai trò tổ chức cán bộ", "Giao khóa học", "Nhập danh sách cán bộ"]


def test_the_other_hr_screens_are_accessible(page, department_officer, unit):
    services.rename_agency(agency=unit, name="Phòng Pháp chế", actor=department_officer)
    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/")
    for label in SCREENS:
        page.locator(".sidebar").get_by_role("link", name=label, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text(label)
        if label == "Lịch sử thao tác":
            expect(page.get_by_text("Phòng Pháp chế").first).to_be_visible()
        assert_accessible(page)
