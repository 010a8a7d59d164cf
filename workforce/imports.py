"""Roster import as a service: an uploaded staff list checked whole (workforce.roster), then,
when nothing is wrong, written in batches by a background worker under a lease (lms.jobs).

The worker's tasks (workforce.tasks) call the functions here; the writes that need one send
a signal (roster_stage_queued, people_invited) whose receiver queues it once they commit.
"""

import functools
import logging

from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.db.utils import OperationalError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from lms import audit, jobs
from lms.text import clean_text

from . import signals
from .accounts import mark_email_verified
from .models import Agency, HRRole, RosterImport, User
from .roster import check_roster
from .roster_files import RosterFileError, read_roster

logger = logging.getLogger(__name__)

# Roster import: checked whole first (workforce.roster), reading only; then, when nothing is
# wrong, written in batches, each a short transaction of its own, so that sign-ins and page
# views never wait long behind an import (SQLite has one writer at a time).

ROSTER_BATCH = 200


def import_roster(
    *,
    content: bytes,
    name: str,
    actor: User | None,
    apply: bool,
    deactivate_missing: Agency | None = None,
    progress=None,
    batch_done=None,
    roster_import=None,
    invite: bool = True,
):
    """Check a roster file and, when `apply` and nothing is wrong, write it.

    Any error in any row writes nothing. People are matched by staff code, so importing the
    same file again changes nothing, and an import stopped between two batches (its worker
    killed) finishes when the file is imported again: the rows already written are unchanged.
    New people with an e-mail get an invitation once their batch commits (unless `invite` is
    False: the demo seed). `progress(done,
    rows)` is called while checking, `batch_done(done, total)` inside each batch's transaction
    (raising there undoes the batch). The people's history entries name `roster_import` (the
    upload being applied), so `created_people` can find them. Returns the check (`roster.RosterCheck`);
    RosterFileError when the file is unreadable.
    """
    check = check_roster(
        read_roster(content, name),
        actor=actor,
        deactivate_missing=deactivate_missing,
        progress=progress,
    )
    if apply and check.ok:
        source = {"roster_import": roster_import.pk} if roster_import else {}
        _apply_roster(check, actor=actor, batch_done=batch_done, source=source, invite=invite)
    return check


def _apply_roster(
    check, *, actor: User | None, batch_done=None, source=None, invite: bool = True
) -> None:
    steps = (
        (
            functools.partial(_write_roster_batch, invite=invite),
            [change for change in check.changes if change.kind != "unchanged"],
        ),
        (_deactivate_roster_batch, check.deactivate),
    )
    total = sum(len(items) for _write, items in steps)
    done = 0
    for write, items in steps:
        for start in range(0, len(items), ROSTER_BATCH):
            batch = items[start : start + ROSTER_BATCH]
            with transaction.atomic():
                if batch_done:
                    batch_done(done, total)
                write(batch, actor=actor, source=source or {})
            done += len(batch)
            jobs.make_way_for_requests()
    if batch_done and total:
        batch_done(done, total)


def _write_roster_batch(changes, *, actor: User | None, source=None, invite: bool = True) -> None:
    agencies = Agency.objects.in_bulk(
        {c.fields.get("agency_id") for c in changes} | {c.from_agency_id for c in changes}
    )
    now = timezone.now()
    created = []
    for change in (c for c in changes if c.kind == "new"):
        person = User(date_joined=now, **change.fields)
        person.set_unusable_password()
        person.normalise()
        created.append(person)
    User.objects.bulk_create(created)
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user=person, email=person.email, verified=True, primary=True)
            for person in created
            if person.email
        ]
    )

    changed = [c for c in changes if c.kind in ("updated", "moved")]
    people = User.objects.in_bulk([c.person_id for c in changed])
    moved_from = {}
    for change in changed:
        person = people[change.person_id]
        for field_name, value in change.fields.items():
            setattr(person, field_name, value)
        person.normalise()
        if change.kind == "moved":
            moved_from[person.pk] = agencies.get(change.from_agency_id)
    fields = sorted({name for c in changed for name in c.fields} | {"name_sort_key", "name_folded"})
    if changed:
        User.objects.bulk_update(list(people.values()), fields)
        for change in changed:
            if "email" in change.fields:
                mark_email_verified(people[change.person_id])

    # Tell the apps that count by agency: new people joined, moved people left and joined.
    arrivals: dict[int, list] = {}
    for person in created:
        arrivals.setdefault(person.agency_id, []).append((person, None))
    for person_id, from_agency in moved_from.items():
        person = people[person_id]
        arrivals.setdefault(person.agency_id, []).append((person, from_agency))
    for agency_id, members in arrivals.items():
        signals.person_moved.send(
            sender=User,
            people=[person for person, _from in members],
            from_agencies={person.pk: source for person, source in members},
            to_agency=agencies[agency_id],
        )
    _log_roster(
        [(audit.PERSON_CREATE, person) for person in created]
        + [(audit.PERSON_EDIT, person) for person in people.values()],
        actor=actor,
        now=now,
        source=source,
    )
    invited = [person for person in created if person.email]
    if invite and invited:
        signals.people_invited.send(sender=User, people=invited)


