"""Every write to the counters: moved by deltas inside the caller's transaction, or rebuilt.

A delta is given for the agency a person belongs to; `apply_deltas` adds it to that agency and
to every agency above it, since each row counts a whole subtree.
"""

import datetime
from collections import Counter
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment
from lms import audit
from workforce.models import Agency, User

from .models import (
    NO_DUE_DATE,
    PLAN_YEARS,
    AllCoursesCounter,
    CompletionCounter,
    HeadCount,
    PlanTarget,
)

Key = tuple[int, int, str, datetime.date]  # agency id, course id, status, date


def counter_date(
    status: str, due_on: datetime.date | None, completed_at: datetime.datetime | None
) -> datetime.date:
    """The `date` of an enrolment's counter row: month completed, or due date (see the model)."""
    if status == Enrolment.Status.COMPLETED:
        day = timezone.localdate(completed_at) if completed_at else timezone.localdate()
        return day.replace(day=1)
    return due_on or NO_DUE_DATE


def lineage(agency_ids: Iterable[int]) -> dict[int, list[int]]:
    """For each agency id: its own id and the ids of every agency above it."""
    paths = dict(Agency.objects.filter(pk__in=set(agency_ids)).values_list("pk", "path"))
    step = Agency.steplen
    prefixes = {path[:end] for path in paths.values() for end in range(step, len(path) + 1, step)}
    by_path = dict(Agency.objects.filter(path__in=prefixes).values_list("path", "pk"))
    return {
        pk: [by_path[path[:end]] for end in range(step, len(path) + 1, step)]
        for pk, path in paths.items()
    }


def roll_up(counts: dict[tuple, int]) -> Counter:
    """Each count added to its agency (the first item of its key) and to every agency above
    it: what a subtree's row holds."""
    counts = {key: n for key, n in counts.items() if n and key[0] is not None}
    lines = lineage(key[0] for key in counts)
    rolled: Counter = Counter()
    for (agency, *rest), n in counts.items():
        for holder in lines.get(agency, ()):
            rolled[(holder, *rest)] += n
    return rolled


def apply_deltas(deltas: dict[Key, int]) -> None:
    """Add each delta to its agency's counter row and to those of the agencies above it."""
    _add(roll_up(deltas))


def _add(deltas: dict[Key, int]) -> None:
    """Write deltas as they are (already rolled up), and their sum over the courses."""
    totals: Counter = Counter()
    for (agency_id, course_id, status, date), delta in sorted(deltas.items()):
        totals[(agency_id, status, date)] += delta
        _bump(
            CompletionCounter,
            delta,
            agency_id=agency_id,
            course_id=course_id,
            status=status,
            date=date,
        )
    for (agency_id, status, date), delta in sorted(totals.items()):
        _bump(AllCoursesCounter, delta, agency_id=agency_id, status=status, date=date)


def _bump(model, delta: int, **key) -> None:
    """Add `delta` to the counter row with `key`, creating it when it is the first."""
    if not delta:
        return
    rows = model.objects.filter(**key)
    if rows.update(count=F("count") + delta):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, count=delta)
    except IntegrityError:  # another transaction created it a moment ago
        rows.update(count=F("count") + delta)


def enrolment_changed(*, agency_id: int | None, enrolment: Enrolment, previous: str | None):
    """`enrolment` now has its new status; `previous` is the old one (None when new)."""
    if agency_id is None:
        return
    deltas: Counter = Counter()
    if previous:
        date = counter_date(previous, enrolment.due_on, enrolment.completed_at)
        deltas[(agency_id, enrolment.course_id, previous, date)] -= 1
    date = counter_date(enrolment.status, enrolment.due_on, enrolment.completed_at)
    deltas[(agency_id, enrolment.course_id, enrolment.status, date)] += 1
    apply_deltas(deltas)


def enrolments_created(*, enrolments: Iterable[tuple[int | None, Enrolment]]) -> None:
    """New enrolments, each with the agency id of its person (None: not counted)."""
    deltas: Counter = Counter()
    for agency_id, enrolment in enrolments:
        if agency_id is not None:
            date = counter_date(enrolment.status, enrolment.due_on, enrolment.completed_at)
            deltas[(agency_id, enrolment.course_id, enrolment.status, date)] += 1
    apply_deltas(deltas)


def due_dates_changed(changes: Iterable[tuple[int | None, Enrolment, datetime.date | None]]):
    """`changes`: (agency id, enrolment with its new due date, previous due date)."""
    deltas: Counter = Counter()
    for agency_id, enrolment, previous_due_on in changes:
        if agency_id is None or enrolment.status == Enrolment.Status.COMPLETED:
            continue
        key = (agency_id, enrolment.course_id, enrolment.status)
        deltas[(*key, previous_due_on or NO_DUE_DATE)] -= 1
        deltas[(*key, enrolment.due_on or NO_DUE_DATE)] += 1
    apply_deltas(deltas)


def people_moved(*, moves: Iterable[tuple[int, int | None, int | None]]) -> None:
    """`moves`: (person id, from agency id, to agency id) of active people; None is nowhere
    (a new or reactivated person comes from nowhere, a deactivated one goes there). Their
    enrolments and their heads follow them."""
    moves = [(person, old, new) for person, old, new in moves if old != new]
    if not moves:
        return
    origin = {person: (old, new) for person, old, new in moves}
    deltas: Counter = Counter()
    people = list(origin)
    for start in range(0, len(people), 5000):  # SQLite limits the parameters of one query
        enrolments = Enrolment.objects.filter(user__in=people[start : start + 5000]).values_list(
            "user_id", "course_id", "status", "due_on", "completed_at"
        )
        for person, course, status, due_on, completed_at in enrolments.iterator(chunk_size=2000):
            old, new = origin[person]
            date = counter_date(status, due_on, completed_at)
            if old is not None:
                deltas[(old, course, status, date)] -= 1
            if new is not None:
                deltas[(new, course, status, date)] += 1
    apply_deltas(deltas)
    heads: Counter = Counter()
    for _person, old, new in moves:
        heads[old] -= 1
        heads[new] += 1
    add_heads(heads)  # after the counters, in every writer, so that no two wait on each other


