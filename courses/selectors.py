"""Reads of the learning record shared by pages, views and HR's screens.

Below the page models (they read through it): it imports the record models only, never
the pages, so a page's `get_context` may call it.
"""

import datetime
from dataclasses import dataclass, field

from wagtail.models import Page

from .models.assignments import Assignment
from .models.records import Enrolment, ExtraAttempt, QuizAttempt


@dataclass
class CourseState:
    """Where one learner stands in one course."""

    enrolment: Enrolment | None
    done_ids: set[int] = field(default_factory=set)

    @property
    def enrolled(self) -> bool:
        return self.enrolment is not None


def course_state(*, user, course_id: int) -> CourseState:
    """The learner's enrolment and the steps they finished (lessons done, quizzes passed): one query."""
    enrolment = Enrolment.objects.for_user(user).filter(course_id=course_id).first()
    if enrolment is None:
        return CourseState(enrolment=None)
    return CourseState(enrolment=enrolment, done_ids=set(enrolment.done_steps))


def my_learning(*, user, courses: dict[int, dict]) -> dict:
    """The signed-in home from one small query: unfinished courses (those due soonest first,
    then the most recently enrolled), then completed ones, latest first. `courses` is the
    directory of live courses (CoursePage.directory()); enrolments in others drop out."""
    enrolments = list(Enrolment.objects.for_user(user).order_by("-enrolled_at"))
    for enrolment in enrolments:
        enrolment.course_info = courses.get(enrolment.course_id)
    enrolments = [e for e in enrolments if e.course_info]  # unpublished courses drop out
    unfinished = sorted(
        (e for e in enrolments if not e.is_completed),
        key=lambda e: (e.due_on is None, e.due_on or datetime.date.max),
    )
    completed = sorted(
        (e for e in enrolments if e.is_completed), key=lambda e: e.completed_at, reverse=True
    )
    return {"unfinished": unfinished, "completed": completed}


def allowed_attempts(*, enrolment: Enrolment | None, quiz: Page) -> int:
    """The quiz's own limit plus one attempt per extra attempt HR granted this learner."""
    if enrolment is None:
        return quiz.max_attempts
    return quiz.max_attempts + ExtraAttempt.objects.filter(enrolment=enrolment, quiz=quiz).count()


def attempts_left(*, enrolment: Enrolment | None, quiz: Page, used: int | None = None) -> int:
    """Attempts the learner may still start; `used` saves a query when the caller counted them."""
    if used is None:
        used = (
            QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz).count() if enrolment else 0
        )
    return max(allowed_attempts(enrolment=enrolment, quiz=quiz) - used, 0)


def next_step(*, enrolment: Enrolment):
    """The first lesson not yet done or quiz not yet passed, in course order; None when all are."""
    done = set(enrolment.done_steps)
    for step in enrolment.course.steps():
        if step.pk not in done:
            return step
    return None


@dataclass
class QuizRecord:
    """One learner's attempts at one quiz of one enrolment."""

    enrolment: Enrolment
    quiz: Page
    attempts: list = field(default_factory=list)
    allowed: int = 0
    grants: list = field(default_factory=list)

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def attempts_left(self) -> int:
        return max(self.allowed - self.used, 0)

    @property
    def best_score(self) -> int | None:
        return max((a.score for a in self.attempts if a.score is not None), default=None)

    @property
    def passed(self) -> bool:
        return any(a.passed for a in self.attempts)


@dataclass
class LearningRecord:
    """What HR sees of one person's learning: at most `limit` enrolments (latest first), the
    quizzes they attempted, and the active assignments covering their agency."""

    enrolments: list
    quizzes: list
    assignments: list
    enrolment_count: int
    limit: int

    @property
    def truncated(self) -> bool:
        return self.enrolment_count > len(self.enrolments)


def learning_record(*, person, limit: int = 100) -> LearningRecord:
    """One person's learning record for HR's person page, in a handful of queries."""
    enrolments_query = Enrolment.objects.filter(user=person)
    enrolments = list(enrolments_query.select_related("course").order_by("-enrolled_at")[:limit])
    by_id = {enrolment.pk: enrolment for enrolment in enrolments}
    attempts = (
        QuizAttempt.objects.filter(enrolment__in=by_id)
        .select_related("quiz")
        .defer("questions", "responses", "quiz__questions")
        .order_by("enrolment_id", "quiz_id", "number")
    )
    quizzes: dict[tuple[int, int], QuizRecord] = {}
    for attempt in attempts:
        key = (attempt.enrolment_id, attempt.quiz_id)
        if key not in quizzes:
            quizzes[key] = QuizRecord(
                enrolment=by_id[attempt.enrolment_id],
                quiz=attempt.quiz,
                allowed=attempt.quiz.max_attempts,
            )
        quizzes[key].attempts.append(attempt)
    grants = ExtraAttempt.objects.filter(enrolment__in=by_id).select_related("granted_by")
    for grant in grants:
        if row := quizzes.get((grant.enrolment_id, grant.quiz_id)):
            row.allowed += 1
            row.grants.append(grant)
    assignments = []
    if person.agency_id:
        covering = Assignment.objects.covering(person.agency).select_related(
            "course", "programme", "agency"
        )
        assignments = [a for a in covering.order_by("due_on") if a.applies_to(person)]
    return LearningRecord(
        enrolments=enrolments,
        quizzes=list(quizzes.values()),
        assignments=assignments,
        enrolment_count=enrolments_query.count(),
        limit=limit,
    )
