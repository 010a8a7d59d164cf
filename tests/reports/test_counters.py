"""Completion counters stay equal to a naive recount through any sequence of enrolments,
progress, completions, due dates brought forward, transfers, merges, agency moves and people
deactivated or reactivated (the figures count active people only);
`rebuild_counters` gets the same from scratch."""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses import services as learning
from courses.models import CoursePage, Enrolment, LessonPage
from reports.models import NO_DUE_DATE, AllCoursesCounter, CompletionCounter, HeadCount
from reports.services import rebuild_counters
from tests.courses.conftest import publish
from tests.factories import AgencyFactory, PersonFactory
from workforce import services as workforce
from workforce.models import User

pytestmark = pytest.mark.django_db


def counted() -> Counter:
    counters = Counter(
        {
            (row.agency_id, row.course_id, row.status, row.date): row.count
            for row in CompletionCounter.objects.exclude(count=0)
        }
    )
    counters.update(
        {("heads", row.agency_id): row.count for row in HeadCount.objects.exclude(count=0)}
    )
    counters.update(
        {
            ("all", row.agency_id, row.status, row.date): row.count
            for row in AllCoursesCounter.objects.exclude(count=0)
        }
    )
    return counters


def recounted() -> Counter:
    """Each enrolment of an active person counted for the person's agency and every agency
    above it, by hand."""
    expected: Counter = Counter()
    for enrolment in Enrolment.objects.filter(
        user__agency__isnull=False, user__is_active=True
    ).select_related("user__agency"):
        if enrolment.status == Enrolment.Status.COMPLETED:
            date = timezone.localdate(enrolment.completed_at).replace(day=1)
        else:
            date = enrolment.due_on or NO_DUE_DATE
        agency = enrolment.user.agency
        for holder in [*agency.get_ancestors(), agency]:
            expected[(holder.pk, enrolment.course_id, enrolment.status, date)] += 1
            expected[("all", holder.pk, enrolment.status, date)] += 1
    for person in User.objects.filter(is_active=True, agency__isnull=False).select_related(
        "agency"
    ):
        for holder in [*person.agency.get_ancestors(), person.agency]:
            expected[("heads", holder.pk)] += 1
    return expected


@pytest.fixture
def world(course, province):
    second = course.get_parent().add_child(
        instance=CoursePage(
            title="Khóa học thứ hai",
            slug="khoa-hai",
            code="IU02",
            summary="Một bài học.",
            learning_outcomes="<ul><li>Học xong</li></ul>",
        )
    )
    publish(second)
    publish(second.add_child(instance=LessonPage(title="Bài duy nhất", slug="bai")))
    departments = [AgencyFactory(parent=province) for _ in range(3)]
    # Units under the first two departments, so merges and moves carry subtrees along.
    units = [AgencyFactory(parent=departments[n % 2]) for n in range(2)]
    agencies = departments + units
    people = [PersonFactory(agency=agencies[n % len(agencies)]) for n in range(6)]
    rebuild_counters()  # the factory bypasses the services: head counts start from a recount
    return {"courses": [course, second], "agencies": agencies, "people": people}


operations = st.lists(
    st.one_of(
        st.tuples(st.just("enrol"), st.integers(0, 5), st.integers(0, 1)),
        st.tuples(st.just("assign"), st.integers(0, 5), st.integers(0, 1)),
        st.tuples(st.just("lesson"), st.integers(0, 5), st.integers(0, 1)),
        st.tuples(st.just("transfer"), st.integers(0, 5), st.integers(0, 4)),
        st.tuples(st.just("merge"), st.integers(0, 4), st.integers(0, 4)),
        st.tuples(st.just("move"), st.integers(0, 4), st.integers(0, 4)),
        st.tuples(st.just("active"), st.integers(0, 5), st.booleans()),
    ),
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=operations)
def test_counters_equal_a_naive_recount_after_any_sequence(world, steps):
    with transaction.atomic():
        for action, a, b in steps:
            person = world["people"][a % len(world["people"])]
            person.refresh_from_db()
            if action == "enrol":
                learning.enrol(user=person, course=world["courses"][b], source="assignment")
            elif action == "assign":  # enrols with a due date, or brings one forward
                due = timezone.localdate() + datetime.timedelta(days=10 + 10 * (a % 3))
                learning.enrol(
                    user=person, course=world["courses"][b], source="assignment", due_on=due
                )
            elif action == "lesson":
                course = world["courses"][b]
                enrolment = Enrolment.objects.filter(user=person, course=course).first()
                if enrolment:
                    for lesson in LessonPage.objects.live().child_of(course)[:1]:
                        learning.complete_lesson(enrolment=enrolment, lesson=lesson)
            elif action == "transfer":
                target = world["agencies"][b]
                target.refresh_from_db()
                if target.is_active:
                    workforce.transfer_people(people=[person], to_agency=target)
            elif action == "merge":
                merged, into = world["agencies"][a], world["agencies"][b]
                merged.refresh_from_db()
                into.refresh_from_db()
                if merged.is_active and into.is_active and not into.path.startswith(merged.path):
                    workforce.merge_agency(agency=merged, into=into)
            elif action == "active":
                workforce.set_person_active(person=person, active=b)
            elif action == "move":
                moved, parent = world["agencies"][a], world["agencies"][b]
                moved.refresh_from_db()
                parent.refresh_from_db()
                if parent.is_active and not parent.path.startswith(moved.path):
                    workforce.move_agency(agency=moved, new_parent=parent)
            assert counted() == recounted(), (action, a, b)
        transaction.set_rollback(True)


def test_rebuild_gives_the_same_counters(world):
    due = timezone.localdate() + datetime.timedelta(days=5)
    for n, person in enumerate(world["people"]):
        enrolment = learning.enrol(
            user=person, course=world["courses"][n % 2], source="assignment", due_on=due
        )
        if n % 2:  # the second course has one lesson: this completes it
            lesson = LessonPage.objects.live().child_of(world["courses"][1]).first()
            learning.complete_lesson(enrolment=enrolment, lesson=lesson)
    before = counted()
    assert {key[2] for key in before if key[0] == "all"} == {"not_started", "completed"}
    CompletionCounter.objects.update(count=99)
    HeadCount.objects.update(count=99)
    AllCoursesCounter.objects.update(count=99)
    call_command("rebuild_counters")
    assert counted() == before == recounted()


def test_people_who_join_an_assigned_agency_are_enrolled_together_and_counted(world):
    """The bulk path (a roster's newcomers): new enrolments counted once each, those already
    enrolled keep theirs with the earlier due date, deactivated people are left out."""
    agency = world["agencies"][0]
    course = world["courses"][0]
    people = [PersonFactory(agency=agency) for _ in range(4)]
    rebuild_counters()
    later = timezone.localdate() + datetime.timedelta(days=90)
    learning.enrol(user=people[0], course=course, source="self", due_on=later)
    workforce.set_person_active(person=people[3], active=False)
    people[3].refresh_from_db()
    assignment = learning.assign(
        page=course,
        agency=agency,
        due_on=timezone.localdate() + datetime.timedelta(days=30),
        actor=None,
    )
    Enrolment.objects.filter(user__in=people[1:]).delete()  # as if they had just joined
    rebuild_counters()
    created = learning.enrol_joiners(people=people, agency=agency)
    assert created == 2
    assert Enrolment.objects.get(user=people[0], course=course).due_on == assignment.due_on
    assert not Enrolment.objects.filter(user=people[3]).exists()
    assert counted() == recounted()
