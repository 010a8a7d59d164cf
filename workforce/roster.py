"""Staff rosters from XLSX or CSV (pandas only here): read, match people by staff code, and check
every row against the agency tree and the importing officer's scope. Writing is
`services.import_roster`'s job; this module decides what would change and what is wrong.

Headers are matched without accents or case ("Mã cán bộ", "ma can bo" and "staff_code" are one
column). A single full-name column ("Họ và tên") is split by one rule: the first word is the
family name, the last word the given name, the words between are the middle name. Compound
family names ("Tôn Nữ", "Âu Dương") need the separate columns.
"""

from __future__ import annotations

import csv
import datetime
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Agency, Category, Gender, User
from .text import clean_name, clean_text, fold

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported where a roster is read or written, not with this module: a web worker
# that never handles one does not carry its 55 MiB (bench/load.py measures worker memory).

# Column: (header in the template, other accepted headers, folded).
COLUMNS = {
    "staff_code": ("Mã cán bộ", ("ma nhan su", "ma cb", "staff code", "staff_code")),
    "family_name": ("Họ", ("family name", "family_name")),
    "middle_name": ("Tên đệm", ("ten lot", "middle name", "middle_name")),
    "given_name": ("Tên", ("given name", "given_name")),
    "full_name": ("Họ và tên", ("ho ten", "full name", "full_name")),
    "date_of_birth": ("Ngày sinh", ("date of birth", "date_of_birth")),
    "gender": ("Giới tính", ("gender",)),
    "email": ("Email", ("e-mail", "thu dien tu", "dia chi email")),
    "agency_code": ("Mã cơ quan", ("ma don vi", "agency code", "agency_code")),
    "position": ("Chức vụ", ("chuc danh", "position")),
    "category": ("Đối tượng", ("loai", "category")),
}
TEMPLATE_COLUMNS = [name for name in COLUMNS if name != "full_name"]
HEADER_ALIASES = {
    alias: name for name, (header, others) in COLUMNS.items() for alias in (fold(header), *others)
}
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
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
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


class RosterFileError(Exception):
    """The file cannot be read as a roster at all (format, encoding, headers)."""


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


def template_workbook() -> bytes:
    """An empty roster with the Vietnamese headers and one example row, as XLSX."""
    import pandas as pd

    example = {
        "staff_code": "SNV0001",
        "family_name": "Nguyễn",
        "middle_name": "Thị Hồng",
        "given_name": "Nhung",
        "date_of_birth": "28/07/1991",
        "gender": "Nữ",
        "email": "nhung.nth@example.gov.vn",
        "agency_code": "SNV",
        "position": "Chuyên viên",
        "category": "Công chức",
    }
    frame = pd.DataFrame(
        [[example[name] for name in TEMPLATE_COLUMNS]],
        columns=[COLUMNS[name][0] for name in TEMPLATE_COLUMNS],
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="Danh sách")
        sheet = writer.sheets["Danh sách"]
        for letter in "ABCDEFGHIJ":
            sheet.column_dimensions[letter].width = 18
    return buffer.getvalue()


def read_roster(content: bytes, name: str) -> pd.DataFrame:
    """The roster as a frame of cells, with the file's own headers; RosterFileError if unreadable."""
    import pandas as pd

    try:
        if name.lower().endswith((".xlsx", ".xlsm")):
            frame = pd.read_excel(io.BytesIO(content), dtype=object, engine="openpyxl")
        elif name.lower().endswith((".csv", ".txt")):
            text = content.decode("utf-8-sig")
            first_line = text.split("\n", 1)[0]
            separator = ";" if first_line.count(";") > first_line.count(",") else ","
            frame = pd.read_csv(
                io.StringIO(text),
                sep=separator,
                dtype=str,
                keep_default_na=False,
                quoting=csv.QUOTE_MINIMAL,
            )
        else:
            raise RosterFileError(_("The file must be an Excel workbook (.xlsx) or a CSV file."))
    except UnicodeDecodeError:
        raise RosterFileError(
            _("The CSV file is not in UTF-8. In Excel, save it as “CSV UTF-8”.")
        ) from None
    except RosterFileError:
        raise
    except Exception as error:  # pandas and openpyxl raise many kinds for a damaged file
        raise RosterFileError(
            _("The file cannot be read as a spreadsheet (%(error)s).") % {"error": error}
        ) from None
    return frame.dropna(how="all")


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


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number in Excel
    return clean_text(str(value))


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):  # pandas' Timestamp too
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _cell(value)
    if not text:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.split(" ")[0], pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


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
        for values in User.objects.values("pk", "staff_code", *COMPARED_FIELDS[:-1], "agency_id"):
            self.people[values["staff_code"].upper()] = values
            if values["email"]:
                self.emails[values["email"].lower()] = values["staff_code"].upper()

    def agency_in_scope(self, pk) -> bool:
        return self.in_scope is None or pk in self.in_scope

    def person_manageable(self, pk) -> bool:
        return self.manageable is None or pk in self.manageable


