"""Every write to the counters: moved by deltas inside the caller's transaction, or rebuilt."""

from collections import Counter
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import Count, F

from courses.models import Enrolment

from .models import CompletionCounter

Key = tuple[int, int, str]  # agency id, course id, status


def apply_deltas(deltas: dict[Key, int]) -> None:
    """Add each delta to its counter row, creating the row when it is the first."""
    for (agency_id, course_id, status), delta in sorted(deltas.items()):
        if not delta:
            continue
        rows = CompletionCounter.objects.filter(agency=agency_id, course=course_id, status=status)
        if rows.update(count=F("count") + delta):
            continue
        try:
            with transaction.atomic():
                CompletionCounter.objects.create(
                    agency_id=agency_id, course_id=course_id, status=status, count=delta
                )
        except IntegrityError:  # another transaction created it a moment ago
            rows.update(count=F("count") + delta)


def enrolment_changed(*, agency_id: int | None, course_id: int, previous: str | None, status: str):
    if agency_id is None:
        return
    deltas: Counter = Counter()
    if previous:
        deltas[(agency_id, course_id, previous)] -= 1
    deltas[(agency_id, course_id, status)] += 1
    apply_deltas(deltas)


def people_moved(*, moves: Iterable[tuple[int, int | None, int | None]]) -> None:
    """`moves`: (person id, from agency id, to agency id); their enrolments follow them."""
    moves = [(person, old, new) for person, old, new in moves if old != new]
    if not moves:
        return
    origin = {person: (old, new) for person, old, new in moves}
    deltas: Counter = Counter()
    enrolments = Enrolment.objects.filter(user__in=list(origin)).values_list(
        "user_id", "course_id", "status"
    )
    for person, course, status in enrolments.iterator(chunk_size=2000):
        old, new = origin[person]
        if old is not None:
            deltas[(old, course, status)] -= 1
        if new is not None:
            deltas[(new, course, status)] += 1
    apply_deltas(deltas)


@transaction.atomic
def rebuild_counters() -> int:
    """Count everything again from the enrolments; returns the number of counter rows."""
    CompletionCounter.objects.all().delete()
    rows = (
        Enrolment.objects.filter(user__agency__isnull=False)
        .values("user__agency", "course", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counters = [
        CompletionCounter(
            agency_id=row["user__agency"],
            course_id=row["course"],
            status=row["status"],
            count=row["n"],
        )
        for row in rows
    ]
    CompletionCounter.objects.bulk_create(counters, batch_size=2000)
    return len(counters)
