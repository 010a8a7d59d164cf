"""The demo courses seeded by `manage.py seed_demo`."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Page

from courses import services
from courses.blocks import QuestionBlock
from courses.models import CatalogPage, CoursePage, LessonPage, ProgrammePage, QuizPage, Topic
from workforce.models import User

pytestmark = pytest.mark.django_db

DEMO_COURSES = ["IU01", "IU02", "IU03", "IU04", "IU05", "IU06", "IU14"]
PROGRAMME_COURSES = ["IU01", "IU02", "IU03", "IU04", "IU05", "IU06"]


def seed_demo() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "topics": Topic.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the whole module, as seeding takes seconds; rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        seed_demo()
        yield
        transaction.set_rollback(True)


def demo_courses():
    return list(CoursePage.objects.live().order_by("code"))


def test_demo_courses_are_published_in_the_catalogue(seeded):
    catalogue = CatalogPage.objects.live().get(slug="khoa-hoc")

    courses = CoursePage.objects.live().child_of(catalogue)

    assert sorted(courses.values_list("code", flat=True)) == DEMO_COURSES
    assert all(course.has_unpublished_changes is False for course in courses)
    assert all(course.live_revision_id for course in courses)


def test_each_course_has_three_to_six_live_lessons_and_a_live_quiz(seeded):
    for course in demo_courses():
        lessons = LessonPage.objects.live().child_of(course)
        quizzes = QuizPage.objects.live().child_of(course)
        assert 3 <= lessons.count() <= 6, course.code
        assert quizzes.count() == 1, course.code


def test_each_course_is_tagged_with_its_competency_topic_and_cover(seeded):
    for course in demo_courses():
        assert course.code in {competency.code for competency in course.competencies.all()}
        assert course.topic is not None
        assert course.cover_image is not None
        assert "<ul>" in course.learning_outcomes


def test_every_quiz_question_is_valid_and_there_are_at_least_ten(seeded):
    block = QuestionBlock()
    for quiz in QuizPage.objects.live():
        questions = [child.value for child in quiz.questions]
        assert len(questions) >= 10, quiz.get_parent().title
        for question in questions:
            block.clean(question)  # raises on a question editors could not save


def test_each_course_has_a_callout_and_a_figure_or_video(seeded):
    for course in demo_courses():
        kinds = {
            child.block_type
            for lesson in LessonPage.objects.live().child_of(course)
            for child in lesson.body
        }
        assert "callout" in kinds, course.code
        assert kinds & {"figure", "video", "video_file"}, course.code


def test_programme_lists_the_basic_courses_in_order(seeded):
    programme = ProgrammePage.objects.live().get(slug="chuan-ky-nang-cntt-co-ban")

    assert programme.code == "CNTT-CB"
    assert [course.code for course in programme.courses()] == PROGRAMME_COURSES


def test_second_run_creates_nothing(seeded):
    before = counts()

    output = seed_demo()

    assert counts() == before
    assert "courses: created nothing" in output


@pytest.fixture
def learner(seeded):
    """The demo learner (the shared `learner` fixture would clash with the demo agencies)."""
    return User.objects.get(staff_code="HV0001")


def enrolled_client(client, learner):
    """A client signed in as a learner enrolled in every demo course."""
    for course in CoursePage.objects.live():
        services.enrol(user=learner, course=course)
    client.force_login(learner)
    return client


def test_every_demo_page_renders(seeded, client, learner):
    catalogue = CatalogPage.objects.get(slug="khoa-hoc")
    pages = [catalogue, *catalogue.get_descendants().live().specific()]
    learning_steps = (LessonPage, QuizPage)

    for page in pages:
        response = client.get(page.url)
        # Visitors see catalogue, courses and programmes; lessons and quizzes send them to enrol.
        expected = 302 if isinstance(page, learning_steps) else 200
        assert response.status_code == expected, page.url

    enrolled_client(client, learner)
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


def test_quiz_page_shows_no_answer_key(seeded, client, learner):
    enrolled_client(client, learner)
    for quiz in QuizPage.objects.live():
        content = client.get(quiz.url).content.decode()
        assert "✓" not in content, quiz.url
        for child in quiz.questions:
            explanation = strip_tags(child.value["explanation"].source).strip()
            assert explanation not in content, quiz.url
