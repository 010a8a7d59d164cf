"""Every write to the learning record, each in one transaction: the learner's own record
(`learning`: enrolment, lessons, completion) and HR's assignments (`assignments`: assigning,
enrolling the people covered, due dates, reminders). Quiz attempts are written by
courses.quizzes. `from courses import services` reaches every service function.
"""

from .assignments import (
    assign,
    cancel_assignment,
    change_assignment,
    enrol_assignment_members,
    enrol_for_assignment,
    enrol_joiners,
    refresh_due_dates,
    send_assignment_reminders,
)
from .learning import (
    bring_due_date_forward,
    complete_lesson,
    enrol,
    recompute_course,
    recompute_enrolment,
)

__all__ = [
    "assign",
    "bring_due_date_forward",
    "cancel_assignment",
    "change_assignment",
    "complete_lesson",
    "enrol",
    "enrol_assignment_members",
    "enrol_for_assignment",
    "enrol_joiners",
    "recompute_course",
    "recompute_enrolment",
    "refresh_due_dates",
    "send_assignment_reminders",
]
