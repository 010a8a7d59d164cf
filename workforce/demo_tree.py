"""The demo's agency tree, read from demo/workforce/agencies.csv (code, name, parent code, kind,
on record since) and its dated history from changes.csv (merge or move), made through services.

Rows are created in the file's order, so siblings keep that order. Idempotent: an agency is
found by code, and a change is applied only if the agency's history does not hold it yet.
"""

import csv
import datetime
from collections import Counter
from pathlib import Path

from . import services
from .models import Agency, AgencyChange, AgencyKind
from .roster_files import cell_date

DEMO_DATA = Path(__file__).resolve().parent.parent / "demo" / "workforce"


class DemoDataError(ValueError):
    """A demo data file says something the seed cannot do; the message names the row."""


def demo_file(name: str) -> Path:
    return DEMO_DATA / name


def read_table(name: str) -> list[dict]:
    """The rows of a demo CSV file (UTF-8, with or without BOM) as {header: cell}, each with
    "where" it is: the file and the row as a spreadsheet numbers it (the header is row 1)."""
    with demo_file(name).open(encoding="utf-8-sig", newline="") as data:
        reader = csv.DictReader(data)
        return [
            {**row, "where": f"demo/workforce/{name}, row {reader.line_num}"}
            for row in reader
            if any(value.strip() for value in row.values() if isinstance(value, str))
        ]


def cell(row: dict, column: str) -> str:
    return (row.get(column) or "").strip()


def _date(row: dict, column: str) -> datetime.date:
    try:
        day = cell_date(cell(row, column))
    except ValueError:
        day = None
    if day is None:
        raise DemoDataError(
            f"{row['where']}, column {column}: {cell(row, column)!r} is not a date (dd/mm/yyyy)."
        )
    return day


def _kind(row: dict) -> AgencyKind:
    try:
        return AgencyKind(cell(row, "kind"))
    except ValueError:
        kinds = ", ".join(AgencyKind.values)
        raise DemoDataError(f"{row['where']}: the kind is one of {kinds}.") from None


class AgencyTree:
    """One run of the tree seed: the agencies by code, and what this run created."""

    def __init__(self, created: Counter, stdout=None):
        self.created = created
        self.stdout = stdout
        self.agencies = {agency.code: agency for agency in Agency.objects.all()}

    def say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)

    def seed(self) -> dict[str, Agency]:
        """Every agency of the file and every change; the agencies by code, as they are now."""
        for row in read_table("agencies.csv"):
            self.agency(row)
        for row in read_table("changes.csv"):
            self.change(row)
        # Merges and moves change paths, so the agencies held in memory are stale: read them again.
        return {agency.code: agency for agency in Agency.objects.all()}

    def agency(self, row: dict) -> None:
        code = cell(row, "code").upper()
        if code in self.agencies:
            return
        parent_code = cell(row, "parent").upper()
        if parent_code and parent_code not in self.agencies:
            raise DemoDataError(
                f"{row['where']}: the parent {parent_code} is not on an earlier row."
            )
        self.agencies[code] = services.create_agency(
            code=code,
            name=cell(row, "name"),
            kind=_kind(row),
            parent=self.agencies[parent_code] if parent_code else None,
            effective_on=_date(row, "since"),
        )
        self.created["agencies"] += 1

    def known(self, row: dict, column: str) -> Agency:
        code = cell(row, column).upper()
        if code not in self.agencies:
            raise DemoDataError(f"{row['where']}: there is no agency {code!r} in agencies.csv.")
        return self.agencies[code]

    def change(self, row: dict) -> None:
        agency, target = self.known(row, "code"), self.known(row, "target")
        effective_on, action, note = _date(row, "date"), cell(row, "action"), cell(row, "note")
        if action == "merge":
            history = agency.changes.filter(action=AgencyChange.Action.MERGED, other_agency=target)
            if not history.exists():
                services.merge_agency(
                    agency=agency, into=target, effective_on=effective_on, note=note
                )
                self.created["merges"] += 1
                self.say(f"Merged {agency.name} into {target.name} on {effective_on:%d/%m/%Y}.")
        elif action == "move":
            history = agency.changes.filter(
                action=AgencyChange.Action.MOVED, parent=target, effective_on=effective_on
            )
            if not history.exists():
                services.move_agency(
                    agency=agency, new_parent=target, effective_on=effective_on, note=note
                )
        else:
            raise DemoDataError(f"{row['where']}: the action is merge or move, not {action!r}.")
