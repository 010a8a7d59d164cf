"""The figures of the HR dashboard, read from the subtree counters.

A table has one row per child agency of the chosen agency (each row counting the child's whole
subtree), a row for people attached to the chosen agency itself when there are any, and a total.
Status columns are the state today; "completed in the period" and the monthly chart follow the
chosen period. Agencies are named as they were at the end of the period.
"""

import calendar
import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, ProgrammeCompletion, ProgrammePage
from workforce.models import Agency, AgencyChange, User

from .models import AllCoursesCounter, CompletionCounter, HeadCount, PlanTarget

COMPLETED = Enrolment.Status.COMPLETED
# No year-end projection before a year has run this long: a few early completions would
# project far beyond what the year will bring.
PROJECTION_MIN_DAYS = 30
IN_PROGRESS = Enrolment.Status.IN_PROGRESS
NOT_STARTED = Enrolment.Status.NOT_STARTED


@dataclass(frozen=True)
class Period:
    start: datetime.date  # the first day of a month
    end: datetime.date  # the last day of a month

    @classmethod
    def of_months(cls, first: datetime.date, last: datetime.date) -> "Period":
        days = calendar.monthrange(last.year, last.month)[1]
        return cls(first.replace(day=1), last.replace(day=days))

    @classmethod
    def this_year(cls, today: datetime.date) -> "Period":
        return cls.of_months(datetime.date(today.year, 1, 1), today)

    def months(self) -> list[datetime.date]:
        months, month = [], self.start
        while month <= self.end:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months


@dataclass(frozen=True)
class Selection:
    """What the figures cover: a course, a programme's courses, or every course (None)."""

    course: CoursePage | None = None
    programme: ProgrammePage | None = None

    @cached_property  # read by every query of a page: the programme's courses, once
    def course_ids(self) -> list[int] | None:
        if self.course:
            return [self.course.pk]
        if self.programme:
            return list(self.programme.course_links.values_list("course_id", flat=True))
        return None

    @property
    def key(self) -> str:
        if self.course:
            return f"c{self.course.pk}"
        return f"p{self.programme.pk}" if self.programme else ""

    @property
    def label(self):
        page = self.course or self.programme
        return page.title if page else _("All courses")


@dataclass
class Figures:
    head_count: int = 0
    completed: int = 0
    in_progress: int = 0
    not_started: int = 0
    overdue: int = 0
    completed_in_period: int = 0

    @property
    def assigned(self) -> int:
        return self.completed + self.in_progress + self.not_started

    @property
    def percent(self) -> float | None:
        return round(100 * self.completed / self.assigned, 1) if self.assigned else None

    def add(self, other: "Figures", sign: int = 1) -> None:
        for name in (
            "head_count",
            "completed",
            "in_progress",
            "not_started",
            "overdue",
            "completed_in_period",
        ):
            setattr(self, name, getattr(self, name) + sign * getattr(other, name))


@dataclass
class Plan:
    """A programme's target for the period's year, with where the agency stands."""

    target: int  # per cent of staff
    trained: int  # people who completed the programme by the end of the period
    share: float | None  # trained / head count, per cent
    projected: float | None  # share expected at year end at this year's pace (None: too early)
    behind: bool  # the projection (or, for a past year, the share) falls short of the target


@dataclass
class Row:
    agency: Agency | None  # None for the people attached to the chosen agency itself
    name: str
    figures: Figures
    note: str = ""
    has_units: bool = False
    plan: Plan | None = None


@dataclass
class Dashboard:
    agency: Agency
    name: str
    selection: Selection
    period: Period
    today: datetime.date
    rows: list[Row]
    total: Row
    months: list[datetime.date] = field(default_factory=list)
    cumulative: list[int] = field(default_factory=list)

    @property
    def has_plan(self) -> bool:
        return any(row.plan for row in [*self.rows, self.total])


def children_shown(agency: Agency, period: Period) -> list[Agency]:
    """Units of `agency` that existed during the period: open ones, and those closed since."""
    children = list(
        Agency.objects.filter(path__startswith=agency.path, depth=agency.depth + 1)
        .filter(Q(is_active=True) | Q(closed_on__gte=period.start))
        .only("path", "depth", "numchild", "code", "name", "is_active", "closed_on", "successor")
        .vietnamese_order()
    )
    closed = [child for child in children if child.successor_id]
    if closed:  # the successor's name, for "merged into …"
        successors = Agency.objects.in_bulk([child.successor_id for child in closed])
        for child in closed:
            child.successor = successors[child.successor_id]
    return children


