"""HR grants one more quiz attempt to a learner who used them all."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses import quizzes, selectors
from courses import services as learning
from courses.models import QuizPage
from courses.models.records import ExtraAttempt
from lms import audit
from tests.conftest import with_totp
from tests.courses.conftest import catalog, course, home  # noqa: F401
from tests.factories import HRRoleFactory, PersonFactory
from workforce.models import HRRole

pytestmark = pytest.mark.django_db


def wrong_answers(attempt):
    return {
        q["id"]: [a["key"] for a in q["answers"] if not a["correct"]][:1] for q in attempt.questions
    }


@pytest.fixture
def quiz(course):  # noqa: F811
    quiz = QuizPage.objects.child_of(course).get()
    quiz.max_attempts = 2
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.fixture
def stuck(learner, course, quiz):  # noqa: F811
    """The learner failed the quiz as often as allowed."""
    enrolment = learning.enrol(user=learner, course=course)
    for _ in range(quiz.max_attempts):
        attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
        quizzes.submit_attempt(attempt=attempt, responses=wrong_answers(attempt))
    return enrolment


def grant_url(learner, enrolment, quiz):
    return reverse("wagtailusers_users:grant_attempt", args=[learner.pk, enrolment.pk, quiz.pk])


def test_a_stuck_learner_can_attempt_again_after_a_grant(stuck, quiz, department_officer):
    with pytest.raises(ValidationError):
        quizzes.start_attempt(enrolment=stuck, quiz=quiz)
    assert selectors.attempts_left(enrolment=stuck, quiz=quiz) == 0

    quizzes.grant_extra_attempt(
        enrolment=stuck, quiz=quiz, reason="Mất điện", actor=department_officer, token="t1"
    )

    assert selectors.allowed_attempts(enrolment=stuck, quiz=quiz) == 3
    assert selectors.attempts_left(enrolment=stuck, quiz=quiz) == 1
    attempt = quizzes.start_attempt(enrolment=stuck, quiz=quiz)
    assert attempt.number == 3
    quizzes.submit_attempt(attempt=attempt, responses=wrong_answers(attempt))
    with pytest.raises(ValidationError):
        quizzes.start_attempt(enrolment=stuck, quiz=quiz)


def test_the_same_form_sent_twice_grants_once(stuck, quiz, department_officer):
    for _ in range(2):
        quizzes.grant_extra_attempt(
            enrolment=stuck, quiz=quiz, reason="Mất điện", actor=department_officer, token="same"
        )
    assert ExtraAttempt.objects.count() == 1
    assert ModelLogEntry.objects.filter(action=audit.ATTEMPT_GRANT).count() == 1


def test_a_grant_adds_to_the_attempts_left(learner, course, quiz, department_officer):  # noqa: F811
    enrolment = learning.enrol(user=learner, course=course)
    quizzes.grant_extra_attempt(
        enrolment=enrolment, quiz=quiz, reason="Lý do", actor=department_officer, token="x"
    )
    assert selectors.attempts_left(enrolment=enrolment, quiz=quiz) == quiz.max_attempts + 1


def test_a_grant_needs_a_reason(stuck, quiz, department_officer):
    with pytest.raises(ValidationError):
        quizzes.grant_extra_attempt(
            enrolment=stuck, quiz=quiz, reason="   ", actor=department_officer, token="x"
        )
    assert not ExtraAttempt.objects.exists()


def test_officer_grants_from_the_person_page(client, stuck, quiz, learner, department_officer):
    client.force_login(department_officer)
    page = client.get(reverse("wagtailusers_users:detail", args=[learner.pk])).content.decode()
    url = grant_url(learner, stuck, quiz)
    assert url in page and "Cấp thêm một lượt làm bài" in page

    form = client.get(url)
    token = form.context["form"].initial["token"]
    empty = client.post(url, {"reason": "", "token": token})
    assert empty.status_code == 200 and not ExtraAttempt.objects.exists()

    for _ in range(2):  # a double click
        response = client.post(url, {"reason": "Mất kết nối mạng", "token": token})
        assert response.status_code == 302
    grant = ExtraAttempt.objects.get()
    assert grant.granted_by == department_officer and grant.reason == "Mất kết nối mạng"
    entry = ModelLogEntry.objects.get(action=audit.ATTEMPT_GRANT)
    assert entry.data["quiz"] == quiz.title and entry.data["reason"] == "Mất kết nối mạng"
    page = client.get(reverse("wagtailusers_users:detail", args=[learner.pk])).content.decode()
    assert "Mất kết nối mạng" in page and "2/3" in page.replace(" của ", "/")


def test_viewer_sees_no_grant_button_and_cannot_grant(
    client, stuck, quiz, learner, department_viewer
):
    client.force_login(department_viewer)
    url = grant_url(learner, stuck, quiz)
    page = client.get(reverse("wagtailusers_users:detail", args=[learner.pk])).content.decode()
    assert url not in page
    refused = client.post(url, {"reason": "x", "token": "t"})
    # Wagtail answers PermissionDenied in the admin with a redirect home and a message.
    assert refused.status_code == 403 or refused.url == reverse("wagtailadmin_home")
    assert not ExtraAttempt.objects.exists()


def test_sibling_officer_cannot_reach_the_grant(client, stuck, quiz, learner, sibling_department):
    officer = with_totp(PersonFactory(agency=sibling_department))
    HRRoleFactory(person=officer, agency=sibling_department, role=HRRole.Role.OFFICER)
    client.force_login(officer)
    url = grant_url(learner, stuck, quiz)
    assert client.post(url, {"reason": "x", "token": "t"}).status_code == 404
    assert not ExtraAttempt.objects.exists()
