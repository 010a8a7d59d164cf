"""Roster checks: match the rows of a roster file (read by workforce.roster_files) to people
by staff code, and check every row against the agency tree and the importing officer's scope.
Writing is `workforce.imports.import_roster`'s job; this module decides what would change and
what is wrong.

Headers are matched without accents or case ("Mã cán bộ", "ma can bo" and "staff_code" are one
column). A single full-name column ("Họ và tên") is split by one rule: the first word is the
family name, the last word the given name, the words between are the middle name. Compound
family names ("Tôn Nữ", "Âu Dương") need the separate columns.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.text import clean_name, clean_text, fold, invisible_characters, is_plausible_name

from .models import Agency, Category, Gender, User
from .roster_files import COLUMNS, HEADER_ALIASES, RosterFile, cell_date, cell_text

if TYPE_CHECKING:
    import pandas as pd

GENDERS = {
    "nam": Gender.MALE,
    "male": Gender.MALE,
    "nu": Gender.FEMALE,
    "female": Gender.FEMALE,
    "khac": Gender.OTHER,
    "other": Gender.OTHER,
}
CATEGORIES = {
    "can bo": Category.CADRE,
    "cong chuc": Category.CIVIL_SERVANT,
    "vien chuc": Category.PUBLIC_EMPLOYEE,
    "nguoi lao dong": Category.WORKER,
    "lao dong": Category.WORKER,
    **{choice.value: choice for choice in Category},
}
COMPARED_FIELDS = (
    "family_name",
    "middle_name",
    "given_name",
    "date_of_birth",
    "gender",
    "email",
    "position",
    "category",
    "agency_id",
)


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    message: str

    def __str__(self):
        if self.row and self.column:
            return _("Row %(row)d, column “%(column)s”: %(message)s") % vars(self)
        if self.row:
            return _("Row %(row)d: %(message)s") % vars(self)
        return self.message


@dataclass
class Change:
    kind: str  # new, updated, moved, unchanged
    row: int
    fields: dict
    person_id: int | None = None
    from_agency_id: int | None = None


@dataclass
class RosterCheck:
    """What importing the file would do, or why it cannot be imported."""

    rows: int = 0
    changes: list[Change] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    deactivate: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def counts(self) -> dict:
        counts = dict.fromkeys(("new", "updated", "moved", "unchanged"), 0)
        for change in self.changes:
            counts[change.kind] += 1
        return {**counts, "deactivated": len(self.deactivate), "errors": len(self.errors)}


KIND_LABELS = {
    "new": gettext_lazy("new"),
    "updated": gettext_lazy("updated"),
    "moved": gettext_lazy("moved between agencies"),
    "unchanged": gettext_lazy("unchanged"),
    "deactivated": gettext_lazy("deactivated (missing from the file)"),
    "errors": gettext_lazy("errors"),
}


def _columns(frame: pd.DataFrame) -> tuple[dict[str, str], list[RowError]]:
    """Field name → the file's header; errors for unknown, repeated or missing headers."""
    found, errors = {}, []
    for header in frame.columns:
        text = clean_text(str(header))
        if text.startswith("Unnamed:"):
            continue
        key = fold(re.sub(r"\(.*?\)", "", text)).strip()
        name = HEADER_ALIASES.get(key)
        if name is None:
            errors.append(RowError(1, text, _("unknown column; see the template for the headers.")))
        elif name in found:
            errors.append(RowError(1, text, _("this column appears twice.")))
        else:
            found[name] = str(header)
    has_names = {"family_name", "given_name"} <= found.keys() or "full_name" in found
    missing = [name for name in ("staff_code", "agency_code") if name not in found]
    if not has_names:
        missing.append("given_name")
    for name in missing:
        errors.append(RowError(1, COLUMNS[name][0], _("this column is missing; see the template.")))
    return found, errors


