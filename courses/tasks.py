"""Background work for courses, through Django's tasks API. Each task is safe to run twice.

Queued by courses.receivers once a change commits; each calls a service.
"""

from django_tasks import task

from workforce.models import Agency, User

from . import services
from .models import Assignment


@task()
def recompute_course_enrolments(course_id: int) -> int:
    return services.recompute_course(course_id=course_id)


@task()
def enrol_assigned_people(assignment_id: int) -> int:
    assignment = (
        Assignment.objects.active()
        .select_related("course", "programme", "agency")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None:  # cancelled before its people were enrolled
        return 0
    return services.enrol_assignment_members(assignment=assignment)


@task()
def refresh_assignment_due_dates(assignment_id: int) -> int:
    """After an assignment's due date changed or it was cancelled."""
    assignment = Assignment.objects.select_related("agency").get(pk=assignment_id)
    return services.refresh_due_dates(assignment=assignment)


@task()
def send_assignment_reminders() -> int:
    """Run daily (see `manage.py send_reminders`)."""
    return services.send_assignment_reminders()


@task()
def enrol_joiners(person_ids: list[int], agency_id: int) -> int:
    agency = Agency.objects.get(pk=agency_id)
    # Only those still in the agency's subtree: a later move may have taken them elsewhere.
    people = list(
        User.objects.filter(pk__in=person_ids, agency__path__startswith=agency.path).order_by("pk")
    )
    return services.enrol_joiners(people=people, agency=agency)