def build(
    agency: Agency, selection: Selection, period: Period, today: datetime.date | None = None
) -> Dashboard:
    today = today or timezone.localdate()
    children = children_shown(agency, period)
    figures = _figures([agency, *children], selection, period, today)
    names = _names_on([agency, *children], period.end)

    total = Row(agency, names[agency.pk], figures[agency.pk])
    rows = []
    own = Figures()
    own.add(total.figures)
    for child in children:
        row = Row(child, names[child.pk], figures[child.pk], has_units=child.numchild > 0)
        if not child.is_active and child.successor:
            row.note = _("Merged into %(successor)s on %(date)s") % {
                "successor": child.successor.name,
                "date": child.closed_on.strftime("%d/%m/%Y"),
            }
        elif not child.is_active:
            row.note = _("Closed on %(date)s") % {"date": child.closed_on.strftime("%d/%m/%Y")}
        own.add(row.figures, -1)
        rows.append(row)
    if own.head_count or own.assigned:
        rows.insert(0, Row(None, _("Attached directly to this agency"), own))

    if selection.programme:
        _attach_plans([total, *rows], agency, selection.programme, period, today)

    months, cumulative = _monthly(agency, selection, period)
    return Dashboard(
        agency, names[agency.pk], selection, period, today, rows, total, months, cumulative
    )


def _counters(agencies, selection):
    ids = [a.pk for a in agencies]
    if selection.course_ids is None:
        return AllCoursesCounter.objects.filter(agency__in=ids)
    return CompletionCounter.objects.filter(agency__in=ids, course__in=selection.course_ids)


def _figures(agencies, selection, period, today) -> dict[int, Figures]:
    figures = {agency.pk: Figures() for agency in agencies}
    completed = Q(status=COMPLETED)
    # One row per agency: grouping on the agency alone is what keeps this query cheap.
    rows = (
        _counters(agencies, selection)
        .values_list("agency")
        .annotate(
            completed=Sum("count", filter=completed),
            in_progress=Sum("count", filter=Q(status=IN_PROGRESS)),
            not_started=Sum("count", filter=Q(status=NOT_STARTED)),
            overdue=Sum("count", filter=~completed & Q(date__lt=today)),
            in_period=Sum("count", filter=completed & Q(date__range=(period.start, period.end))),
        )
        .order_by()
    )
    for agency, *numbers in rows:
        item = figures[agency]
        (
            item.completed,
            item.in_progress,
            item.not_started,
            item.overdue,
            item.completed_in_period,
        ) = (n or 0 for n in numbers)
    for agency, count in head_counts(agencies).items():
        figures[agency].head_count = count
    return figures


def head_counts(agencies) -> dict[int, int]:
    """Active people in each agency's subtree."""
    return dict(
        HeadCount.objects.filter(agency__in=[a.pk for a in agencies]).values_list("agency", "count")
    )


def _names_on(agencies, date: datetime.date) -> dict[int, str]:
    """Each agency's name on `date`, from its history (its current name if it has none)."""
    names = {agency.pk: agency.name for agency in agencies}
    if date >= timezone.localdate():
        return names  # the period runs to today: names are today's
    latest = AgencyChange.objects.filter(
        agency=OuterRef("agency"), effective_on__lte=date
    ).order_by("-effective_on", "-recorded_at", "-pk")
    rows = (
        AgencyChange.objects.filter(agency__in=list(names))
        .filter(pk=Subquery(latest.values("pk")[:1]))
        .values_list("agency", "name")
    )
    names.update(dict(rows))
    return names


def _monthly(agency, selection, period) -> tuple[list[datetime.date], list[int]]:
    """Completions in `agency`'s subtree, cumulated month by month through the period."""
    per_month = dict(
        _counters([agency], selection)
        .filter(status=COMPLETED, date__lte=period.end)
        .values_list("date")
        .annotate(n=Sum("count"))
        .order_by()
    )
    before = sum(n for month, n in per_month.items() if month < period.start)
    months, cumulative, running = period.months(), [], before
    for month in months:
        running += per_month.get(month, 0)
        cumulative.append(running)
    return months, cumulative


