"""The department officer looks after their agency tree, clicking from the admin home only:
Agencies → their department → a unit's "⋯" → Rename; another unit merged into it; the history."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import AgencyFactory
from workforce.accounts import mark_email_verified
from workforce.models import Agency

pytestmark = pytest.mark.django_db(transaction=True)


def row_menu(page, name: str):
    """Open the "⋯" menu of the listing row that names `name`."""
    row = page.locator("table.listing tbody tr", has_text=name)
    row.get_by_role("button", name=re.compile("Thao tác khác|More options")).click()
    return page


def submit(page):
    page.locator("#w-editor-form footer button[type=submit]").click()


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_officer_renames_a_unit_merges_another_into_it_and_reads_the_history(
    request, viewport, department_officer, department, unit
):
    page = request.getfixturevalue(viewport)
    AgencyFactory(code="SNV-TC", name="Phòng Tổ chức", parent=department)
    mark_email_verified(department_officer)

    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/")
    if viewport == "phone":  # the sidebar starts collapsed on a phone
        page.get_by_role("button", name=re.compile("Mở thanh bên|Toggle sidebar")).click()
    page.locator(".sidebar-menu-item__link", has_text="Cơ quan, đơn vị").click()
    page.get_by_role("link", name=department.name, exact=True).click()
    expect(page.locator("table.listing tbody")).to_contain_text("Phòng Tổ chức")
    assert_accessible(page)

    row_menu(page, unit.name).get_by_role("link", name="Đổi tên", exact=True).click()
    page.get_by_label("Tên mới").fill("Văn phòng Sở")
    page.get_by_label("Quyết định hoặc ghi chú").fill("Quyết định 15/QĐ-SNV")
    submit(page)
    expect(page.locator(".messages")).to_contain_text("Văn phòng Sở")
    expect(page.locator("table.listing tbody")).to_contain_text("Văn phòng Sở")

    row_menu(page, "Phòng Tổ chức").get_by_role("link", name="Sáp nhập vào cơ quan").click()
    page.get_by_label("Sáp nhập vào").select_option(label="Sở Nội vụ › Văn phòng Sở")
    page.get_by_label(re.compile("Tôi hiểu rằng")).check()
    submit(page)
    expect(page.locator(".messages")).to_contain_text("Phòng Tổ chức")
    assert Agency.objects.get(code="SNV-TC").successor_id == unit.pk

    row_menu(page, "Văn phòng Sở").get_by_role("link", name="Lịch sử", exact=True).click()
    history = page.locator("table.listing")
    expect(history).to_contain_text("Tiếp nhận Phòng Tổ chức sáp nhập vào")
    expect(history).to_contain_text("Đổi tên thành “Văn phòng Sở”")
    expect(history).to_contain_text("Quyết định 15/QĐ-SNV")
    expect(history).to_contain_text(department_officer.full_name)
    assert_accessible(page)