def check_roster(
    frame: pd.DataFrame,
    *,
    actor=None,
    deactivate_missing: Agency | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RosterCheck:
    """Every row checked; with no error, the changes importing the file would make.

    `actor` None checks with no scope limit (the management command); otherwise agencies and
    people must be within what the actor manages.
    """
    result = RosterCheck(rows=len(frame))
    columns, header_errors = _columns(frame)
    if header_errors:
        result.errors = header_errors
        return result
    directory = _Directory(actor)
    seen_codes, seen_emails = {}, {}
    today = timezone.localdate()
    for index, record in enumerate(frame.to_dict("records")):
        row = index + 2
        if progress and index % 1000 == 0:
            progress(index, len(frame))
        errors = []

        def fail(name, message, errors=errors, row=row):
            errors.append(RowError(row, clean_text(columns.get(name, COLUMNS[name][0])), message))

        def value(name, record=record):
            return _cell(record.get(columns[name])) if name in columns else ""

        fields = {"staff_code": value("staff_code").upper()}
        if "full_name" in columns and not value("given_name"):
            family, middle, given = split_full_name(value("full_name"))
            fields.update(family_name=family, middle_name=middle, given_name=given)
            name_column = "full_name"
        else:
            fields.update(
                family_name=clean_name(value("family_name")),
                middle_name=clean_name(value("middle_name")),
                given_name=clean_name(value("given_name")),
            )
            name_column = None
        if not fields["staff_code"]:
            fail("staff_code", _("the staff code is missing."))
        elif fields["staff_code"] in seen_codes:
            fail(
                "staff_code",
                _("staff code %(code)s is already on row %(row)d.")
                % {"code": fields["staff_code"], "row": seen_codes[fields["staff_code"]]},
            )
        else:
            seen_codes[fields["staff_code"]] = row
        if not fields["given_name"]:
            fail(name_column or "given_name", _("the given name is missing."))
        if not fields["family_name"]:
            fail(name_column or "family_name", _("the family name is missing."))

        try:
            born = (
                _date(record.get(columns["date_of_birth"])) if "date_of_birth" in columns else None
            )
            if born and not (datetime.date(1920, 1, 1) <= born <= today):
                raise ValueError(born)
            fields["date_of_birth"] = born
        except ValueError:
            fail(
                "date_of_birth",
                _("“%(value)s” is not a possible date of birth; write it as dd/mm/yyyy.")
                % {"value": value("date_of_birth")},
            )

        gender = fold(value("gender"))
        fields["gender"] = GENDERS.get(gender, "") if gender else ""
        if gender and gender not in GENDERS:
            fail(
                "gender",
                _("“%(value)s” is not a gender; write Nam, Nữ or Khác.")
                % {"value": value("gender")},
            )

        category = fold(value("category"))
        fields["category"] = CATEGORIES.get(category, "") if category else ""
        if category and category not in CATEGORIES:
            fail(
                "category",
                _(
                    "“%(value)s” is not a staff category; write Cán bộ, Công chức, Viên chức or Người lao động."
                )
                % {"value": value("category")},
            )

        email = value("email").lower()
        fields["email"] = email or None
        if email:
            try:
                validate_email(email)
            except ValidationError:
                fail(
                    "email", _("“%(value)s” is not an e-mail address.") % {"value": value("email")}
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
                if owner and owner != fields["staff_code"]:
                    fail(
                        "email",
                        _("e-mail %(email)s belongs to another person (staff code %(code)s).")
                        % {"email": email, "code": owner},
                    )
        fields["position"] = value("position")

        code = value("agency_code").upper()
        agency = directory.agencies.get(code)
        fields["agency_id"] = agency[0] if agency else None
        if not code:
            fail("agency_code", _("the agency code is missing."))
        elif agency is None:
            fail("agency_code", _("there is no agency with code %(code)s.") % {"code": code})
        elif not agency[1]:
            fail("agency_code", _("agency %(code)s is closed.") % {"code": code})
        elif not directory.agency_in_scope(agency[0]):
            fail(
                "agency_code",
                _("agency %(code)s is outside the agencies you manage.") % {"code": code},
            )

        existing = directory.people.get(fields["staff_code"])
        if existing and not directory.person_manageable(existing["pk"]):
            fail(
                "staff_code",
                _(
                    "%(code)s is a person you cannot change from here (another agency, or "
                    "rights beyond your scope)."
                )
                % {"code": fields["staff_code"]},
            )
        if errors:
            result.errors.extend(errors)
            continue
        result.changes.append(_change(row, fields, existing))

    if deactivate_missing is not None and result.ok:
        in_file = set(seen_codes)
        candidates = User.objects.filter(
            is_active=True, agency__path__startswith=deactivate_missing.path
        ).values_list("pk", "staff_code")
        if actor is not None:  # whoever imports keeps their own account
            candidates = candidates.exclude(pk=actor.pk)
        result.deactivate = [
            pk
            for pk, code in candidates
            if code.upper() not in in_file and directory.person_manageable(pk)
        ]
    if progress:
        progress(len(frame), len(frame))
    return result


def _change(row: int, fields: dict, existing: dict | None) -> Change:
    if existing is None:
        return Change("new", row, fields)
    probe = User(**fields)
    probe.normalise()
    new_values = {name: getattr(probe, name) for name in COMPARED_FIELDS}
    differences = {name: value for name, value in new_values.items() if value != existing.get(name)}
    if not differences:
        return Change("unchanged", row, fields, existing["pk"], existing["agency_id"])
    kind = "moved" if "agency_id" in differences else "updated"
    return Change(kind, row, differences, existing["pk"], existing["agency_id"])