def _deactivate_roster_batch(person_ids: list[int], *, actor: User | None, source=None) -> None:
    leaving = list(User.objects.filter(pk__in=person_ids, is_active=True))
    User.objects.filter(pk__in=[person.pk for person in leaving]).update(is_active=False)
    signals.people_activated.send(sender=User, people=leaving, active=False)
    _log_roster(
        [(audit.PERSON_DEACTIVATE, person) for person in leaving],
        actor=actor,
        now=timezone.now(),
        source=source,
    )


def _log_roster(entries, *, actor: User | None, now, source=None) -> None:
    content_type = ContentType.objects.get_for_model(User)
    agency_ids = {person.agency_id for _action, person in entries}
    agency_paths = dict(Agency.objects.filter(pk__in=agency_ids).values_list("pk", "path"))
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                label=str(person)[:255],
                action=action,
                data={
                    "source": "roster",
                    **(source or {}),
                    "agency_path": agency_paths.get(person.agency_id, ""),
                },
                timestamp=now,
                user=actor,
                object_id=str(person.pk),
            )
            for action, person in entries
        ]
    )


ROSTER_MAX_BYTES = 20 * 1024 * 1024


def start_roster_import(*, upload, actor: User, deactivate_missing: Agency | None = None):
    """Keep the uploaded file and queue its check; nothing about people is written yet."""
    name = clean_text(upload.name)[-200:] or "roster"
    if not name.lower().endswith((".xlsx", ".xlsm", ".csv", ".txt")):
        raise ValidationError(
            {"file": _("The file must be an Excel workbook (.xlsx) or a CSV file.")}
        )
    if upload.size > ROSTER_MAX_BYTES:
        raise ValidationError(
            {"file": _("The file is larger than 20 MB; split it into several files.")}
        )
    if (
        deactivate_missing
        and not Agency.objects.manageable_by(actor).filter(pk=deactivate_missing.pk).exists()
    ):
        raise ValidationError({"deactivate_missing": _("You do not manage that agency.")})
    with transaction.atomic():
        roster_import = RosterImport(
            requested_by=actor,
            original_name=name,
            deactivate_missing=deactivate_missing,
            queued_at=timezone.now(),
        )
        roster_import.file.save(name, ContentFile(upload.read()), save=False)
        roster_import.save()
        signals.roster_stage_queued.send(
            sender=RosterImport, roster_import=roster_import, apply=False
        )
    return roster_import


def confirm_roster_import(*, roster_import, actor: User):
    """Queue the import of a checked file; a second click finds it already queued."""
    if roster_import.requested_by_id != actor.pk:
        raise ValidationError(_("Only the person who uploaded the file can import it."))
    with transaction.atomic():
        claimed = RosterImport.objects.filter(
            pk=roster_import.pk, status=RosterImport.Status.CHECKED
        ).update(
            status=RosterImport.Status.APPLY_QUEUED,
            done=0,
            runs=0,
            heartbeat_at=None,
            queued_at=timezone.now(),
            message="",
        )
        if claimed:
            signals.roster_stage_queued.send(
                sender=RosterImport, roster_import=roster_import, apply=True
            )
    roster_import.refresh_from_db()
    return roster_import


def roster_stage(roster_import) -> tuple[str, str, bool]:
    """(waiting status, running status, applying?) of the stage the import is in."""
    Status = type(roster_import).Status
    if roster_import.status in (Status.APPLY_QUEUED, Status.APPLYING):
        return Status.APPLY_QUEUED, Status.APPLYING, True
    return Status.QUEUED, Status.CHECKING, False


