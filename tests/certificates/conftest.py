"""Shared by the certificate tests: a default template and a learner who completed a course."""

import pytest

from certificates.models import CertificateTemplate
from courses import quizzes
from courses import services as learning
from courses.models import LessonPage, QuizPage

# The course fixtures (a published course with a lesson and a quiz) are shared with tests/courses.
from tests.courses.conftest import catalog, course, home  # noqa: F401


@pytest.fixture
def template(db):
    return CertificateTemplate.objects.create(
        name="Mặc định",
        issuer="Sở Nội vụ tỉnh Đồng Nai",
        signer_name="Trần Minh Đức",
        serial_prefix="SNV",
        is_default=True,
    )


def complete(enrolment, course):  # noqa: F811
    """Finish every lesson and pass every quiz, through the learning services."""
    for lesson in LessonPage.objects.live().child_of(course):
        learning.complete_lesson(enrolment=enrolment, lesson=lesson)
    for quiz in QuizPage.objects.live().child_of(course):
        attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
        answers = {
            q["id"]: [a["key"] for a in q["answers"] if a["correct"]] for q in attempt.questions
        }
        quizzes.submit_attempt(attempt=attempt, responses=answers)
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def completed(django_capture_on_commit_callbacks, template, learner, course):  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(learning.enrol(user=learner, course=course), course)
    return enrolment
