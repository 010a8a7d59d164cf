"""The department officer and a person without e-mail, clicking from the admin home only:
People → search part of a staff code → the person's page → print their activation letter
(the code read back from the PDF) → grant one more quiz attempt; then the person activates
their account from the sign-in page with staff code + code, sets a password and signs in."""

import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from courses import selectors
from courses.models import Enrolment
from tests.conftest import PASSWORD
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory
from workforce.accounts import mark_email_verified

pytestmark = pytest.mark.django_db(transaction=True)

CODE = re.compile(r"[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}")
NEW_PASSWORD = "Hoc-tap-so-2026!"


def stuck_at_a_quiz(site_root, person):
    """A published course whose one-attempt quiz `person` has failed."""
    from courses import quizzes
    from courses import services as learning
    from courses.models import CatalogPage, CoursePage, QuizPage
    from tests.courses.conftest import publish, question

    catalog = publish(site_root.add_child(instance=CatalogPage(title="Khóa học", slug="khoa-hoc")))
    course = publish(
        catalog.add_child(
            instance=CoursePage(
                title="Bảng tính cơ bản", slug="iu04", code="IU04", summary="Ô và công thức."
            )
        )
    )
    quiz = publish(
        course.add_child(
            instance=QuizPage(
                title="Bài kiểm tra cuối khóa",
                slug="kiem-tra",
                max_attempts=1,
                questions=[question()],
            )
        )
    )
    enrolment = learning.enrol(user=person, course=course)
    attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
    quizzes.submit_attempt(attempt=attempt, responses={})
    return quiz


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_officer_prints_a_letter_and_grants_an_attempt_then_the_person_activates(
    request, viewport, site_root, department_officer, unit
):
    page = request.getfixturevalue(viewport)
    person = PersonFactory(
        staff_code="AUDIT001",
        email=None,
        password=None,
        family_name="Trần",
        middle_name="Thị",
        given_name="Mai",
        agency=unit,
    )
    quiz = stuck_at_a_quiz(site_root, person)
    mark_email_verified(department_officer)

    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/")
    if viewport == "phone":  # the sidebar starts collapsed on a phone
        page.get_by_role("button", name=re.compile("Mở thanh bên|Toggle sidebar")).click()
    page.locator(".sidebar-menu-item__link", has_text="Nhân sự").click()
    page.locator('input[name="q"]').fill("AUDIT")
    rows = page.locator("#listing-results table.listing tbody tr")
    expect(rows).to_have_count(1)
    assert_accessible(page)
    rows.get_by_role("link", name=person.full_name).click()

    expect(page.get_by_role("heading", name="Lượt làm bài kiểm tra")).to_be_visible()
    expect(page.locator("#attempts")).to_contain_text("1/1")
    assert_accessible(page)
    page.get_by_role("link", name="In thư kích hoạt").click()
    expect(page.get_by_text("không dùng được nữa")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Cấp mã và tải thư").click()
    assert download.value.suggested_filename == "thu-kich-hoat-AUDIT001.pdf"
    letter = PdfReader(download.value.path()).pages[0].extract_text()
    assert person.full_name in letter
    code = CODE.search(letter).group()

    page.get_by_role("link", name="Quay lại").click()
    page.locator("#attempts").get_by_role("link", name="Cấp thêm một lượt làm bài").click()
    page.get_by_label("Lý do").fill("Mất điện khi đang làm bài")
    page.locator("#w-editor-form footer button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("làm thêm một lượt")
    expect(page.locator("#attempts")).to_contain_text("1/2")
    expect(page.locator("#attempts")).to_contain_text("Mất điện khi đang làm bài")

    # The person, on their own phone or computer: from the sign-in page, with the letter.
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_role("link", name="Kích hoạt tài khoản bằng mã").click()
    assert_accessible(page)
    page.get_by_label("Mã cán bộ").fill("audit001")
    page.get_by_label("Mã kích hoạt").fill(code.lower())
    page.get_by_role("button", name="Tiếp tục").click()
    page.locator("#id_new_password1").fill(NEW_PASSWORD)
    page.locator("#id_new_password2").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Lưu mật khẩu").click()
    expect(page.locator(".messages")).to_contain_text("Tài khoản đã được kích hoạt")

    page.get_by_label(re.compile("Mã cán bộ", re.I)).fill("AUDIT001")
    page.get_by_label("Mật khẩu").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name=re.compile("Chào mừng, Mai"))).to_be_visible()
    enrolment = Enrolment.objects.get(user=person)
    assert selectors.attempts_left(enrolment=enrolment, quiz=quiz) == 1
