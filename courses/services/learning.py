"""The learner's own record: enrolment, lesson progress, and the one place an enrolment's
progress and status are recomputed (after a lesson, a quiz attempt, or a change of the course).

Each function runs in one transaction and is safe to repeat: a second enrolment, a second
"lesson done" change nothing.
"""

import datetime

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import signals
from ..models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ProgrammeCompletion,
    ProgrammePage,
    QuizPage,
)


@transaction.atomic
def enrol(
    *,
    user: AbstractBaseUser,
    course: CoursePage,
    source: str = Enrolment.Source.SELF,
    due_on: datetime.date | None = None,
) -> Enrolment:
    """Enrol `user` in `course`; enrolling again returns the existing enrolment unchanged.

    An assignment may set or bring forward the due date of an existing enrolment.
    """
    if not course.live:
        raise ValidationError(_("This course is not published."))
    if source == Enrolment.Source.SELF and not course.self_enrolment:
        raise ValidationError(_("This course is open only to people assigned to it by HR."))
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course=course, defaults={"source": source, "due_on": due_on}
            )
    except IntegrityError:  # two requests raced; the other one enrolled
        enrolment, created = Enrolment.objects.get(user=user, course=course), False
    if created:
        signals.enrolment_status_changed.send(
            sender=Enrolment, enrolment=enrolment, previous=None, status=enrolment.status
        )
    elif (
        due_on
        and not enrolment.is_completed
        and (not enrolment.due_on or due_on < enrolment.due_on)
    ):
        enrolment = bring_due_date_forward(enrolment=enrolment, due_on=due_on)
    return enrolment


def bring_due_date_forward(*, enrolment: Enrolment, due_on: datetime.date) -> Enrolment:
    """An unfinished enrolment takes `due_on` if it is earlier than its own (row locked, so a
    learner finishing at the same moment is counted right)."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=enrolment.pk)
    )
    if enrolment.is_completed or (enrolment.due_on and enrolment.due_on <= due_on):
        return enrolment
    previous_due_on = enrolment.due_on
    Enrolment.objects.filter(pk=enrolment.pk).update(due_on=due_on)
    enrolment.due_on = due_on
    agency = enrolment.user.agency_id if enrolment.user.is_active else None
    signals.enrolment_due_changed.send(
        sender=Enrolment, changes=[(enrolment, previous_due_on, agency)]
    )
    return enrolment


@transaction.atomic
def complete_lesson(*, enrolment: Enrolment, lesson: LessonPage) -> Enrolment:
    if not lesson.live or lesson.get_parent().pk != enrolment.course_id:
        raise ValidationError(_("This lesson is not part of your course."))
    if not enrolment.course.live:
        raise ValidationError(_("This course is not published."))
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    return recompute_enrolment(enrolment=enrolment)


@transaction.atomic
def recompute_enrolment(*, enrolment: Enrolment) -> Enrolment:
    """The one place an enrolment's progress and status change, from the recorded facts.

    Completed is final: a course that later gains a lesson does not take completion away.
    """
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    course = enrolment.course
    previous = enrolment.status
    steps = course.steps()
    lesson_ids = set(steps.type(LessonPage).values_list("pk", flat=True))
    quiz_ids = set(steps.type(QuizPage).values_list("pk", flat=True))
    done_lessons = lesson_ids & set(enrolment.lesson_progress.values_list("lesson_id", flat=True))
    attempts = enrolment.attempts.all()
    passed_quizzes = quiz_ids & set(attempts.filter(passed=True).values_list("quiz_id", flat=True))
    total = len(lesson_ids) + len(quiz_ids)

    now = timezone.now()
    if enrolment.status != Enrolment.Status.COMPLETED:
        rule_met = total > 0 and (
            (not course.require_all_lessons or done_lessons == lesson_ids)
            and (not course.require_quizzes_passed or passed_quizzes == quiz_ids)
        )
        if rule_met:
            enrolment.status = Enrolment.Status.COMPLETED
            enrolment.completed_at = now
        elif done_lessons or attempts.exists():
            enrolment.status = Enrolment.Status.IN_PROGRESS
        if enrolment.status != Enrolment.Status.NOT_STARTED and not enrolment.started_at:
            enrolment.started_at = now
    enrolment.progress = (
        100
        if enrolment.status == Enrolment.Status.COMPLETED
        else (100 * (len(done_lessons) + len(passed_quizzes)) // total if total else 0)
    )
    enrolment.done_steps = sorted(done_lessons | passed_quizzes)
    enrolment.save(update_fields=["status", "progress", "done_steps", "started_at", "completed_at"])
    if enrolment.status != previous:
        signals.enrolment_status_changed.send(
            sender=Enrolment, enrolment=enrolment, previous=previous, status=enrolment.status
        )
        if enrolment.status == Enrolment.Status.COMPLETED:
            _complete_programmes(user=enrolment.user, course=course)
    return enrolment


def _complete_programmes(*, user, course: CoursePage) -> None:
    """A programme completes when every one of its courses does."""
    for programme in ProgrammePage.objects.live().filter(course_links__course=course).distinct():
        course_ids = {link.course_id for link in programme.course_links.all()}
        completed = set(
            Enrolment.objects.for_user(user)
            .completed()
            .filter(course_id__in=course_ids)
            .values_list("course_id", flat=True)
        )
        if completed == course_ids:
            completion, created = ProgrammeCompletion.objects.get_or_create(
                user=user, programme=programme
            )
            if created:
                signals.programme_completed.send(sender=ProgrammeCompletion, completion=completion)


def recompute_course(*, course_id: int) -> int:
    """Recompute every enrolment in a course, after its lessons or quizzes changed."""
    enrolments = Enrolment.objects.filter(course_id=course_id).unfinished()
    count = 0
    for enrolment in enrolments.iterator():
        recompute_enrolment(enrolment=enrolment)
        count += 1
    return count
