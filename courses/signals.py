"""Domain signals of the learning record, for the apps above courses (reports, certificates)
and for courses' own receivers.

Sent inside the transaction of the change; receivers that do slow work use on_commit.
"""

from django.dispatch import Signal

# kwargs: enrolment, previous (status or None for a new enrolment), status.
enrolment_status_changed = Signal()

# kwargs: enrolments, new enrolments (not started) made together, e.g. for the people a
# roster added to an assigned agency. Each is as if enrolment_status_changed had been sent
# with previous None.
enrolments_created = Signal()

# kwargs: completion (ProgrammeCompletion).
programme_completed = Signal()

# kwargs: changes, a list of (enrolment with its new due_on, previous due_on, agency id of its
# person if active, else None). Sent when an assignment brings a due date forward, is given a
# new due date, or is cancelled.
enrolment_due_changed = Signal()

# Courses' own, for its receivers that start background work once the change commits
# (services never import tasks).

# kwargs: assignment, just made: the people it covers are to be enrolled.
assignment_created = Signal()

# kwargs: assignment whose due date changed or that was cancelled: the due dates of its
# people's unfinished enrolments are to follow.
assignment_changed = Signal()
