"""Course pages (what is taught) and the learning record (who learned what, and when)."""

from .assignments import Assignment, ReminderSent
from .pages import (
    DURATIONS,
    CatalogPage,
    Competency,
    CoursePage,
    HomePage,
    LessonPage,
    Level,
    ProgrammeCourse,
    ProgrammePage,
    QuizPage,
    Topic,
)
from .records import Enrolment, LessonProgress, ProgrammeCompletion, QuizAttempt

__all__ = [
    "DURATIONS",
    "Assignment",
    "ReminderSent",
    "CatalogPage",
    "Competency",
    "CoursePage",
    "Enrolment",
    "HomePage",
    "LessonPage",
    "LessonProgress",
    "Level",
    "ProgrammeCompletion",
    "ProgrammeCourse",
    "ProgrammePage",
    "QuizAttempt",
    "QuizPage",
    "Topic",
]