def _attach_plans(rows: list[Row], agency, programme, period, today) -> None:
    year = period.end.year
    targets = dict(
        PlanTarget.objects.filter(
            programme=programme, year=year, agency__in=[r.agency for r in rows if r.agency]
        ).values_list("agency", "share")
    )
    if not targets:
        return
    year_start = datetime.date(year, 1, 1)
    year_end = datetime.date(year, 12, 31)
    cutoff = min(period.end, today)
    completions = ProgrammeCompletion.objects.filter(
        programme=programme,
        user__is_active=True,
        user__agency__path__startswith=agency.path,
        completed_at__date__lte=cutoff,
    )
    done = _per_holder(completions, rows)
    this_year = _per_holder(completions.filter(completed_at__date__gte=year_start), rows)
    for row in rows:
        if not row.agency or row.agency.pk not in targets:
            continue
        people = row.figures.head_count
        trained = min(done[row.agency.pk], people)
        share = round(100 * trained / people, 1) if people else None
        projected = share if cutoff >= year_end else None
        elapsed = (cutoff - year_start).days + 1
        if people and year_start <= cutoff < year_end and elapsed >= PROJECTION_MIN_DAYS:
            pace = this_year[row.agency.pk] / elapsed
            expected = trained + pace * (year_end - cutoff).days
            projected = round(100 * min(people, expected) / people, 1)
        target = targets[row.agency.pk]
        behind = projected is not None and projected < target
        row.plan = Plan(target, trained, share, projected, behind)


def _per_holder(completions, rows) -> Counter:
    """Programme completions counted for each row's agency subtree."""
    holders = [(row.agency.path, row.agency.pk) for row in rows if row.agency]
    counts: Counter = Counter()
    for path, n in completions.values_list("user__agency__path").annotate(n=Count("pk")).order_by():
        for prefix, pk in holders:
            if path.startswith(prefix):
                counts[pk] += n
    return counts


# People ---------------------------------------------------------------------------------------

PEOPLE_STATUSES = {
    "overdue": _("Overdue"),
    "not_completed": _("Not completed"),
    "completed": _("Completed everything"),
    "not_enrolled": _("Not enrolled"),
}


def people(agency: Agency, selection: Selection, status: str = "", today=None, *, among=None):
    """People of `agency`'s subtree in Vietnamese name order, filtered by learning status;
    only those in `among` (the people the viewer may see) when given."""
    today = today or timezone.localdate()
    enrolments = Enrolment.objects.filter(user=OuterRef("pk"))
    if selection.course_ids is not None:
        enrolments = enrolments.filter(course__in=selection.course_ids)
    unfinished = enrolments.exclude(status=COMPLETED)
    queryset = (among if among is not None else User.objects).filter(
        is_active=True, agency__path__startswith=agency.path
    )
    if status == "overdue":
        queryset = queryset.filter(Exists(unfinished.filter(due_on__lt=today)))
    elif status == "not_completed":
        queryset = queryset.filter(Exists(unfinished))
    elif status == "completed":
        queryset = queryset.filter(Exists(enrolments), ~Exists(unfinished))
    elif status == "not_enrolled":
        queryset = queryset.filter(~Exists(enrolments))
    return queryset.select_related("agency").order_by("name_sort_key", "pk")


@dataclass
class Standing:
    """Where one person stands in the selected courses."""

    assigned: int = 0
    completed: int = 0
    in_progress: int = 0
    overdue: int = 0
    next_due: datetime.date | None = None
    last_completed: datetime.datetime | None = None

    @property
    def label(self):
        if not self.assigned:
            return _("Not enrolled")
        if self.completed == self.assigned:
            return _("Completed")
        if self.overdue:
            return _("Overdue")
        return _("In progress") if self.in_progress or self.completed else _("Not started")


def standings(person_ids, selection: Selection, today=None) -> dict[int, Standing]:
    today = today or timezone.localdate()
    enrolments = Enrolment.objects.filter(user__in=list(person_ids))
    if selection.course_ids is not None:
        enrolments = enrolments.filter(course__in=selection.course_ids)
    result: dict[int, Standing] = defaultdict(Standing)
    for user, status, due_on, completed_at in enrolments.values_list(
        "user", "status", "due_on", "completed_at"
    ).iterator(chunk_size=5000):
        item = result[user]
        item.assigned += 1
        if status == COMPLETED:
            item.completed += 1
            if completed_at and (not item.last_completed or completed_at > item.last_completed):
                item.last_completed = completed_at
            continue
        item.in_progress += status == IN_PROGRESS
        if due_on:
            item.overdue += due_on < today
            item.next_due = min(item.next_due or due_on, due_on)
    return result
