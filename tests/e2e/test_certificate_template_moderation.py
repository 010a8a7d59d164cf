"""Certificate templates under moderation, clicking only from the admin home: the editor changes
the live default template's signer title and submits it; certificates issued meanwhile keep the
old wording; the moderator approves; later certificates read the new one, still on two lines.
And the template listing on a desktop and a phone, with its archive action."""

import importlib
import re

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.certificates.conftest import complete
from tests.conftest import PASSWORD, with_totp
from tests.courses.conftest import catalog, course, home  # noqa: F401
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)

OLD_TITLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
NEW_TITLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC THƯỜNG TRỰC"
TEMPLATES = "Mẫu giấy chứng nhận"
# New strings of issue 16, in English until the Vietnamese catalogue has them merged.
ARCHIVE = re.compile(r"^Lưu trữ$")
ARCHIVED = re.compile("Đã lưu trữ")
RESTORE = re.compile(r"^Khôi phục$")


@pytest.fixture
def live_template(site_root):
    """The demo's default template, live with a first revision, under the moderation workflow
    (the database flush of browser tests removed what migration 0007 set up)."""
    from certificates.demo import seed_certificates
    from certificates.models import CertificateTemplate

    importlib.import_module(
        "certificates.migrations.0007_template_moderation"
    ).set_up_template_moderation(django_apps)
    seed_certificates()
    template = CertificateTemplate.objects.get(is_default=True)
    assert template.signer_title == OLD_TITLE and template.live_revision_id
    return template


def person_in(group: str, code: str):
    person = with_totp(PersonFactory(staff_code=code))
    person.groups.add(Group.objects.get(name=group))
    return person


def issue_certificate(course, given_name):  # noqa: F811
    from certificates import services
    from courses import services as learning

    person = PersonFactory(family_name="Nguyễn", given_name=given_name)
    enrolment = complete(learning.enrol(user=person, course=course), course)
    return services.issue_course_certificate(enrolment=enrolment)


def open_templates(page, *, phone=False):
    page.goto("/admin/")
    if phone:  # Wagtail's sidebar is collapsed at 390 px
        page.get_by_role("button", name=re.compile("Mở thanh bên|Toggle sidebar")).click()
    page.locator(".sidebar").get_by_role("link", name=TEMPLATES, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TEMPLATES)


def open_action_menu(page):
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def test_a_template_change_waits_for_the_moderator(browser, live_server, live_template, course):  # noqa: F811
    from certificates.models import CertificateTemplate

    def new_page():
        context = browser.new_context(
            base_url=live_server.url, locale="vi-VN", viewport={"width": 1280, "height": 1000}
        )
        context.set_default_timeout(15_000)
        return context.new_page()

    editor = person_in("Biên tập viên", "BT0001")
    moderator = person_in("Kiểm duyệt viên", "KD0001")

    # The editor opens the live default template and changes the signer's second line.
    desk = new_page()
    sign_in(desk, editor, PASSWORD)
    open_templates(desk)
    desk.get_by_role("link", name=live_template.name).click()
    title_box = desk.get_by_label("Chức danh người ký")
    expect(title_box).to_have_value(OLD_TITLE)
    title_box.fill(NEW_TITLE)
    open_action_menu(desk)
    expect(desk.locator("button[name=action-publish]")).to_have_count(0)  # editors don't publish
    desk.locator("button[name=action-submit]").click()
    expect(desk.locator(".messages .success")).to_be_visible()

    live_template.refresh_from_db()
    assert live_template.workflow_in_progress
    assert live_template.signer_title == OLD_TITLE  # the live version waits for approval
    assert live_template.get_latest_revision_as_object().signer_title == NEW_TITLE
    meanwhile = issue_certificate(course, "Lan")
    assert meanwhile.signer_title == OLD_TITLE

    # The moderator approves from the edit screen; approving publishes.
    review = new_page()
    sign_in(review, moderator, PASSWORD)
    open_templates(review)
    row = review.locator("table.listing tbody tr", has_text=live_template.name)
    expect(row).to_contain_text(re.compile("kiểm duyệt|moderation", re.I))
    row.get_by_role("link", name=live_template.name).click()
    expect(review.get_by_label("Chức danh người ký")).to_have_value(NEW_TITLE)
    open_action_menu(review)
    review.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(review.locator(".messages .success")).to_be_visible()

    template = CertificateTemplate.objects.get(pk=live_template.pk)
    assert not template.workflow_in_progress
    assert template.signer_title == NEW_TITLE  # stored with a plain line break
    after = issue_certificate(course, "Hoa")
    assert after.signer_title == NEW_TITLE
    assert after.signer_title.splitlines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC"]
    meanwhile.refresh_from_db()
    assert meanwhile.signer_title == OLD_TITLE  # an issued certificate never changes


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_the_template_listing_archives_a_template_on_desktop_and_phone(
    request, viewport, live_template
):
    from certificates.models import CertificateTemplate

    old = CertificateTemplate.objects.create(
        name="Mẫu năm 2024 — Trung tâm Chuyển đổi số",
        issuer="Trung tâm Chuyển đổi số tỉnh Đồng Nai",
        signer_name="Lê Thu Hà",
        serial_prefix="CDS",
    )
    page = request.getfixturevalue(viewport)
    sign_in(page, person_in("Biên tập viên", "BT0002"), PASSWORD)
    open_templates(page, phone=viewport == "phone")
    expect(page.locator("table.listing tbody tr")).to_have_count(2)
    assert_accessible(page)

    row = page.locator("table.listing tbody tr", has_text=old.name)
    row.get_by_role(
        "button", name=re.compile("(Thao tác|Tùy chọn) khác cho|More options for")
    ).click()
    page.get_by_role("link", name=ARCHIVE).click()
    page.get_by_role("button", name=ARCHIVE).click()
    expect(page.locator(".messages")).to_contain_text(old.name)
    row = page.locator("table.listing tbody tr", has_text=old.name)
    expect(row).to_contain_text(ARCHIVED)
    old.refresh_from_db()
    assert old.archived

    # Archived, it offers Restore in its row menu.
    row.get_by_role(
        "button", name=re.compile("(Thao tác|Tùy chọn) khác cho|More options for")
    ).click()
    page.get_by_role("link", name=RESTORE).click()
    page.get_by_role("button", name=RESTORE).click()
    expect(page.locator(".messages")).to_contain_text(old.name)
    old.refresh_from_db()
    assert not old.archived