def add_heads(deltas: dict[int | None, int]) -> None:
    """Add each agency's delta to its head count and to those of the agencies above it."""
    rolled = roll_up({(agency,): delta for agency, delta in deltas.items()})
    _bump_heads({agency: delta for (agency,), delta in rolled.items()})


def _bump_heads(deltas: dict[int, int]) -> None:
    for agency_id, delta in sorted(deltas.items()):
        _bump(HeadCount, delta, agency_id=agency_id)


def agency_moved(*, agency: Agency, old_ancestor_ids: list[int]) -> None:
    """A subtree moved: its totals leave the old agencies above it and join the new ones."""
    new_ancestor_ids = list(agency.get_ancestors().values_list("pk", flat=True))
    leaving = set(old_ancestor_ids) - set(new_ancestor_ids)
    joining = set(new_ancestor_ids) - set(old_ancestor_ids)
    if not (leaving or joining):
        return
    deltas: Counter = Counter()
    rows = CompletionCounter.objects.filter(agency=agency).exclude(count=0)
    for course, status, date, count in rows.values_list("course", "status", "date", "count"):
        for holder in leaving:
            deltas[(holder, course, status, date)] -= count
        for holder in joining:
            deltas[(holder, course, status, date)] += count
    _add(deltas)
    heads = HeadCount.objects.filter(agency=agency).values_list("count", flat=True).first() or 0
    _bump_heads({**dict.fromkeys(leaving, -heads), **dict.fromkeys(joining, heads)})


def recount() -> Counter:
    """Every counter as it should be, counted from the enrolments (subtrees rolled up)."""
    local: Counter = Counter()
    rows = (
        Enrolment.objects.filter(user__agency__isnull=False, user__is_active=True)
        .values_list("user__agency", "course", "status", "due_on")
        .annotate(month=TruncMonth("completed_at"), n=Count("pk"))
        .order_by()
    )
    for agency, course, status, due_on, month, n in rows.iterator(chunk_size=5000):
        date = counter_date(status, due_on, month)  # month: aware, the 1st at local midnight
        local[(agency, course, status, date)] += n
    return roll_up(local)


def recount_heads() -> Counter:
    """Every head count as it should be, counted from the people (subtrees rolled up)."""
    people = (
        User.objects.filter(is_active=True, agency__isnull=False)
        .values_list("agency")
        .annotate(n=Count("pk"))
        .order_by()
    )
    rolled = roll_up({(agency,): n for agency, n in people})
    return Counter({agency: n for (agency,), n in rolled.items()})


@transaction.atomic
def rebuild_counters() -> int:
    """Count everything again from the enrolments and the people; returns the number of rows."""
    CompletionCounter.objects.all().delete()
    AllCoursesCounter.objects.all().delete()
    HeadCount.objects.all().delete()
    counted = recount()
    counters = [
        CompletionCounter(agency_id=agency, course_id=course, status=status, date=date, count=n)
        for (agency, course, status, date), n in counted.items()
        if n
    ]
    CompletionCounter.objects.bulk_create(counters, batch_size=2000)
    totals: Counter = Counter()
    for (agency, _course, status, date), n in counted.items():
        totals[(agency, status, date)] += n
    all_courses = [
        AllCoursesCounter(agency_id=agency, status=status, date=date, count=n)
        for (agency, status, date), n in totals.items()
        if n
    ]
    AllCoursesCounter.objects.bulk_create(all_courses, batch_size=2000)
    heads = [HeadCount(agency_id=agency, count=n) for agency, n in recount_heads().items() if n]
    HeadCount.objects.bulk_create(heads, batch_size=2000)
    return len(counters) + len(all_courses) + len(heads)


@transaction.atomic
def set_target(*, agency, programme, year: int, share: int, actor) -> PlanTarget:
    """Set (or change) an agency's target for a programme and year: HR officers of the agency,
    or the system (`actor` None, as the demo data does)."""
    if actor is not None and not Agency.objects.manageable_by(actor).filter(pk=agency.pk).exists():
        raise ValidationError({"agency": _("You do not manage this agency.")})
    if not agency.is_active:
        raise ValidationError({"agency": _("This agency is closed.")})
    if year not in PLAN_YEARS:
        raise ValidationError({"year": _("Choose a year of the plan, 2025 to 2030.")})
    if not 1 <= share <= 100:
        raise ValidationError({"share": _("A target is a share between 1 and 100 per cent.")})
    current = PlanTarget.objects.filter(agency=agency, programme=programme, year=year).first()
    if current is not None and current.share == share:
        return current  # saved without a change: nothing to record
    target, created = PlanTarget.objects.update_or_create(
        agency=agency, programme=programme, year=year, defaults={"share": share, "set_by": actor}
    )
    audit.record(target, audit.TARGET_SET, user=actor, agency=agency, share=share)
    return target


@transaction.atomic
def remove_target(*, target, actor) -> None:
    audit.record(target, audit.TARGET_DELETE, user=actor, agency=target.agency)
    target.delete()
