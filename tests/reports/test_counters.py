"""Completion counters stay equal to a naive recount through any sequence of enrolments,
progress, completions, transfers and merges; `rebuild_counters` gets the same from scratch."""

from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses import services as learning
from courses.models import CoursePage, Enrolment, LessonPage
from reports.models import CompletionCounter
from tests.courses.conftest import publish
from tests.factories import AgencyFactory, PersonFactory
from workforce import services as workforce

pytestmark = pytest.mark.django_db


def counted() -> Counter:
    return Counter(
        {
            (row.agency_id, row.course_id, row.status): row.count
            for row in CompletionCounter.objects.exclude(count=0)
        }
    )


def recounted() -> Counter:
    rows = (
        Enrolment.objects.filter(user__agency__isnull=False)
        .values_list("user__agency", "course", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return Counter({(agency, course, status): n for agency, course, status, n in rows})


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
    agencies = [AgencyFactory(parent=province) for _ in range(3)]
    people = [PersonFactory(agency=agencies[n % 3]) for n in range(5)]
    return {"courses": [course, second], "agencies": agencies, "people": people}


operations = st.lists(
    st.one_of(
        st.tuples(st.just("enrol"), st.integers(0, 4), st.integers(0, 1)),
        st.tuples(st.just("lesson"), st.integers(0, 4), st.integers(0, 1)),
        st.tuples(st.just("transfer"), st.integers(0, 4), st.integers(0, 2)),
        st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 2)),
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
                if merged.pk != into.pk and merged.is_active and into.is_active:
                    workforce.merge_agency(agency=merged, into=into)
            assert counted() == recounted(), (action, a, b)
        transaction.set_rollback(True)


def test_rebuild_gives_the_same_counters(world):
    for n, person in enumerate(world["people"]):
        learning.enrol(user=person, course=world["courses"][n % 2], source="assignment")
    before = counted()
    CompletionCounter.objects.update(count=99)
    call_command("rebuild_counters")
    assert counted() == before == recounted()
