"""Receivers of workforce's own signals, connected in WorkforceConfig.ready(): each queues
background work once the change commits."""

from django.db import transaction
from django.utils import timezone

from lms import jobs

from . import tasks


def send_invitations(sender, people, **kwargs):
    """New people are invited to set their password once they are committed."""
    ids = [person.pk for person in people]
    if len(ids) == 1:
        transaction.on_commit(lambda: tasks.send_invitation_email.enqueue(ids[0]))
    elif ids:
        transaction.on_commit(lambda: tasks.send_invitation_emails.enqueue(ids))


def run_roster_stage(sender, roster_import, apply, **kwargs):
    """The stage's task and its watchdog, once the transaction commits. `robust`: with the
    queue down the import waits, and a worker's start queues it again
    (tasks.resume_roster_imports)."""
    pk = roster_import.pk
    transaction.on_commit(lambda: tasks.run_roster_import.enqueue(pk, apply), robust=True)
    transaction.on_commit(
        lambda: tasks.watch_roster_import.using(run_after=timezone.now() + jobs.lease()).enqueue(
            pk
        ),
        robust=True,
    )
