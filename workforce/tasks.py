"""Background work for workforce, through Django's tasks API. Each task is safe to run twice."""

from django_tasks import task

from .accounts import send_invitation
from .models import User


@task()
def send_invitation_email(person_id: int) -> bool:
    person = User.objects.filter(pk=person_id, is_active=True).first()
    if person is None or person.has_usable_password():
        # Gone, deactivated, or already set a password: nothing to invite to.
        return False
    return send_invitation(person=person)


@task()
def send_invitation_emails(person_ids: list[int]) -> int:
    """Invitations for the new people of a roster import, a batch at a time."""
    return sum(bool(send_invitation_email.call(person_id)) for person_id in person_ids)


@task()
def run_roster_import(roster_import_id: int, apply: bool, wait: bool = False) -> str:
    from . import imports
    from .models import RosterImport

    roster_import = RosterImport.objects.select_related("requested_by", "deactivate_missing").get(
        pk=roster_import_id
    )
    return imports.run_roster_import(roster_import=roster_import, apply=apply, wait=wait).status


@task()
def watch_roster_import(roster_import_id: int) -> str:
    """Every lease while the import is unfinished: run its stage if its worker has stopped.
    The next round is queued first, so a round that dies itself does not end the watch."""
    from django.utils import timezone

    from lms import jobs

    from . import imports
    from .models import RosterImport

    roster_import = RosterImport.objects.get(pk=roster_import_id)
    if roster_import.is_finished:
        return roster_import.status
    watch_roster_import.using(run_after=timezone.now() + jobs.lease()).enqueue(roster_import_id)
    imports.watch_roster_import(roster_import=roster_import)
    return roster_import.status
