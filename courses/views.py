"""Learner actions around the course pages: enrol, mark lessons done, take quizzes, transcript;
and the page view itself, answered from the cache first.

Every view reads through the signed-in person's own records, so an id from someone else's
record gives a 404; every change is a POST.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import views as wagtail_views
from wagtail.models import Site

from . import quizzes, selectors, services
from .content_cache import anonymous_cache_key, cacheable_for_anonymous, remember
from .models import CoursePage, Enrolment, LessonPage, ProgrammeCompletion, QuizAttempt, QuizPage
from .models.mixins import public


def serve_page(request, path):
    """Wagtail's page view, with the site and anonymous pages served from the cache first.

    Routed in lms/urls.py in place of Wagtail's own pattern, so only page requests pay for
    these lookups, not the admin, accounts or health check.
    """
    if cacheable_for_anonymous(request):
        content = cache.get(anonymous_cache_key(request))
        if content is not None:
            return HttpResponse(content)

    def find_site():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - computed now so the kept copy carries it
        return site

    site = remember(f"site:{request.get_host()}", find_site)
    if site is not None:
        request._wagtail_site = site
    return wagtail_views.serve(request, path)


def _own_enrolment(user, course_id: int) -> Enrolment:
    return get_object_or_404(
        Enrolment.objects.for_user(user).select_related("course"), course_id=course_id
    )


def _own_attempt(user, attempt_id: int) -> QuizAttempt:
    attempts = QuizAttempt.objects.filter(enrolment__user=user).select_related("quiz", "enrolment")
    return get_object_or_404(attempts, pk=attempt_id)


def _responses_from(post) -> dict[str, list[str]]:
    """Answers posted as q-<question id> = answer key(s); anything else is ignored."""
    return {name[2:]: post.getlist(name) for name in post if name.startswith("q-")}


def _error(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@require_POST
@login_required
def enrol(request, course_id):
    course = get_object_or_404(public(CoursePage.objects.live()), pk=course_id)
    try:
        enrolment = services.enrol(user=request.user, course=course)
    except ValidationError as error:
        _error(request, error)
        return redirect(course.url)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    step = selectors.next_step(enrolment=enrolment)
    return redirect(step.url if step else course.url)


@login_required
def continue_course(request, course_id):
    enrolment = _own_enrolment(request.user, course_id)
    step = selectors.next_step(enrolment=enrolment)
    return redirect(step.url if step else enrolment.course.url)


@require_POST
@login_required
def complete_lesson(request, lesson_id):
    lesson = get_object_or_404(public(LessonPage.objects.live()), pk=lesson_id)
    enrolment = _own_enrolment(request.user, lesson.get_parent().pk)
    try:
        enrolment = services.complete_lesson(enrolment=enrolment, lesson=lesson)
    except ValidationError as error:
        _error(request, error)
        return redirect(lesson.url)
    if enrolment.is_completed:
        messages.success(
            request,
            _("Well done: you have completed “%(course)s”.") % {"course": enrolment.course.title},
        )
    following = lesson.get_next_siblings().live().first()
    return redirect(following.url if following else enrolment.course.url)


@require_POST
@login_required
def start_attempt(request, quiz_id):
    quiz = get_object_or_404(public(QuizPage.objects.live()), pk=quiz_id)
    enrolment = _own_enrolment(request.user, quiz.get_parent().pk)
    try:
        attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
    except ValidationError as error:
        _error(request, error)
        return redirect(quiz.url)
    return redirect("courses:attempt", attempt_id=attempt.pk)


@login_required
def attempt(request, attempt_id):
    attempt = _own_attempt(request.user, attempt_id)
    if not attempt.is_submitted and attempt.has_expired():
        quizzes.submit_attempt(attempt=attempt, responses=None)
        messages.warning(
            request,
            _("Time was up: your attempt was scored on the answers saved before the limit."),
        )
    attempt.refresh_from_db()
    if attempt.is_submitted:
        return redirect("courses:attempt-result", attempt_id=attempt.pk)
    questions = [
        {**question, "chosen": attempt.responses.get(question["id"], [])}
        for question in attempt.questions
    ]
    return TemplateResponse(
        request,
        "courses/learning/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "course": attempt.enrolment.course,
            "questions": questions,
        },
    )


@require_POST
@login_required
def save_attempt(request, attempt_id):
    attempt = _own_attempt(request.user, attempt_id)
    saved = quizzes.save_responses(attempt=attempt, responses=_responses_from(request.POST))
    return JsonResponse({"saved": saved}, status=200 if saved else 409)


@require_POST
@login_required
def submit_attempt(request, attempt_id):
    attempt = _own_attempt(request.user, attempt_id)
    was_submitted = attempt.is_submitted
    # Only the chosen answers are read from the form; a score or result sent along is ignored.
    attempt = quizzes.submit_attempt(attempt=attempt, responses=_responses_from(request.POST))
    if was_submitted:
        messages.info(request, _("This attempt was already submitted; here is its result."))
    return redirect("courses:attempt-result", attempt_id=attempt.pk)


@login_required
def attempt_result(request, attempt_id):
    attempt = _own_attempt(request.user, attempt_id)
    if not attempt.is_submitted:
        return redirect("courses:attempt", attempt_id=attempt.pk)
    review = []
    for question in attempt.questions:
        chosen = set(attempt.responses.get(question["id"], []))
        correct_keys = {a["key"] for a in question["answers"] if a["correct"]}
        review.append(
            {
                **question,
                "is_correct": chosen == correct_keys,
                "answers": [{**a, "chosen": a["key"] in chosen} for a in question["answers"]],
            }
        )
    enrolment = attempt.enrolment
    return TemplateResponse(
        request,
        "courses/learning/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "course": enrolment.course,
            "review": review,
            "attempts_left": selectors.attempts_left(enrolment=enrolment, quiz=attempt.quiz),
            "enrolment": enrolment,
        },
    )


@login_required
def transcript(request):
    enrolments = (
        Enrolment.objects.for_user(request.user)
        .completed()
        .select_related("course")
        .order_by("completed_at")
    )
    programmes = ProgrammeCompletion.objects.filter(user=request.user).select_related("programme")
    return TemplateResponse(
        request,
        "courses/learning/transcript.html",
        {
            "enrolments": enrolments,
            "programmes": programmes.order_by("completed_at"),
            "total_hours": sum(e.course.estimated_hours for e in enrolments),
            "learner": request.user,
        },
    )
