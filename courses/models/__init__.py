"""Course pages (what is taught) and the learning record (who learned what, and when)."""

from .assignments import Assignment, ReminderSent
from .pages import (
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
    ProgrammeCourse,
    ProgrammePage,
    QuizPage,
)
from .records import Enrolment, ExtraAttempt, LessonProgress, ProgrammeCompletion, QuizAttempt
from .reference import DURATIONS, Competency, Level, Topic

__all__ = [
    "DURATIONS",
    "Assignment",
    "ReminderSent",
    "CatalogPage",
    "Competency",
    "CoursePage",
    "Enrolment",
    "ExtraAttempt",
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
