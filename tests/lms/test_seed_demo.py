"""The demo `manage.py seed_demo` makes, seeded once for this module: the agency tree, the roster
and logins, the courses and programme; the same as its recorded fingerprint, and idempotent."""

import datetime
import io
import json
import os

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Page

from courses import services
from courses.blocks import QuestionBlock
from courses.models import CatalogPage, CoursePage, LessonPage, ProgrammePage, QuizPage, Topic
from workforce.demo import demo_logins
from workforce.models import Agency, AgencyChange, AgencyKind, Category, HRRole, User

from .demo_fingerprint import EXPECTED, demo_fingerprint

SNAPSHOT_MODELS = (Agency, AgencyChange, User, User.groups.through, HRRole, EmailAddress)
DEMO_COURSES = ["IU01", "IU02", "IU03", "IU04", "IU05", "IU06", "IU14"]
PROGRAMME_COURSES = ["IU01", "IU02", "IU03", "IU04", "IU05", "IU06"]


def seed_demo(*args) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """Every row of the seeded tables, every field included; and how many pages, images and
    topics there are."""
    return {
        **{
            model.__name__: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS
        },
        "counts": {
            "pages": Page.objects.count(),
            "images": get_image_model().objects.count(),
            "topics": Topic.objects.count(),
        },
    }


@pytest.fixture(scope="module")
def _seeded_once(django_db_setup, django_db_blocker):
    """One demo seed for the tests of this module (it takes a quarter of a minute), inside a
    transaction that is rolled back after them; each test runs in a savepoint within it. The
    seed is `seed_demo --logins` on the empty database, which seeds first: its output is kept
    for the test of that option. The media storage starts empty too (the suite keeps media in
    memory, where another module's seed would have left the demo's images under their names)."""
    media = override_settings(STORAGES={**settings.STORAGES})
    media.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        assert not User.objects.exists()
        output = seed_demo("--logins")
    yield output
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    media.disable()


@pytest.fixture
def seeded(_seeded_once, db):
    """The seeded demo; what a test changes is undone after it."""
    return _seeded_once


def test_logins_option_seeds_an_empty_database_and_prints_only_the_table(seeded):
    output = seeded

    lines = output.splitlines()
    assert lines[0].startswith("Role")
    assert len(lines) == 2 + len(demo_logins())
    assert "created" not in output
    assert User.objects.filter(staff_code="HV0001").exists()


def test_second_run_creates_and_changes_nothing(seeded):
    before = snapshot()

    output = seed_demo()

    after = snapshot()
    assert {name: len(rows) for name, rows in after.items()} == {
        name: len(rows) for name, rows in before.items()
    }
    assert after == before
    assert "workforce: created nothing" in output
    assert "courses: created nothing" in output


def test_tree_has_province_departments_and_communes(seeded):
    (province,) = Agency.get_root_nodes()
    children = province.get_children()

    assert province.name == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert province.kind == AgencyKind.PROVINCE
    assert children.filter(kind=AgencyKind.DEPARTMENT, is_active=True).count() >= 20
    assert children.filter(kind=AgencyKind.COMMUNE).count() >= 30
    assert children.get(name="Ủy ban nhân dân phường Trấn Biên").kind == AgencyKind.COMMUNE


def test_merged_department_is_closed_and_keeps_its_former_name(seeded):
    merged = Agency.objects.get(is_active=False, successor__isnull=False)

    assert merged.successor.name == "Sở Khoa học và Công nghệ"
    assert merged.closed_on is not None
    assert merged.get_children().filter(is_active=True).count() == 0
    assert merged.name_on(merged.closed_on - datetime.timedelta(days=1)) == (
        "Sở Thông tin và Truyền thông"
    )


def test_roster_has_300_people_in_all_four_categories(seeded):
    people = User.objects.filter(agency__isnull=False)

    assert people.count() >= 300
    assert set(people.values_list("category", flat=True)) == set(Category.values)
    assert not people.filter(agency__is_active=False).exists()


def test_every_demo_login_signs_in_with_staff_code_and_email(seeded):
    for login in demo_logins():
        person = User.objects.get(staff_code=login["username"])
        assert authenticate(None, username=login["username"], password=login["password"]) == person
        if login["email"]:
            assert authenticate(None, username=login["email"], password=login["password"]) == person


def test_learner_has_no_email_and_signs_in_with_staff_code(seeded):
    learner = User.objects.get(staff_code="HV0001")

    assert learner.email is None
    assert not EmailAddress.objects.filter(user=learner).exists()
    assert learner.agency.get_parent().code == "SNV"


def test_department_hr_officer_role_is_on_one_department_only(seeded):
    roles = HRRole.objects.filter(person__staff_code="NS0002")

    assert [(role.agency.code, role.agency.kind, role.role) for role in roles] == [
        ("SNV", AgencyKind.DEPARTMENT, HRRole.Role.OFFICER)
    ]


def test_logins_option_creates_nothing_when_already_seeded(seeded):
    before = snapshot()

    seed_demo("--logins")

    assert snapshot() == before


def test_demo_is_the_one_recorded_in_its_fingerprint(seeded):
    """The demo content moved from Python to data files (demo/); what learners read, the tree,
    the roster and the learning seeded on it stay as they were. After a deliberate change of
    the demo, write the file again: LMS_WRITE_DEMO_FINGERPRINT=1 pytest -k fingerprint."""
    found = demo_fingerprint()

    if os.environ.get("LMS_WRITE_DEMO_FINGERPRINT"):
        EXPECTED.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    expected = json.loads(EXPECTED.read_text())
    assert json.loads(json.dumps(found, default=str)) == expected


# The demo courses.


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


@pytest.fixture
def demo_learner(seeded):
    """The demo learner (the shared `learner` fixture would clash with the demo agencies)."""
    return User.objects.get(staff_code="HV0001")


def enrolled_client(client, learner):
    """A client signed in as a learner enrolled in every demo course."""
    for course in CoursePage.objects.live():
        services.enrol(user=learner, course=course)
    client.force_login(learner)
    return client


def test_every_demo_page_renders(seeded, client, demo_learner):
    catalogue = CatalogPage.objects.get(slug="khoa-hoc")
    pages = [catalogue, *catalogue.get_descendants().live().specific()]
    learning_steps = (LessonPage, QuizPage)

    for page in pages:
        response = client.get(page.url)
        # Visitors see catalogue, courses and programmes; lessons and quizzes send them to enrol.
        expected = 302 if isinstance(page, learning_steps) else 200
        assert response.status_code == expected, page.url

    enrolled_client(client, demo_learner)
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


def test_quiz_page_shows_no_answer_key(seeded, client, demo_learner):
    enrolled_client(client, demo_learner)
    for quiz in QuizPage.objects.live():
        content = client.get(quiz.url).content.decode()
        assert "✓" not in content, quiz.url
        for child in quiz.questions:
            explanation = strip_tags(child.value["explanation"].source).strip()
            assert explanation not in content, quiz.url