def run_roster_import(*, roster_import, apply: bool, wait: bool = False):
    """Check (or apply) an uploaded roster, keeping its progress, counts and errors on the row.

    The stage is claimed under a lease (lms.jobs): a stage whose worker died is run again from
    the start by the next claim (checking reads only; applying again skips the rows already
    written), and marked failed after RosterImport.MAX_RUNS runs. Applying checks the file
    again first: people may have changed since it was checked.
    """
    Status = RosterImport.Status
    waiting, running, applying = roster_stage(roster_import)
    if applying != apply:
        return roster_import
    run = jobs.claim(roster_import, waiting=waiting, running=running, wait=wait)
    if run is None:
        return roster_import
    heartbeat = jobs.Heartbeat(roster_import, run)
    if run > RosterImport.MAX_RUNS:
        heartbeat.finish(
            status=Status.FAILED,
            message=_(
                "The background worker stopped %(runs)d times while handling this file, so it "
                "is not tried again. Nothing more was written. Split the file into smaller "
                "ones, or ask the administrator to look at the worker's log."
            )
            % {"runs": run - 1},
        )
        roster_import.refresh_from_db()
        return roster_import
    if run > 1:
        heartbeat.beat(
            message=_(
                "The background worker stopped while this file was being %(stage)s; it was "
                "started again from the beginning (run %(run)d)."
            )
            % {"stage": _("imported") if apply else _("checked"), "run": run}
        )

    def checking(done, rows):
        if apply:
            heartbeat.keep_alive()
        else:
            heartbeat.beat(done=done, rows=rows)

    def writing(done, total):
        heartbeat.beat(done=done, rows=total)

    try:
        with roster_import.file.open("rb") as stored:
            content = stored.read()
        check = import_roster(
            content=content,
            name=roster_import.original_name,
            actor=roster_import.requested_by,
            apply=apply,
            deactivate_missing=roster_import.deactivate_missing,
            progress=checking,
            batch_done=writing,
            roster_import=roster_import,
        )
    except jobs.LeaseLost:
        logger.warning("Roster import %s was taken over; run %s stops", roster_import.pk, run)
        return roster_import
    except RosterFileError as error:
        outcome = {"status": Status.INVALID, "message": str(error), "error_count": 1}
    except OperationalError as error:
        if not jobs.is_locked_database(error):
            raise
        # Busy for longer than the timeout: back to the queue; the worker runs it again.
        heartbeat.finish(status=waiting, heartbeat_at=None)
        raise
    except Exception:
        logger.exception("Roster import %s failed", roster_import.pk)
        roster_import.refresh_from_db()
        outcome = {
            "status": Status.FAILED,
            "message": (
                _(
                    "The import stopped on a fault after writing %(done)d of %(total)d "
                    "changes. Upload the same file again to finish: the people already "
                    "written are matched and left unchanged."
                )
                % {"done": roster_import.done, "total": roster_import.rows}
                if apply
                else _("The check stopped on a fault; nothing was written. Try again later.")
            ),
        }
    else:
        finished = Status.APPLIED if apply else Status.CHECKED
        outcome = {
            "status": finished if check.ok else Status.INVALID,
            "errors": [str(e) for e in check.errors[: RosterImport.ERRORS_KEPT]],
            "error_count": len(check.errors),
            "warnings": check.warnings,
        }
        if not apply or not check.ok or run == 1:  # a resumed import would count only the rest
            outcome.update(rows=check.rows, done=check.rows, counts=check.counts)
        else:
            outcome.update(done=F("rows"))
        if not apply:
            outcome["leaving"] = _names(check.deactivate[: RosterImport.ERRORS_KEPT])
    heartbeat.finish(**outcome)
    roster_import.refresh_from_db()
    if roster_import.status == Status.APPLIED:
        _audit_roster(roster_import)
    return roster_import


def _audit_roster(roster_import) -> None:
    """One history entry per applied import, seen by HR of the agency it was made for."""
    actor = roster_import.requested_by
    agency = roster_import.deactivate_missing
    if agency is None:
        paths = HRRole.objects.paths_for(actor, manage=True)
        agency = min(paths, key=len) if paths else None
    counts = roster_import.counts or {}
    audit.record(
        roster_import,
        audit.ROSTER_IMPORT,
        user=actor,
        agency=agency,
        file=roster_import.original_name,
        added=counts.get("new", 0),
        updated=counts.get("updated", 0) + counts.get("moved", 0),
        deactivated=counts.get("deactivated", 0),
    )


def created_people(roster_import):
    """The people an applied import created (its history entries name them)."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User),
        action=audit.PERSON_CREATE,
        data__roster_import=roster_import.pk,
    )
    ids = [int(pk) for pk in entries.values_list("object_id", flat=True)]
    return User.objects.filter(pk__in=ids)


def _names(person_ids: list[int]) -> list[str]:
    """ "Full name (staff code)" of each person, in the Vietnamese order of names."""
    people = User.objects.filter(pk__in=person_ids).order_by("name_sort_key", "staff_code")
    return [f"{person.full_name} ({person.staff_code})" for person in people]


def watch_roster_import(*, roster_import) -> None:
    """The watchdog's round: a stage whose worker stopped, or that waited a lease, is run."""
    roster_import.refresh_from_db()
    if roster_import.is_finished:
        return
    waiting, running, applying = roster_stage(roster_import)
    if jobs.is_due(
        roster_import, waiting=waiting, running=running, waiting_since=roster_import.queued_at
    ):
        run_roster_import(roster_import=roster_import, apply=applying)
