"""Reads of the learning record shared by pages and views."""

import datetime
from dataclasses import dataclass, field

from .models import CoursePage, Enrolment, LessonPage, QuizAttempt, QuizPage
from .serving import remember


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


def course_directory() -> dict[int, dict]:
    """Every live course as {id: {title, code, url, hours}}, cached until content changes:
    lists of enrolments show courses without joining the page tables."""

    def directory():
        return {
            course.pk: {
                "title": course.title,
                "code": course.code,
                "url": course.url,
                "hours": course.estimated_hours,
            }
            for course in CoursePage.objects.live()
        }

    return remember("course-directory", directory)


def my_learning(*, user) -> dict:
    """The signed-in home from one small query: unfinished courses (those due soonest first,
    then the most recently enrolled), then completed ones, latest first."""
    courses = course_directory()
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


def attempts_left(*, enrolment: Enrolment, quiz: QuizPage) -> int:
    used = QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz).count()
    return max(quiz.max_attempts - used, 0)


def next_step(*, enrolment: Enrolment):
    """The first lesson not yet done or quiz not yet passed, in course order; None when all are."""
    done = set(enrolment.done_steps)
    for step in enrolment.course.get_children().live().type(LessonPage, QuizPage):
        if step.pk not in done:
            return step
    return None
