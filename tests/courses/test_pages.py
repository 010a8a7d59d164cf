"""Course pages: tree rules, rendering, nothing unpublished or secret leaks, search."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses import services
from courses.blocks import QuestionBlock
from courses.models import (
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
    ProgrammeCourse,
    ProgrammePage,
    QuizPage,
)
from tests.courses.conftest import EXPLANATION, publish, question

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_pages_can_be_created_only_where_they_belong(self):
        self.assertCanCreateAt(HomePage, CatalogPage)
        self.assertCanCreateAt(CatalogPage, CoursePage)
        self.assertCanCreateAt(CatalogPage, ProgrammePage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanCreateAt(CoursePage, QuizPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanNotCreateAt(QuizPage, QuizPage)
        self.assertCanNotCreateAt(Page, LessonPage)
        self.assertCanNotCreateAt(ProgrammePage, CoursePage)
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage, QuizPage})


def test_every_page_type_renders(client, home, catalog, course, learner):
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    programme = catalog.add_child(
        instance=ProgrammePage(title="Chuẩn CNTT cơ bản", slug="chuan", summary="IU01–IU06")
    )
    ProgrammeCourse.objects.create(programme=programme, course=course)
    publish(programme)
    lesson, quiz = course.get_children().specific()
    for page, expected in [
        (home, "Khóa học"),
        (catalog, "Sử dụng bảng tính cơ bản"),
        (course, "Ô và công thức"),
        (lesson, "Nhấn F2 để sửa ô."),
        (quiz, "Bài kiểm tra"),
        (programme, "Sử dụng bảng tính cơ bản"),
    ]:
        response = client.get(page.url)
        assert response.status_code == 200, page
        assert expected in response.content.decode()


def test_draft_pages_are_not_found(client, course):
    draft = course.add_child(instance=LessonPage(title="Bản nháp", slug="ban-nhap", live=False))
    draft.save_revision()
    assert client.get(f"{course.url}ban-nhap/").status_code == 404
    assert "Bản nháp" not in client.get(course.url).content.decode()


def test_live_page_with_unpublished_changes_shows_the_published_version(client, course, learner):
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    lesson = course.get_children().first().specific
    lesson.title = "Tiêu đề chưa duyệt"
    lesson.save_revision()
    content = client.get(lesson.url).content.decode()
    assert "Ô và công thức" in content
    assert "Tiêu đề chưa duyệt" not in content


def test_scheduled_page_is_not_found_until_its_time(client, course, learner):
    scheduled = course.add_child(
        instance=LessonPage(title="Sắp ra mắt", slug="sap-ra-mat", live=False)
    )
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    client.force_login(learner)
    assert client.get(f"{course.url}sap-ra-mat/").status_code == 404
    assert "Sắp ra mắt" not in client.get(course.url).content.decode()


def test_learner_quiz_html_has_no_answer_key(client, course, learner):
    quiz = course.get_children().type(QuizPage).first().specific
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    content = client.get(quiz.url).content.decode()
    assert EXPLANATION not in content
    assert "✓" not in content
    assert "answer--correct" not in content


def test_editor_preview_marks_correct_answers(course):
    quiz = course.get_children().type(QuizPage).first().specific
    response = quiz.make_preview_request()
    assert response.status_code == 200
    content = (
        response.render().content.decode()
        if hasattr(response, "render")
        else response.content.decode()
    )
    assert "answer--correct" in content
    assert EXPLANATION in content


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("bang tinh", True),
        ("BẢNG TÍNH", True),
        ("bảng  tính", True),
        ("iu04", True),
        ("cham cong", True),
        ("an toan", False),
    ],
)
def test_catalogue_search_ignores_accents(client, catalog, course, query, found):
    content = client.get(catalog.url, {"q": query}).content.decode()
    assert (f'href="{course.url}"' in content) is found


def test_catalogue_filters(client, catalog, course):
    from courses.models import Competency

    course.competencies.add(Competency.objects.get(code="IU04"))
    publish(course)
    card = f'href="{course.url}"'
    assert card in client.get(catalog.url, {"competency": "IU04"}).content.decode()
    assert card not in client.get(catalog.url, {"competency": "IU14"}).content.decode()
    assert card in client.get(catalog.url, {"duration": "medium"}).content.decode()
    assert card not in client.get(catalog.url, {"level": "advanced"}).content.decode()
    assert client.get(catalog.url, {"page": "abc", "level": "nonsense"}).status_code == 200


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        ("single", [("A", False), ("B", False)]),
        ("single", [("A", True), ("B", True)]),
        ("multiple", [("A", False), ("B", False), ("C", False)]),
        ("true_false", [("Đúng", True), ("Sai", False), ("Không rõ", False)]),
    ],
)
def test_question_validation_rejects_impossible_keys(kind, answers):
    _type, value = question(kind=kind, answers=answers)
    block = QuestionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**value, "explanation": "<p>x</p>"}))


def test_question_validation_accepts_good_questions():
    block = QuestionBlock()
    for kind, answers in [
        ("single", [("A", True), ("B", False)]),
        ("multiple", [("A", True), ("B", True), ("C", False)]),
        ("true_false", [("Đúng", False), ("Sai", True)]),
    ]:
        _type, value = question(kind=kind, answers=answers)
        block.clean(block.to_python({**value, "explanation": "<p>x</p>"}))


def quiz_form_data(title, answers):
    answer_forms = {
        str(index): {
            "deleted": "",
            "order": index,
            "id": "",
            "value": {"text": text, **({"correct": "on"} if correct else {})},
        }
        for index, (text, correct) in enumerate(answers)
    }
    question = {
        "kind": "single",
        "text": "Hàm nào tính tổng?",
        "explanation": rich_text(""),
        "answers": {"count": len(answers), **answer_forms},
    }
    return nested_form_data(
        {
            "title": title,
            "slug": "kiem-tra-moi",
            "intro": rich_text(""),
            "max_attempts": 3,
            "questions": streamfield([("question", question)]),
        }
    )


def test_editor_sees_an_error_for_a_question_without_a_correct_answer(client, superuser, course):
    client.force_login(superuser)
    url = f"/admin/pages/add/courses/quizpage/{course.pk}/"
    response = client.post(url, quiz_form_data("Kiểm tra mới", [("SUM", False), ("COUNT", False)]))
    assert response.status_code == 200
    assert not QuizPage.objects.filter(title="Kiểm tra mới").exists()
    assert response.context["form"].errors["questions"]

    response = client.post(url, quiz_form_data("Kiểm tra mới", [("SUM", True), ("COUNT", False)]))
    assert response.status_code == 302
    assert QuizPage.objects.filter(title="Kiểm tra mới").exists()