def split_full_name(text: str) -> tuple[str, str, str]:
    """Family, middle and given name from "Nguyễn Thị Hồng Nhung" (see the module's rule)."""
    words = clean_name(text).split()
    if len(words) < 2:
        return "", "", " ".join(words)
    return words[0], " ".join(words[1:-1]), words[-1]


class _Directory:
    """Agencies and people the check compares against, read once."""

    def __init__(self, actor):
        self.agencies = {
            code.upper(): (pk, active)
            for code, pk, active in Agency.objects.values_list("code", "pk", "is_active")
        }
        everyone = actor is None
        self.in_scope = (
            None
            if everyone
            else set(Agency.objects.manageable_by(actor).values_list("pk", flat=True))
        )
        self.manageable = (
            None
            if everyone
            else set(User.objects.manageable_by(actor).values_list("pk", flat=True))
        )
        self.people = {}
        self.emails = {}
        self.by_number = {}  # "123" → ["00123", "0123"]: codes of digits, without leading zeros
        for values in User.objects.values("pk", "staff_code", *COMPARED_FIELDS[:-1], "agency_id"):
            code = values["staff_code"].upper()
            self.people[code] = values
            if values["email"]:
                self.emails[values["email"].lower()] = values
            if code.isdecimal():
                self.by_number.setdefault(code.lstrip("0"), []).append(code)

    def agency_in_scope(self, pk) -> bool:
        return self.in_scope is None or pk in self.in_scope

    def person_manageable(self, pk) -> bool:
        return self.manageable is None or pk in self.manageable


