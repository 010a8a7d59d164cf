"""Editorial journey: an editor writes a course, a moderator approves it, learners find it."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from courses.models import CatalogPage, CoursePage, HomePage, LessonPage, QuizPage
from tests.conftest import PASSWORD, with_totp
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Kỹ năng bảng tính cho kế toán"


def open_action_menu(page):
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def submit_new_page(page, model: str, parent_id: int, title: str, fill=None):
    page.goto(f"/admin/pages/add/courses/{model}/{parent_id}/")
    page.fill("#id_title", title)
    page.locator("#id_title").blur()  # Wagtail fills the slug from the title on blur
    expect(page.locator("#id_slug")).not_to_have_value("")  # once its scripts have started
    if fill:
        fill(page)
    open_action_menu(page)
    page.locator("button[name=action-submit]").click()
    expect(page.locator(".messages .success")).to_contain_text(title)


def approve(page, page_id: int):
    page.goto(f"/admin/pages/{page_id}/edit/")
    open_action_menu(page)
    page.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(page.locator(".messages .success")).to_be_visible()


def fill_course(page):
    page.fill("#id_code", "iu08")
    page.fill("#id_summary", "Hàm, bảng tổng hợp và biểu đồ cho công việc kế toán ở cơ quan.")


def tick(page, selector, attempts=3):
    """Check a box in a block Wagtail has just inserted: its scripts may still be wiring the
    block up and swallow the first click, so click again until the box stays checked."""
    box = page.locator(selector)
    for attempt in range(attempts):
        try:
            box.check(timeout=3000)
            break
        except PlaywrightError:
            if attempt == attempts - 1:
                raise
            page.wait_for_timeout(300)
    expect(box).to_be_checked()


def fill_quiz(page):
    page.locator("[data-contentpath='questions'] .c-sf-add-button").first.click()
    page.fill("#questions-0-value-text", "Hàm nào tính tổng một cột số?")
    page.fill("#questions-0-value-answers-0-value-text", "SUM")
    tick(page, "#questions-0-value-answers-0-value-correct")
    page.locator("[data-contentpath='answers'] .c-sf-add-button").last.click()
    page.fill("#questions-0-value-answers-1-value-text", "COUNT")


def test_editor_course_is_hidden_until_a_moderator_approves_it(browser, live_server, site_root):
    catalog = site_root.add_child(instance=CatalogPage(title="Khóa học", slug="khoa-hoc"))
    catalog.save_revision().publish()
    editor = with_totp(PersonFactory(staff_code="BT0001", given_name="Biên"))
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    moderator = with_totp(PersonFactory(staff_code="KD0001", given_name="Duyệt"))
    moderator.groups.add(Group.objects.get(name="Kiểm duyệt viên"))

    def new_page():
        context = browser.new_context(
            base_url=live_server.url, locale="vi-VN", viewport={"width": 1280, "height": 1000}
        )
        context.set_default_timeout(15_000)
        return context.new_page()

    # The editor writes a course with two lessons and a quiz, and submits each for moderation.
    desk = new_page()
    sign_in(desk, editor, PASSWORD)
    submit_new_page(desk, "coursepage", catalog.pk, TITLE, fill_course)
    course = CoursePage.objects.get(title=TITLE)
    submit_new_page(desk, "lessonpage", course.pk, "Hàm SUM và AVERAGE")
    submit_new_page(desk, "lessonpage", course.pk, "Bảng tổng hợp số liệu")
    submit_new_page(desk, "quizpage", course.pk, "Bài kiểm tra", fill_quiz)
    quiz = QuizPage.objects.get(title="Bài kiểm tra")
    assert (
        quiz.get_latest_revision_as_object().questions[0].value["text"]
        == "Hàm nào tính tổng một cột số?"
    )

    # Not on the site yet.
    visitor = new_page()
    visitor.goto("/khoa-hoc/?q=ke+toan")
    expect(visitor.get_by_role("link", name=TITLE)).to_have_count(0)
    response = visitor.goto(f"/khoa-hoc/{course.slug}/")
    assert response.status == 404

    # The moderator approves every page; approving publishes.
    review = new_page()
    sign_in(review, moderator, PASSWORD)
    review.goto("/admin/")
    expect(review.get_by_text(TITLE)).to_be_visible()
    # Before approving, the moderator looks at the course as learners will see it.
    row = review.locator("tr", has_text=TITLE)
    row.locator("[data-w-dropdown-target='toggle']").click()
    with review.expect_popup() as preview:
        row.get_by_role("link", name="Xem trước").click()
    expect(preview.value.get_by_role("heading", name=TITLE)).to_be_visible()
    preview.value.close()
    for page_id in [
        course.pk,
        *LessonPage.objects.child_of(course).values_list("pk", flat=True),
        quiz.pk,
    ]:
        approve(review, page_id)

    # Learners now find it in the catalogue with an unaccented search.
    visitor.goto("/khoa-hoc/?q=ky+nang+bang+tinh")
    visitor.get_by_role("link", name=TITLE).click()
    expect(visitor.get_by_role("heading", name=TITLE)).to_be_visible()
    steps = visitor.locator(".step-list li")
    expect(steps).to_have_count(3)
    expect(steps.nth(2)).to_contain_text("Bài kiểm tra")
    assert HomePage.objects.count() == 1
