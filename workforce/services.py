"""Every write to agencies, people and HR roles, each in one transaction. Roster imports, which
write in batches, are in workforce.imports."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import audit
from lms.text import clean_text

from . import signals
from .accounts import mark_email_verified
from .models import Agency, AgencyChange, AgencyKind, HRRole, User

PERSON_FIELDS = (
    "staff_code",
    "email",
    "family_name",
    "middle_name",
    "given_name",
    "date_of_birth",
    "gender",
    "category",
    "position",
    "agency",
)


def _today() -> datetime.date:
    return timezone.localdate()


def _check_effective_on(agency: Agency, effective_on: datetime.date | None) -> None:
    """History is a sequence: a change cannot take effect before the agency's latest one."""
    latest = agency.changes.order_by("-effective_on").values_list("effective_on", flat=True).first()
    if latest and (effective_on or _today()) < latest:
        raise ValidationError(
            {
                "effective_on": _(
                    "%(agency)s already has a change effective from %(date)s; "
                    "a new change cannot take effect before that."
                )
                % {"agency": agency.name, "date": latest.strftime("%d/%m/%Y")}
            }
        )


AUDITED_CHANGES = {
    AgencyChange.Action.CREATED: audit.AGENCY_CREATE,
    AgencyChange.Action.RENAMED: audit.AGENCY_RENAME,
    AgencyChange.Action.MOVED: audit.AGENCY_MOVE,
    AgencyChange.Action.MERGED: audit.AGENCY_MERGE,
    AgencyChange.Action.CLOSED: audit.AGENCY_CLOSE,
}


def _record(
    agency: Agency, action: str, *, effective_on, actor=None, note="", other=None, **details
):
    """The dated change in the agency's history, and (`details` for its message) in the
    activity history HR read; the absorbing side of a merge is told by the merged one."""
    parent = agency.get_parent(update=True)
    if action in AUDITED_CHANGES:
        audit.record(
            agency, AUDITED_CHANGES[action], user=actor, agency=agency, note=note, **details
        )
    return AgencyChange.objects.create(
        agency=agency,
        action=action,
        effective_on=effective_on or _today(),
        name=agency.name,
        code=agency.code,
        parent=parent,
        is_active=agency.is_active,
        other_agency=other,
        note=clean_text(note),
        actor=actor,
    )


@transaction.atomic
def create_agency(
    *,
    code: str,
    name: str,
    kind: str = AgencyKind.UNIT,
    parent: Agency | None = None,
    effective_on: datetime.date | None = None,
    actor: User | None = None,
) -> Agency:
    code = clean_text(code).upper()
    if Agency.objects.filter(code__iexact=code).exists():
        raise ValidationError(
            {"code": _("An agency with code %(code)s already exists.") % {"code": code}}
        )
    if parent is not None and not parent.is_active:
        raise ValidationError({"parent": _("A closed agency cannot take new units.")})
    fields = {"code": code, "name": clean_text(name), "kind": kind}
    if parent is None:
        agency = Agency.add_root(**fields)
    else:
        agency = Agency.objects.get(pk=parent.pk).add_child(**fields)
    _record(agency, AgencyChange.Action.CREATED, effective_on=effective_on, actor=actor)
    return agency


@transaction.atomic
def rename_agency(
    *,
    agency: Agency,
    name: str,
    effective_on: datetime.date | None = None,
    actor: User | None = None,
    note: str = "",
) -> Agency:
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    _check_effective_on(agency, effective_on)
    name = clean_text(name)
    if not name:
        raise ValidationError({"name": _("Enter the new name.")})
    if name == agency.name:
        raise ValidationError({"name": _("This is already the agency's name.")})
    old_name, agency.name = agency.name, name
    agency.save()
    _record(
        agency,
        AgencyChange.Action.RENAMED,
        effective_on=effective_on,
        actor=actor,
        note=note,
        old=old_name,
        new=name,
    )
    return agency