NAME_FIELDS = ("family_name", "middle_name", "given_name")
# Fields of optional columns: a column absent from the file leaves its field as it is.
OPTIONAL_FIELDS = ("date_of_birth", "gender", "email", "position", "category")
MIN_AGE, MAX_AGE = 16, 80


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def check_roster(
    roster: RosterFile,
    *,
    actor=None,
    deactivate_missing: Agency | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RosterCheck:
    """Every row checked; with no error, the changes importing the file would make.

    `actor` None checks with no scope limit (the management command); otherwise agencies and
    people must be within what the actor manages. A column the file does not have leaves
    its field as it is for people already known.
    """
    frame = roster.frame
    result = RosterCheck(rows=len(frame), warnings=list(roster.warnings))
    columns, header_errors = _columns(frame)
    if header_errors:
        result.errors = header_errors
        return result
    kept = [
        COLUMNS[name][0]
        for name in ("middle_name", *OPTIONAL_FIELDS)
        if name not in columns and not (name == "middle_name" and "full_name" in columns)
    ]
    if kept:
        result.warnings.append(
            _(
                "The file has no column %(columns)s: for people already in the system these "
                "stay as they are; new people are created without them."
            )
            % {"columns": ", ".join(f"“{header}”" for header in kept)}
        )
    directory = _Directory(actor)
    seen_codes, seen_emails = {}, {}
    today = timezone.localdate()
    oldest, youngest = _years_before(today, MAX_AGE + 1), _years_before(today, MIN_AGE)
    for index, (row, record) in enumerate(zip(frame.index, frame.to_dict("records"), strict=True)):
        if progress and index % 1000 == 0:
            progress(index, len(frame))
        errors = []

        def fail(name, message, errors=errors, row=row):
            errors.append(RowError(row, clean_text(columns.get(name, COLUMNS[name][0])), message))

        def value(name, record=record):
            return cell_text(record.get(columns[name])) if name in columns else ""

        def fits(name, text, column=None) -> bool:
            """Whether `text` fits field `name` (no hidden characters, not too long); if not,
            an error on `column` (the field's own by default)."""
            hidden = invisible_characters(text)
            limit = User._meta.get_field(name).max_length
            if hidden:
                fail(
                    column or name,
                    _("contains hidden or control characters (%(codes)s); retype the cell.")
                    % {"codes": ", ".join(hidden)},
                )
            elif len(text) > limit:
                fail(
                    column or name,
                    _("is %(length)d characters long; at most %(max)d fit.")
                    % {"length": len(text), "max": limit},
                )
            return not hidden and len(text) <= limit

        raw_code = record.get(columns["staff_code"])
        code = value("staff_code").upper()
        if isinstance(raw_code, (int, float)) and code not in directory.people:
            # Typed as a number, Excel dropped its leading zeros: 00123 became 123.
            padded = directory.by_number.get(code.lstrip("0"), [])
            if len(padded) == 1:
                code = padded[0]
            elif len(padded) > 1:
                fail(
                    "staff_code",
                    _(
                        "%(code)s was typed as a number and matches several staff codes "
                        "(%(codes)s). Format the column as Text and type the code with its "
                        "leading zeros."
                    )
                    % {"code": code, "codes": ", ".join(sorted(padded))},
                )
        fields = {"staff_code": code}
        if "full_name" in columns and not value("given_name"):
            family, middle, given = split_full_name(value("full_name"))
            fields.update(family_name=family, middle_name=middle, given_name=given)
            name_column = "full_name"
        else:
            fields.update(
                {
                    name: clean_name(value(name))
                    for name in NAME_FIELDS
                    if name in columns or name != "middle_name"
                }
            )
            name_column = None
        if not code:
            fail("staff_code", _("the staff code is missing."))
        elif not fits("staff_code", code):
            pass
        elif not all(ch.isalnum() or ch in "-_./" for ch in code):
            fail(
                "staff_code",
                _("“%(code)s”: a staff code has only letters, digits and - _ . /") % {"code": code},
            )
        elif code in seen_codes:
            fail(
                "staff_code",
                _("staff code %(code)s is already on row %(row)d.")
                % {"code": code, "row": seen_codes[code]},
            )
        else:
            seen_codes[code] = row
        for name in NAME_FIELDS:
            if name not in fields:
                continue
            column, text = name_column or name, fields[name]
            if not text:
                if name == "given_name":
                    fail(column, _("the given name is missing."))
                elif name == "family_name":
                    fail(column, _("the family name is missing."))
            elif fits(name, text, column) and not is_plausible_name(text):
                fail(
                    column,
                    _(
                        "“%(value)s” is not a name: a name starts with a letter and has only "
                        "letters, spaces and ' - ."
                    )
                    % {"value": text[:80]},
                )

        if "date_of_birth" in columns:
            try:
                born = cell_date(record.get(columns["date_of_birth"]))
                fields["date_of_birth"] = born
            except ValueError:
                fail(
                    "date_of_birth",
                    _("“%(value)s” is not a date; write it as dd/mm/yyyy.")
                    % {"value": value("date_of_birth")[:40]},
                )
            else:
                if born and not (oldest < born <= youngest):
                    fail(
                        "date_of_birth",
                        _(
                            "%(value)s is not a plausible date of birth: a learner is "
                            "%(min)d to %(max)d years old."
                        )
                        % {"value": born.strftime("%d/%m/%Y"), "min": MIN_AGE, "max": MAX_AGE},
                    )

        if "gender" in columns:
            gender = fold(value("gender"))
            fields["gender"] = GENDERS.get(gender, "") if gender else ""
            if gender and gender not in GENDERS:
                fail(
                    "gender",
                    _("“%(value)s” is not a gender; write Nam, Nữ or Khác.")
                    % {"value": value("gender")[:40]},
                )

        if "category" in columns:
            category = fold(value("category"))
            fields["category"] = CATEGORIES.get(category, "") if category else ""
            if category and category not in CATEGORIES:
                fail(
                    "category",
                    _(
                        "“%(value)s” is not a staff category; write Cán bộ, Công chức, Viên chức or Người lao động."
                    )
                    % {"value": value("category")[:40]},
                )

        if "email" in columns:
            email = value("email").lower()
            fields["email"] = email or None
            if email and fits("email", email):
                try:
                    validate_email(email)
                except ValidationError:
                    fail(
                        "email",
                        _("“%(value)s” is not an e-mail address.") % {"value": email[:80]},
                    )
                else:
                    if email in seen_emails:
                        fail(
                            "email",
                            _("e-mail %(email)s is already on row %(row)d.")
                            % {"email": email, "row": seen_emails[email]},
                        )
                    else:
                        seen_emails[email] = row
                    owner = directory.emails.get(email)
                    if owner and owner["staff_code"].upper() != code:
                        if directory.person_manageable(owner["pk"]):
                            fail(
                                "email",
                                _(
                                    "e-mail %(email)s belongs to another person (staff code "
                                    "%(code)s)."
                                )
                                % {"email": email, "code": owner["staff_code"]},
                            )
                        else:  # whose it is stays outside the importer's scope
                            fail(
                                "email",
                                _(
                                    "e-mail %(email)s is already used by someone outside the "
                                    "agencies you manage."
                                )
                                % {"email": email},
                            )

        if "position" in columns:
            position = value("position")
            fields["position"] = position
            if fits("position", position) and position[:1] in ("=", "+", "-", "@"):
                fail(
                    "position",
                    _("“%(value)s” starts like a spreadsheet formula (= + - @); retype it.")
                    % {"value": position[:80]},
                )

        agency_code = value("agency_code").upper()
        agency = directory.agencies.get(agency_code)
        fields["agency_id"] = agency[0] if agency else None
        if not agency_code:
            fail("agency_code", _("the agency code is missing."))
        elif agency is None:
            fail(
                "agency_code",
                _("there is no agency with code %(code)s.") % {"code": agency_code[:40]},
            )
        elif not agency[1]:
            fail("agency_code", _("agency %(code)s is closed.") % {"code": agency_code})
        elif not directory.agency_in_scope(agency[0]):
            fail(
                "agency_code",
                _("agency %(code)s is outside the agencies you manage.") % {"code": agency_code},
            )

        existing = directory.people.get(code)
        if existing and not directory.person_manageable(existing["pk"]):
            fail(
                "staff_code",
                _(
                    "%(code)s is a person you cannot change from here (another agency, or "
                    "rights beyond your scope)."
                )
                % {"code": code},
            )
        if errors:
            result.errors.extend(errors)
            continue
        result.changes.append(_change(row, fields, existing))

    if deactivate_missing is not None and result.ok:
        result.deactivate = _leaving(deactivate_missing, set(seen_codes), actor, directory)
    if progress:
        progress(len(frame), len(frame))
    return result


def _leaving(agency: Agency, in_file: set[str], actor, directory: _Directory) -> list[int]:
    """Active people of `agency`'s subtree missing from the file, except whoever imports, the
    holders of HR roles, staff (editors, moderators: members of a group) and superusers: a
    roster never locks out those who run the site."""
    candidates = (
        User.objects.filter(
            is_active=True, is_superuser=False, agency__path__startswith=agency.path
        )
        .exclude(hr_roles__isnull=False)
        .exclude(groups__isnull=False)
        .values_list("pk", "staff_code")
        .distinct()
    )
    if actor is not None:
        candidates = candidates.exclude(pk=actor.pk)
    return [
        pk
        for pk, code in candidates
        if code.upper() not in in_file and directory.person_manageable(pk)
    ]


def _change(row: int, fields: dict, existing: dict | None) -> Change:
    if existing is None:
        return Change("new", row, fields)
    probe = User(**fields)
    probe.normalise()
    # Only the fields the file has columns for: the others stay as they are.
    new_values = {name: getattr(probe, name) for name in COMPARED_FIELDS if name in fields}
    differences = {name: value for name, value in new_values.items() if value != existing.get(name)}
    if not differences:
        return Change("unchanged", row, fields, existing["pk"], existing["agency_id"])
    kind = "moved" if "agency_id" in differences else "updated"
    return Change(kind, row, differences, existing["pk"], existing["agency_id"])
