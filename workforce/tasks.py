"""Background work for workforce, through Django's tasks API. Each task is safe to run twice.

Queued by workforce.receivers once a change commits (and by the screens that resend an
invitation); each calls a service.
"""

from django.utils import timezone
from django_tasks import task

from lms import jobs

from . import imports
from .accounts import send_invitation
from .models import RosterImport, User


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
    roster_import = RosterImport.objects.select_related("requested_by", "deactivate_missing").get(
        pk=roster_import_id
    )
    return imports.run_roster_import(roster_import=roster_import, apply=apply, wait=wait).status


@task()
def watch_roster_import(roster_import_id: int) -> str:
    """Every lease while the import is unfinished: run its stage if its worker has stopped.
    The next round is queued first, so a round that dies itself does not end the watch."""
    roster_import = RosterImport.objects.get(pk=roster_import_id)
    if roster_import.is_finished:
        return roster_import.status
    watch_roster_import.using(run_after=timezone.now() + jobs.lease()).enqueue(roster_import_id)
    imports.watch_roster_import(roster_import=roster_import)
    return roster_import.status


def resume_roster_imports() -> int:
    """Queue every unfinished import's stage again (a worker starting up calls this): stages
    whose worker died with it are run again, the others are left to their runner."""
    unfinished = list(RosterImport.objects.filter(status__in=RosterImport.UNFINISHED))
    for roster_import in unfinished:
        applying = imports.roster_stage(roster_import)[2]
        run_roster_import.enqueue(roster_import.pk, applying, wait=True)
    return len(unfinished)
