"""Reads of the learning record shared by pages and views."""

from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Value, When

from .models import Enrolment, LessonProgress, QuizAttempt


@dataclass
class CourseState:
    """Where one learner stands in one course."""

    enrolment: Enrolment | None
    done_ids: set[int] = field(default_factory=set)

    @property
    def enrolled(self) -> bool:
        return self.enrolment is not None


def course_state(*, user, course_id: int) -> CourseState:
    """The learner's enrolment and the steps they finished (lessons done, quizzes passed): two queries."""
    enrolment = Enrolment.objects.for_user(user).filter(course_id=course_id).first()
    if enrolment is None:
        return CourseState(enrolment=None)
    lessons = LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True)
    quizzes = QuizAttempt.objects.filter(enrolment=enrolment, passed=True).values_list(
        "quiz_id", flat=True
    )
    # A compound query may not carry the models' default ordering.
    lessons, quizzes = lessons.order_by(), quizzes.order_by()
    return CourseState(enrolment=enrolment, done_ids=set(lessons.union(quizzes)))


def my_learning(*, user) -> dict:
    """The signed-in home: unfinished courses (overdue, then by due date), then completed ones."""
    enrolments = Enrolment.objects.for_user(user).select_related("course")
    unfinished = enrolments.unfinished().order_by(
        Case(
            When(due_on__isnull=True, then=Value(1)), default=Value(0), output_field=IntegerField()
        ),
        "due_on",
        "-enrolled_at",
    )
    return {
        "unfinished": list(unfinished),
        "completed": list(enrolments.completed().order_by("-completed_at")),
    }
