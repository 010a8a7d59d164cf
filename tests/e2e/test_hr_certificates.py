"""The department officer's certificate register, clicking only from the admin home: revoke one
certificate with a reason, reissue another with a corrected name, then download a ZIP of what
the filter shows. On a desktop and a phone."""

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.certificates.conftest import complete
from tests.certificates.test_lifecycle import pdf_text
from tests.conftest import PASSWORD
from tests.courses.conftest import catalog, course, home  # noqa: F401
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_certificates(course, unit):  # noqa: F811
    from certificates import services
    from certificates.demo import seed_certificates
    from courses import services as learning

    seed_certificates()
    issued = []
    for given_name in ("Lan", "Nhun"):
        person = PersonFactory(agency=unit, family_name="Nguyễn", given_name=given_name)
        enrolment = complete(learning.enrol(user=person, course=course), course)
        issued.append(services.issue_course_certificate(enrolment=enrolment))
    return issued


def open_register(page, viewport):
    if viewport == "phone":  # Wagtail's sidebar is collapsed at 390 px
        page.get_by_role("button", name=re.compile("Mở thanh bên|Toggle sidebar")).click()
    page.locator(".sidebar").get_by_role("link", name="Giấy chứng nhận", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Giấy chứng nhận")


def settle(page):
    """Let the messages finish fading in before axe measures their contrast."""
    page.wait_for_function(
        """() => [...document.querySelectorAll(".messages li")].every((message) => {
            for (let node = message; node; node = node.parentElement) {
                if (getComputedStyle(node).opacity !== "1") return false;
            }
            return true;
        })"""
    )


def open_row_action(page, certificate, action):
    row = page.locator("table.listing tbody tr", has_text=certificate.serial)
    row.get_by_role(
        "button", name=re.compile("(Thao tác|Tùy chọn) khác cho|More options for")
    ).click()
    page.get_by_role("link", name=action, exact=True).click()


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_officer_revokes_and_reissues_from_the_register(
    request, viewport, department_officer, two_certificates
):
    from certificates.models import Certificate

    page = request.getfixturevalue(viewport)
    revoked, renamed = two_certificates
    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/")

    open_register(page, viewport)
    expect(page.locator("table.listing tbody tr")).to_have_count(2)
    settle(page)
    assert_accessible(page)

    open_row_action(page, revoked, "Thu hồi")
    page.get_by_label("Lý do").fill("Cấp nhầm đối tượng")
    page.get_by_role("button", name="Thu hồi").click()
    expect(page.locator(".messages")).to_contain_text(
        f"Đã thu hồi giấy chứng nhận {revoked.serial}"
    )
    facts = page.locator("main dl")
    expect(facts).to_contain_text("Đã thu hồi")
    expect(facts).to_contain_text("Cấp nhầm đối tượng")
    # HR can still download it, drawn marked as revoked.
    actions = page.get_by_role("navigation", name="Thao tác với giấy chứng nhận này")
    with page.expect_download() as download:
        actions.get_by_role("link", name="Tải tệp PDF").click()
    assert "ĐÃ THU HỒI" in pdf_text(Path(download.value.path()).read_bytes())
    settle(page)
    assert_accessible(page)

    open_register(page, viewport)
    open_row_action(page, renamed, "Cấp lại (đổi tên)")
    page.locator("#id_given_name").fill("Nhung")
    page.get_by_role("button", name="Cấp lại").click()
    new = Certificate.objects.get(supersedes=renamed)
    expect(page.locator(".messages")).to_contain_text(new.serial)
    expect(facts).to_contain_text("Đã được thay thế")
    facts.get_by_role("link", name=new.serial).click()
    expect(page.locator("main dl")).to_contain_text("Nguyễn Văn Nhung")
    expect(page.locator("main dl")).to_contain_text("Còn hiệu lực")
    actions = page.get_by_role("navigation", name="Thao tác với giấy chứng nhận này")
    expect(actions.get_by_role("link", name="Thu hồi")).to_be_visible()
    expect(actions.get_by_role("link", name="Cấp lại (đổi tên)")).to_be_visible()
    settle(page)
    assert_accessible(page)

    # A ZIP of what the filter shows holds the valid certificates only, and the form says so.
    open_register(page, viewport)
    bulk = page.get_by_role("group", name="Tải hàng loạt")
    choice = bulk.get_by_label("1 giấy chứng nhận còn hiệu lực theo bộ lọc hiện tại")
    choice.check()
    bulk.get_by_role("button", name="Tệp ZIP gồm các tệp PDF").click()
    expect(page.locator("[data-job-status]")).to_have_text("Hoàn tất")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải về", exact=True).click()
    with zipfile.ZipFile(download.value.path()) as bundle:
        assert [Path(name).stem for name in bundle.namelist()] == [new.serial]
    open_register(page, viewport)
    page.get_by_role("group", name="Tải hàng loạt").get_by_role(
        "link", name="Tác vụ hàng loạt"
    ).click()
    expect(page.locator("table.listing tbody tr")).to_have_count(1)
    settle(page)
    assert_accessible(page)
