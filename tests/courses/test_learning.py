"""The learner's journey: enrolment, progress, quizzes, completion, privacy, page speed."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.rich_text import RichText

from courses import quizzes, services
from courses.content_cache import (
    bump_content_version,
    content_version,
    forget_local_copies,
    remember,
)
from courses.models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ProgrammeCompletion,
    ProgrammeCourse,
    ProgrammePage,
    QuizAttempt,
    QuizPage,
)
from tests.courses.conftest import publish, question
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course):
    quiz = course.get_children().type(QuizPage).first().specific
    quiz.questions = [
        question("Hàm nào tính tổng?", answers=[("SUM", True), ("COUNT", False)]),
        question("Ô B2 nằm ở cột nào?", answers=[("B", True), ("2", False)]),
        question(
            "Chọn các hàm thống kê",
            kind="multiple",
            answers=[("AVERAGE", True), ("MAX", True), ("CONCAT", False)],
        ),
        question(
            "Đúng hay sai: công thức bắt đầu bằng =",
            kind="true_false",
            answers=[("Đúng", True), ("Sai", False)],
        ),
    ]
    quiz.max_attempts = 2
    quiz.shuffle_questions = False
    quiz.pass_mark = 75
    publish(quiz)
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.fixture
def lesson(course):
    return course.get_children().type(LessonPage).first().specific


@pytest.fixture
def enrolment(course, learner):
    return services.enrol(user=learner, course=course)


def right_answers(attempt):
    return {q["id"]: [a["key"] for a in q["answers"] if a["correct"]] for q in attempt.questions}


def wrong_answers(attempt):
    return {
        q["id"]: [next(a["key"] for a in q["answers"] if not a["correct"])]
        for q in attempt.questions
    }


def form(answers, **extra):
    data = {f"q-{qid}": keys for qid, keys in answers.items()}
    data.update(extra)
    return data


# Enrolment


def test_enrolment_by_get_is_refused(client, learner, course):
    client.force_login(learner)
    response = client.get(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 405
    assert not Enrolment.objects.exists()


def test_enrolling_twice_changes_nothing(client, learner, course):
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.pk]))
    first = Enrolment.objects.get()
    client.post(reverse("courses:enrol", args=[course.pk]))
    assert Enrolment.objects.get() == first
    assert Enrolment.objects.get().enrolled_at == first.enrolled_at


def test_closed_course_refuses_self_enrolment_but_takes_assignments(client, learner, course):
    course.self_enrolment = False
    publish(course)
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.pk]))
    assert not Enrolment.objects.exists()
    due = timezone.localdate() + datetime.timedelta(days=30)
    enrolment = services.enrol(
        user=learner, course=course, source=Enrolment.Source.ASSIGNMENT, due_on=due
    )
    assert enrolment.due_on == due


def test_visitor_and_unenrolled_learner_are_sent_to_the_course_page(
    client, learner, course, lesson
):
    assert client.get(lesson.url)["Location"] == course.url
    client.force_login(learner)
    response = client.get(lesson.url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert 'action="' + reverse("courses:enrol", args=[course.pk]) in response.content.decode()


# Progress and completion


def test_lessons_done_and_quiz_passed_complete_the_course_and_programme(
    client, learner, course, lesson, quiz, catalog
):
    programme = catalog.add_child(instance=ProgrammePage(title="Chuẩn", slug="chuan", summary="x"))
    ProgrammeCourse.objects.create(programme=programme, course=course)
    publish(programme)
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.pk]))

    client.post(reverse("courses:lesson-done", args=[lesson.pk]))
    client.post(reverse("courses:lesson-done", args=[lesson.pk]))  # twice: no harm
    enrolment = Enrolment.objects.get()
    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    assert enrolment.progress == 50
    assert LessonProgress.objects.count() == 1
    assert client.get(reverse("courses:continue", args=[course.pk]))["Location"] == quiz.url

    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    client.post(reverse("courses:attempt-submit", args=[attempt.pk]), form(right_answers(attempt)))
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.progress == 100
    assert enrolment.completed_at is not None
    assert ProgrammeCompletion.objects.filter(user=learner, programme=programme).exists()

    home = client.get("/").content.decode()
    assert course.title in home
    transcript = client.get(reverse("courses:transcript")).content.decode()
    assert course.title in transcript and "Chuẩn" in transcript


# Quizzes


def test_a_score_sent_by_the_client_is_ignored(client, learner, enrolment, quiz):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    client.post(
        reverse("courses:attempt-submit", args=[attempt.pk]),
        form(wrong_answers(attempt), score="100", passed="true", correct_count="4"),
    )
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert attempt.passed is False


def test_the_attempt_limit_holds(client, learner, enrolment, quiz):
    client.force_login(learner)
    for _ in range(2):
        client.post(reverse("courses:quiz-start", args=[quiz.pk]))
        attempt = QuizAttempt.objects.latest("pk")
        client.post(
            reverse("courses:attempt-submit", args=[attempt.pk]), form(wrong_answers(attempt))
        )
    response = client.post(reverse("courses:quiz-start", args=[quiz.pk]), follow=True)
    assert QuizAttempt.objects.count() == 2
    assert "lượt" in response.content.decode()


def test_reopening_an_unfinished_attempt_does_not_use_another(client, learner, enrolment, quiz):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    assert QuizAttempt.objects.count() == 1


def test_late_submission_is_scored_as_it_stood_at_the_limit(enrolment, quiz):
    quiz.time_limit_minutes = 10
    publish(quiz)
    quiz = QuizPage.objects.get(pk=quiz.pk)
    start = timezone.now()
    attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz, now=start)
    assert attempt.deadline == start + datetime.timedelta(minutes=10)
    first_question = attempt.questions[0]["id"]
    saved_in_time = {first_question: right_answers(attempt)[first_question]}
    assert quizzes.save_responses(
        attempt=attempt, responses=saved_in_time, now=start + datetime.timedelta(minutes=5)
    )
    # Saving after the limit is refused, and the late submission's answers are ignored.
    late = start + datetime.timedelta(minutes=12)
    assert not quizzes.save_responses(attempt=attempt, responses=right_answers(attempt), now=late)
    attempt = quizzes.submit_attempt(attempt=attempt, responses=right_answers(attempt), now=late)
    assert attempt.correct_count == 1
    assert attempt.score == 25
    assert attempt.submitted_at == attempt.deadline


def test_a_replayed_submission_changes_nothing(client, learner, enrolment, quiz):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    url = reverse("courses:attempt-submit", args=[attempt.pk])
    client.post(url, form(wrong_answers(attempt)))
    attempt.refresh_from_db()
    first = (attempt.score, attempt.submitted_at, attempt.responses)
    client.post(url, form(right_answers(attempt)))  # double click, back button, replay
    attempt.refresh_from_db()
    assert (attempt.score, attempt.submitted_at, attempt.responses) == first
    assert QuizAttempt.objects.count() == 1


def test_editing_a_question_later_does_not_change_a_recorded_score(
    client, learner, enrolment, quiz
):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    client.post(reverse("courses:attempt-submit", args=[attempt.pk]), form(right_answers(attempt)))
    quiz.questions = [question("Hàm nào tính tổng?", answers=[("SUM", False), ("COUNT", True)])]
    publish(quiz)
    attempt.refresh_from_db()
    assert attempt.score == 100
    response = client.get(reverse("courses:attempt-result", args=[attempt.pk]))
    assert response.context["review"][0]["is_correct"]


def test_best_passing_result_counts(client, learner, enrolment, quiz):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    client.post(reverse("courses:attempt-submit", args=[attempt.pk]), form(right_answers(attempt)))
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    second = QuizAttempt.objects.latest("pk")
    client.post(reverse("courses:attempt-submit", args=[second.pk]), form(wrong_answers(second)))
    response = client.get(quiz.url)
    assert response.context["passed"] is True
    assert response.context["best"] == 100


def test_result_page_shows_feedback_and_explanations_after_submission_only(
    client, learner, enrolment, quiz
):
    client.force_login(learner)
    client.post(reverse("courses:quiz-start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    taking = client.get(reverse("courses:attempt", args=[attempt.pk])).content.decode()
    assert "Giải thích" not in taking and "answer--correct" not in taking
    assert client.get(reverse("courses:attempt-result", args=[attempt.pk]))["Location"].endswith(
        f"/attempts/{attempt.pk}/"
    )
    client.post(reverse("courses:attempt-submit", args=[attempt.pk]), form(wrong_answers(attempt)))
    result = client.get(reverse("courses:attempt-result", args=[attempt.pk])).content.decode()
    assert "Giải thích" in result
    assert "answer--correct" in result


# Privacy


def test_learner_b_cannot_read_or_change_learner_a_records(
    client, learner, enrolment, quiz, lesson, course
):
    services.complete_lesson(enrolment=enrolment, lesson=lesson)
    attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
    other = PersonFactory(staff_code="HV-B", agency=learner.agency)
    client.force_login(other)
    for name in ["courses:attempt", "courses:attempt-result"]:
        assert client.get(reverse(name, args=[attempt.pk])).status_code == 404
    assert (
        client.post(
            reverse("courses:attempt-save", args=[attempt.pk]), form(right_answers(attempt))
        ).status_code
        == 404
    )
    assert (
        client.post(
            reverse("courses:attempt-submit", args=[attempt.pk]), form(right_answers(attempt))
        ).status_code
        == 404
    )
    assert client.get(reverse("courses:continue", args=[course.pk])).status_code == 404
    assert client.post(reverse("courses:lesson-done", args=[lesson.pk])).status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_submitted and attempt.responses == {}
    assert learner.full_name not in client.get(reverse("courses:transcript")).content.decode()
    assert (
        course.title
        not in client.get("/").content.decode().split("my-learning")[1].split("</section>")[0]
    )
    enrolment.refresh_from_db()
    assert enrolment.progress == 50


# Speed and caching


@pytest.mark.parametrize("lessons", [2, 12])
def test_lesson_page_runs_a_constant_number_of_queries(
    client, learner, course, lesson, lessons, django_assert_max_num_queries
):
    for number in range(lessons):
        extra = course.add_child(
            instance=LessonPage(
                title=f"Bài thêm {number}",
                slug=f"bai-them-{number}",
                body=[("paragraph", RichText("<p>x</p>"))],
            )
        )
        publish(extra)
    enrolment = services.enrol(user=learner, course=CoursePage.objects.get(pk=course.pk))
    for page in LessonPage.objects.child_of(course):
        services.complete_lesson(enrolment=enrolment, lesson=page)
    client.force_login(learner)
    client.get(lesson.url)  # warm the site-root cache, as in production
    with django_assert_max_num_queries(8):
        response = client.get(lesson.url)
    assert response.status_code == 200


def test_anonymous_course_page_is_cached_but_never_personal(client, learner, course):
    first = client.get(course.url)
    assert b"csrfmiddlewaretoken" not in first.content
    course.title = "Tên mới của khóa học"
    course.save()  # a direct save (no publish) does not bump the cache: the cached copy is served
    assert "Tên mới" not in client.get(course.url).content.decode()
    publish(course)  # publishing ends every cached page
    assert "Tên mới" in client.get(course.url).content.decode()

    services.enrol(user=learner, course=CoursePage.objects.get(pk=course.pk))
    client.force_login(learner)
    personal = client.get(course.url).content.decode()
    assert "progress" in personal
    client.logout()
    assert b"progress" not in client.get(course.url).content


def test_a_course_with_learners_cannot_be_deleted(client, superuser, enrolment, course):
    client.force_login(superuser)
    response = client.post(f"/admin/pages/{course.pk}/delete/")
    assert response.status_code == 302
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


# Review findings: each is a behaviour that must hold.


def test_nothing_below_an_unpublished_course_is_reachable(
    client, learner, enrolment, course, lesson, quiz
):
    client.force_login(learner)
    course.unpublish()
    assert client.get(lesson.url).status_code == 404
    assert client.post(reverse("courses:lesson-done", args=[lesson.pk])).status_code == 302
    assert client.post(reverse("courses:quiz-start", args=[quiz.pk])).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.done_steps == [] and not QuizAttempt.objects.exists()


def test_a_restricted_page_is_never_cached_for_others(client, course):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="mật-khẩu"
    )
    first = client.get(course.url)
    assert first.status_code == 200  # the password form, not the course
    assert "Ô và công thức" not in first.content.decode()
    # Another visitor who passed the password is not cached for the first.
    session = client.session
    session["passed_page_view_restrictions"] = [PageViewRestriction.objects.get().pk]
    session.save()
    assert "Ô và công thức" in client.get(course.url).content.decode()
    client.cookies.clear()
    assert "Ô và công thức" not in client.get(course.url).content.decode()
    assert client.get("/_util/login/").status_code != 404


def test_an_emptied_cache_never_brings_back_an_old_version(course):
    before = content_version()
    assert remember("probe", lambda: "old") == "old"
    bump_content_version()
    cache.clear()
    forget_local_copies()
    assert content_version() != before
    assert remember("probe", lambda: "new") == "new"


def test_publishing_a_new_lesson_moves_everyones_progress(
    django_capture_on_commit_callbacks, enrolment, course, lesson, quiz
):
    services.complete_lesson(enrolment=enrolment, lesson=lesson)
    enrolment.refresh_from_db()
    assert enrolment.progress == 50
    with django_capture_on_commit_callbacks(execute=True):
        publish(course.add_child(instance=LessonPage(title="Bài mới", slug="bai-moi")))
    enrolment.refresh_from_db()
    assert enrolment.progress == 33


def test_a_single_choice_question_answered_twice_is_wrong(enrolment, quiz):
    attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
    single = next(q for q in attempt.questions if q["kind"] == "single")
    every_key = {single["id"]: [a["key"] for a in single["answers"]]}
    attempt = quizzes.submit_attempt(attempt=attempt, responses=every_key)
    assert attempt.correct_count == 0


def test_pass_is_decided_on_the_exact_share_not_the_rounded_score(enrolment, quiz):
    quiz.questions = [(child.block_type, child.value) for child in list(quiz.questions)[:3]]
    quiz.pass_mark = 67
    publish(quiz)
    attempt = quizzes.start_attempt(enrolment=enrolment, quiz=QuizPage.objects.get(pk=quiz.pk))
    answers = right_answers(attempt)
    answers[attempt.questions[0]["id"]] = wrong_answers(attempt)[attempt.questions[0]["id"]]
    attempt = quizzes.submit_attempt(attempt=attempt, responses=answers)
    assert attempt.score == 67  # 2 of 3, rounded
    assert attempt.passed is False


def test_drawn_questions_keep_the_bank_order_when_not_shuffled(enrolment, quiz):
    quiz.draw_count = 3
    quiz.shuffle_questions = False
    publish(quiz)
    quiz = QuizPage.objects.get(pk=quiz.pk)
    order = [block.id for block in quiz.questions]
    for _ in range(5):
        attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
        drawn = [q["id"] for q in attempt.questions]
        assert drawn == sorted(drawn, key=order.index)
        QuizAttempt.objects.filter(pk=attempt.pk).delete()


def test_a_lesson_with_learner_records_cannot_be_deleted(client, superuser, enrolment, lesson):
    services.complete_lesson(enrolment=enrolment, lesson=lesson)
    client.force_login(superuser)
    response = client.post(f"/admin/pages/{lesson.pk}/delete/")
    assert response.status_code == 302
    assert LessonPage.objects.filter(pk=lesson.pk).exists()
