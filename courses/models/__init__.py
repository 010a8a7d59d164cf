"""Course pages (what is taught) and the learning record (who learned what, and when)."""

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