@transaction.atomic
def move_agency(
    *,
    agency: Agency,
    new_parent: Agency,
    effective_on: datetime.date | None = None,
    actor: User | None = None,
    note: str = "",
) -> Agency:
    agency = Agency.objects.get(pk=agency.pk)
    new_parent = Agency.objects.get(pk=new_parent.pk)
    if new_parent.pk == agency.pk or new_parent.path.startswith(agency.path):
        raise ValidationError(
            {"new_parent": _("An agency cannot move under itself or its own units.")}
        )
    if not new_parent.is_active:
        raise ValidationError({"new_parent": _("A closed agency cannot take new units.")})
    old_parent = agency.get_parent()
    if old_parent == new_parent:
        return agency
    _check_effective_on(agency, effective_on)
    old_ancestor_ids = list(agency.get_ancestors().values_list("pk", flat=True))
    agency.move(new_parent, pos="last-child")
    agency = Agency.objects.get(pk=agency.pk)
    _record(
        agency,
        AgencyChange.Action.MOVED,
        effective_on=effective_on,
        actor=actor,
        note=note,
        old=old_parent.name if old_parent else "",
        new=new_parent.name,
    )
    signals.agency_moved.send(sender=Agency, agency=agency, old_ancestor_ids=old_ancestor_ids)
    return agency


@transaction.atomic
def merge_agency(
    *,
    agency: Agency,
    into: Agency,
    effective_on: datetime.date | None = None,
    actor: User | None = None,
    note: str = "",
) -> Agency:
    """Merge `agency` into `into`: its people and units move to `into`, and it closes.

    The merged agency stays in the tree, closed, with `into` as its successor, so past
    reports can still name it and follow where its people went.
    """
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    into = Agency.objects.select_for_update().get(pk=into.pk)
    effective_on = effective_on or _today()
    if agency.pk == into.pk:
        raise ValidationError({"into": _("An agency cannot be merged into itself.")})
    if not agency.is_active:
        raise ValidationError({"agency": _("This agency is already closed.")})
    if not into.is_active:
        raise ValidationError({"into": _("Agencies cannot be merged into a closed agency.")})
    if into.path.startswith(agency.path):
        raise ValidationError({"into": _("An agency cannot be merged into one of its own units.")})
    _check_effective_on(agency, effective_on)
    _check_effective_on(into, effective_on)

    for child in agency.get_children().filter(is_active=True):
        move_agency(
            agency=child, new_parent=into, effective_on=effective_on, actor=actor, note=note
        )

    people = list(User.objects.filter(agency=agency))
    if people:
        transfer_people(people=people, to_agency=into)

    agency = Agency.objects.get(pk=agency.pk)
    into = Agency.objects.get(pk=into.pk)  # re-read: it has taken in new units
    agency.is_active = False
    agency.closed_on = effective_on
    agency.successor = into
    agency.save()
    _record(
        agency,
        AgencyChange.Action.MERGED,
        effective_on=effective_on,
        actor=actor,
        note=note,
        other=into,
        into=into.name,
    )
    _record(
        into,
        AgencyChange.Action.ABSORBED,
        effective_on=effective_on,
        actor=actor,
        note=note,
        other=agency,
    )
    signals.agencies_merged.send(
        sender=Agency, merged=agency, successor=into, effective_on=effective_on
    )
    return agency


@transaction.atomic
def close_agency(
    *,
    agency: Agency,
    effective_on: datetime.date | None = None,
    actor: User | None = None,
    note: str = "",
) -> Agency:
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    if not agency.is_active:
        raise ValidationError(_("This agency is already closed."))
    _check_effective_on(agency, effective_on)
    if agency.get_children().filter(is_active=True).exists():
        raise ValidationError(_("Close or move its units first, or merge it into another agency."))
    if User.objects.filter(agency=agency, is_active=True).exists():
        raise ValidationError(_("Move its people first, or merge it into another agency."))
    agency.is_active = False
    agency.closed_on = effective_on or _today()
    agency.save()
    _record(agency, AgencyChange.Action.CLOSED, effective_on=effective_on, actor=actor, note=note)
    return agency


