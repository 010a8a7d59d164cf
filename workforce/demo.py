"""Demo data for workforce: the Đồng Nai agency tree (demo/workforce/agencies.csv, changes.csv),
the staff in the roster HR would upload (demo/workforce/roster.csv), and the demo logins' rights.

The people are imported by the roster import itself, checked and applied as an HR upload is;
a row the import refuses stops the seed, naming the row. Idempotent: agencies are found by
code, and the import gets only the rows of staff codes not known yet, so a second run creates
nothing and changes nothing. Demo passwords live here and nowhere else.
"""

import csv
from collections import Counter
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from . import imports, services
from .demo_tree import AgencyTree, DemoDataError, cell, demo_file, read_table
from .models import HRRole, User
from .roster_files import COLUMNS

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed by seed_demo --logins, by design
ROSTER = "roster.csv"


@dataclass(frozen=True)
class DemoLogin:
    """A person of the roster file who gets the demo password and these rights."""

    staff_code: str
    role: Promise
    can: Promise
    superuser: bool = False
    hr_roles: tuple[tuple[str, str], ...] = ()  # (agency code, HRRole.Role)
    groups: tuple[str, ...] = ()


DEMO_LOGINS = (
    DemoLogin(
        "QTV001",
        _("Administrator (superuser)"),
        _("Everything: the whole admin, every agency and person, all settings."),
        superuser=True,
    ),
    DemoLogin(
        "NS0001",
        _("HR officer, whole province"),
        _("Manage agencies, people and HR roles across the province; read every report."),
        hr_roles=(("UBND-DN", HRRole.Role.OFFICER),),
    ),
    DemoLogin(
        "NS0002",
        _("HR officer, one department"),
        _("Manage the people and units of Sở Nội vụ only; read its reports."),
        hr_roles=(("SNV", HRRole.Role.OFFICER),),
    ),
    DemoLogin(
        "NS0003",
        _("HR viewer, one department"),
        _("Read the people and reports of Sở Y tế; change nothing."),
        hr_roles=(("SYT", HRRole.Role.VIEWER),),
    ),
    DemoLogin(
        "BT0001",
        _("Editor"),
        _("Write course pages and certificate templates and submit them for moderation."),
        groups=("Biên tập viên",),
    ),
    DemoLogin(
        "KD0001",
        _("Moderator"),
        _("Review, approve and publish the course pages and certificate templates editors submit."),
        groups=("Kiểm duyệt viên",),
    ),
    DemoLogin(
        "HV0001",
        _("Learner"),
        _("Sign in with the staff code (no e-mail); take courses and follow own progress."),
    ),
    DemoLogin(
        "HV0002",
        _("Learner with a certificate"),
        _(
            "Has finished the first course of the basic programme: download its certificate "
            "and share its verification link."
        ),
    ),
)

# The demo login that has finished a course (courses.demo_learning finishes it).
LOGIN_WITH_CERTIFICATE = "HV0002"

STAFF_CODE, EMAIL = COLUMNS["staff_code"][0], COLUMNS["email"][0]


def demo_logins() -> list[dict]:
    """The demo logins as printed by `seed_demo --logins`, e-mail as the roster file has it."""
    emails = {cell(row, STAFF_CODE).upper(): cell(row, EMAIL) for row in read_table(ROSTER)}
    return [
        {
            "role": str(login.role),
            "username": login.staff_code,
            "email": emails[login.staff_code].lower(),
            "password": DEMO_PASSWORD,
            "can": str(login.can),
        }
        for login in DEMO_LOGINS
    ]


def _roster_of_newcomers(known: set[str]) -> bytes | None:
    """The roster file with the rows of people already known blanked, so that a second run
    leaves whatever was changed since in the demo alone, and the import's error messages
    still name the file's own rows. None when everyone is known."""
    lines = demo_file(ROSTER).read_text(encoding="utf-8-sig").splitlines()
    rows = list(csv.reader(lines))  # one row a line: the file has no line breaks in cells
    code_at = rows[0].index(STAFF_CODE)
    kept = [
        line if row and row[code_at].strip().upper() not in known else ""
        for line, row in zip(lines[1:], rows[1:], strict=True)
    ]
    if not any(kept):
        return None
    return "\n".join([lines[0], *kept, ""]).encode()


def seed_people(created: Counter) -> set[str]:
    """Import the people of the roster file who are not known yet; their staff codes."""
    content = _roster_of_newcomers(set(User.objects.values_list("staff_code", flat=True)))
    if content is None:
        return set()
    # Made-up people at a real domain: they get no invitation e-mail.
    check = imports.import_roster(
        content=content, name=ROSTER, actor=None, apply=True, invite=False
    )
    if not check.ok:
        errors = "\n".join(str(error) for error in check.errors)
        raise DemoDataError(f"demo/workforce/{ROSTER} was not imported:\n{errors}")
    new = {change.fields["staff_code"] for change in check.changes if change.kind == "new"}
    created["people"] += len(new - {login.staff_code for login in DEMO_LOGINS})
    return new


def set_up_logins(new_people: set[str], created: Counter, agencies: dict) -> None:
    """The demo password and rights of the demo logins the import has just created."""
    groups = {group.name: group for group in Group.objects.all()}
    for login in DEMO_LOGINS:
        if login.staff_code not in new_people:
            continue
        person = User.objects.get(staff_code=login.staff_code)
        person.set_password(DEMO_PASSWORD)
        person.save(update_fields=["password"])
        services.set_person_rights(
            person=person,
            groups=[groups[name] for name in login.groups],
            is_superuser=login.superuser,
        )
        for agency_code, role in login.hr_roles:
            services.grant_hr_role(person=person, agency=agencies[agency_code], role=role)
        created["demo accounts"] += 1


def seed_workforce(*, stdout=None) -> dict:
    """Create the demo agencies, people and logins that do not exist yet.

    Returns {"created": {what: how many}, "logins": [demo login, ...]}.
    """
    created = Counter()
    agencies = AgencyTree(created, stdout=stdout).seed()
    new_people = seed_people(created)
    set_up_logins(new_people, created, agencies)
    return {"created": dict(created), "logins": demo_logins()}
