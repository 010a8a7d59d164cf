"""Learner journeys in the browser."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_learner_signs_in_with_staff_code_switches_to_english_and_signs_out(phone, unit):
    PersonFactory(
        staff_code="HV0001",
        email=None,
        family_name="Trần",
        middle_name="Thị",
        given_name="Lan",
        agency=unit,
    )
    page = phone

    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.get_by_role("link", name="Đăng nhập").first.click()

    page.get_by_label(re.compile("Mã cán bộ", re.I)).fill("hv0001")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()

    expect(page.get_by_role("heading", name=re.compile("Chào mừng, Lan"))).to_be_visible()
    expect(page.get_by_text(unit.name)).to_be_visible()

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name=re.compile("Welcome, Lan"))).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()
    page.goto("/")
    expect(page.get_by_text("Welcome, Lan")).to_have_count(0)


def test_learner_completes_iu01_after_failing_the_quiz_once(page, site_root, unit, live_server):
    from certificates.demo import seed_certificates
    from courses.demo import seed_courses
    from courses.models import CoursePage, LessonPage, QuizAttempt, QuizPage

    seed_courses()
    seed_certificates()
    learner = PersonFactory(
        staff_code="HV0002", email=None, family_name="Lê", given_name="Minh", agency=unit
    )
    course = CoursePage.objects.get(code="IU01")
    lessons = list(LessonPage.objects.live().child_of(course))

    sign_in(page, learner, PASSWORD)
    page.goto(course.url)
    page.get_by_role("button", name="Ghi danh").click()
    expect(page.get_by_role("heading", name=lessons[0].title)).to_be_visible()

    for lesson in lessons:
        expect(page.get_by_role("heading", name=lesson.title)).to_be_visible()
        page.get_by_role("button", name=re.compile("Đánh dấu đã học")).click()

    quiz = QuizPage.objects.live().child_of(course).get()
    expect(page.get_by_role("heading", name=quiz.title)).to_be_visible()

    def take_quiz(correct: bool):
        page.get_by_role("button", name=re.compile("Bắt đầu|Làm lại")).click()
        attempt = QuizAttempt.objects.filter(quiz=quiz).latest("pk")
        for question in attempt.questions:
            keys = [a["key"] for a in question["answers"] if a["correct"] is correct]
            for key in keys if correct else keys[:1]:
                page.check(f'input[name="q-{question["id"]}"][value="{key}"]')
        page.get_by_role("button", name="Nộp bài").click()

    take_quiz(correct=False)
    expect(page.get_by_text("Chưa đạt").first).to_be_visible()
    page.get_by_role("link", name=re.compile("Làm lại")).click()
    take_quiz(correct=True)
    expect(page.get_by_text("100%").first).to_be_visible()
    expect(page.get_by_text("Đạt", exact=True).first).to_be_visible()

    page.goto("/")
    completed = page.locator(".learning-item--done", has_text=course.title)
    expect(completed).to_be_visible()
    expect(completed.locator("progress")).to_have_attribute("value", "100")
    page.get_by_role("link", name=re.compile("bảng kết quả học tập|Xem kết quả", re.I)).click()
    expect(page.locator("table.transcript")).to_contain_text(course.title)

    # The certificate was issued on completion: download it, then open its public page.
    page.goto("/")
    page.get_by_role("link", name="Giấy chứng nhận của tôi").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tệp PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert Path(download.value.path()).read_bytes()[:5] == b"%PDF-"
    verify_url = page.locator("input.copy-link").input_value()
    # The link names the site's own address (BASE_URL), not the host the browser used.
    assert verify_url.startswith(settings.WAGTAILADMIN_BASE_URL + "/verify/")
    visitor = page.context.browser.new_page()
    visitor.goto(live_server.url + urlsplit(verify_url).path)
    expect(visitor.get_by_text("Còn hiệu lực")).to_be_visible()
    expect(visitor.get_by_text("Lê Văn Minh")).to_be_visible()
    visitor.close()