@transaction.atomic
def transfer_people(*, people: list[User], to_agency: Agency) -> None:
    """Move people to another agency and tell the apps that count by agency."""
    from_agencies = {person.pk: person.agency for person in people}
    User.objects.filter(pk__in=[p.pk for p in people]).update(agency=to_agency)
    for person in people:
        person.agency = to_agency
    signals.person_moved.send(
        sender=User, people=people, from_agencies=from_agencies, to_agency=to_agency
    )


@transaction.atomic
def create_person(*, actor: User | None = None, invite: bool = True, **fields) -> User:
    """Create a person from HR data. They set their own password through the invitation."""
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"Unknown person fields: {sorted(unknown)}")
    person = User(**fields)
    person.set_unusable_password()
    person.full_clean(exclude=["password"])
    person.save()
    mark_email_verified(person)
    audit.record(person, audit.PERSON_CREATE, user=actor, agency=person.agency)
    if person.agency is not None:
        signals.person_moved.send(
            sender=User, people=[person], from_agencies={person.pk: None}, to_agency=person.agency
        )
    if invite and person.email:
        signals.people_invited.send(sender=User, people=[person])
    return person


@transaction.atomic
def update_person(*, person: User, actor: User | None = None, **fields) -> User:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"Unknown person fields: {sorted(unknown)}")
    person = User.objects.select_for_update().get(pk=person.pk)
    old_agency = person.agency
    for name, value in fields.items():
        setattr(person, name, value)
    person.full_clean(exclude=["password"])
    person.save()
    mark_email_verified(person)
    audit.record(person, audit.PERSON_EDIT, user=actor, agency=person.agency)
    if person.agency_id != (old_agency.pk if old_agency else None) and person.agency is not None:
        signals.person_moved.send(
            sender=User,
            people=[person],
            from_agencies={person.pk: old_agency},
            to_agency=person.agency,
        )
    return person


@transaction.atomic
def set_person_active(*, person: User, active: bool, actor: User | None = None) -> User:
    """Deactivate (or reactivate) a person: they cannot sign in, their records stay."""
    if actor is not None and actor.pk == person.pk and not active:
        raise ValidationError(_("You cannot deactivate your own account."))
    changed = User.objects.filter(pk=person.pk, is_active=not active).update(is_active=active)
    person.is_active = active
    if changed:
        signals.people_activated.send(sender=User, people=[person], active=active)
    audit.record(
        person,
        audit.PERSON_REACTIVATE if active else audit.PERSON_DEACTIVATE,
        user=actor,
        agency=person.agency,
    )
    return person


@transaction.atomic
def set_person_rights(
    *, person: User, groups, is_superuser: bool, actor: User | None = None
) -> User:
    """Groups and the administrator flag: given only by administrators (the views check)."""
    person.groups.set(groups)
    if person.is_superuser != is_superuser:
        person.is_superuser = is_superuser
        person.save(update_fields=["is_superuser"])
    audit.record(person, audit.PERSON_RIGHTS, user=actor, agency=person.agency)
    return person


@transaction.atomic
def grant_hr_role(
    *, person: User, agency: Agency, role: str, granted_by: User | None = None
) -> HRRole:
    hr_role, _created = HRRole.objects.update_or_create(
        person=person, agency=agency, defaults={"role": role, "granted_by": granted_by}
    )
    audit.record(hr_role, audit.ROLE_GRANT, user=granted_by, agency=agency)
    return hr_role


@transaction.atomic
def revoke_hr_role(*, hr_role: HRRole, actor: User | None = None) -> None:
    audit.record(hr_role, audit.ROLE_REVOKE, user=actor, agency=hr_role.agency)
    hr_role.delete()
