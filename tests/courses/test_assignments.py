"""Assignments: HR gives a course to an agency subtree; its people, and later joiners, are
enrolled with the due date, and reminders go out once each."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses import services
from courses.models import Enrolment
from tests.factories import PersonFactory
from workforce import imports
from workforce import services as workforce
from workforce.models import Category

pytestmark = pytest.mark.django_db


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def staff(department, unit, sibling_department):
    return {
        "head": PersonFactory(agency=department, category=Category.CADRE),
        "clerk": PersonFactory(agency=unit, category=Category.CIVIL_SERVANT),
        "teacher": PersonFactory(agency=unit, category=Category.PUBLIC_EMPLOYEE),
        "elsewhere": PersonFactory(agency=sibling_department, category=Category.CIVIL_SERVANT),
    }


def enrolled(course):
    return set(
        Enrolment.objects.filter(course=course, source=Enrolment.Source.ASSIGNMENT).values_list(
            "user_id", flat=True
        )
    )


def test_the_subtree_is_enrolled_now_and_joiners_later(
    django_capture_on_commit_callbacks, course, department, unit, staff, department_officer
):
    due = in_days(30)
    with django_capture_on_commit_callbacks(execute=True):
        services.assign(
            page=course,
            agency=department,
            due_on=due,
            actor=department_officer,
            categories=[Category.CADRE, Category.CIVIL_SERVANT],
        )
    # Not the teacher (another category), nor anyone elsewhere; the officer is a civil servant too.
    assert enrolled(course) == {staff["head"].pk, staff["clerk"].pk, department_officer.pk}
    assert Enrolment.objects.get(user=staff["clerk"]).due_on == due

    with django_capture_on_commit_callbacks(execute=True):
        newcomer = workforce.create_person(
            staff_code="MOI-1",
            family_name="Lê",
            given_name="Tâm",
            agency=unit,
            category=Category.CIVIL_SERVANT,
        )
        workforce.transfer_people(people=[staff["elsewhere"]], to_agency=unit)
        imported = imports.import_roster(
            content="Mã cán bộ;Họ;Tên;Mã cơ quan;Đối tượng\nMOI-2;Hồ;Vân;SNV-VP;Công chức\n".encode(),
            name="ds.csv",
            actor=None,
            apply=True,
        )
    assert imported.ok
    from workforce.models import User

    assert enrolled(course) >= {
        newcomer.pk,
        staff["elsewhere"].pk,
        User.objects.get(staff_code="MOI-2").pk,
    }


def test_assigning_is_checked(course, department, sibling_department):
    outsider = PersonFactory(staff_code="HR-STC", agency=sibling_department)
    from tests.factories import HRRoleFactory

    HRRoleFactory(person=outsider, agency=sibling_department)
    with pytest.raises(ValidationError, match="agency"):
        services.assign(page=course, agency=department, due_on=in_days(10), actor=outsider)
    with pytest.raises(ValidationError, match="due_on"):
        services.assign(page=course, agency=department, due_on=in_days(-1), actor=None)


def test_reminders_go_once_before_the_due_date_and_once_when_overdue(
    django_capture_on_commit_callbacks, course, department, staff
):
    with django_capture_on_commit_callbacks(execute=True):
        assignment = services.assign(page=course, agency=department, due_on=in_days(3), actor=None)
    done = Enrolment.objects.get(user=staff["head"], course=course)
    Enrolment.objects.filter(pk=done.pk).update(status=Enrolment.Status.COMPLETED)

    assert services.send_assignment_reminders() == 2  # clerk and teacher; the head is done
    assert services.send_assignment_reminders() == 0  # once only
    assert "Nhắc hạn hoàn thành" in mail.outbox[0].subject
    assert f"ngày {assignment.due_on:%d} tháng {assignment.due_on:%m}" in mail.outbox[0].body

    later = assignment.due_on + datetime.timedelta(days=1)
    assert services.send_assignment_reminders(today=later) == 2
    assert services.send_assignment_reminders(today=later) == 0
    assert mail.outbox[-1].subject.startswith("Đã quá hạn")
    assert {m.to[0] for m in mail.outbox} == {staff["clerk"].email, staff["teacher"].email}


def test_officers_assign_in_the_admin_and_others_cannot(
    client,
    django_capture_on_commit_callbacks,
    course,
    department,
    sibling_department,
    staff,
    department_officer,
    department_viewer,
):
    from django.urls import reverse

    from courses.models import Assignment
    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    add, index = reverse("assignments:add"), reverse("assignments:index")
    form = {
        "page": course.pk,
        "agency": department.pk,
        "due_on": in_days(20).isoformat(),
        "mandatory": "on",
    }
    client.force_login(department_officer)
    assert client.get(add).status_code == 200
    assert client.post(add, {**form, "due_on": in_days(-2).isoformat()}).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(add, form).status_code == 302
    assert Assignment.objects.count() == 1 and staff["clerk"].pk in enrolled(course)
    assert course.title in client.get(index).content.decode()

    outsider = with_totp(PersonFactory(staff_code="HR-STC2", agency=sibling_department))
    HRRoleFactory(person=outsider, agency=sibling_department)
    client.force_login(outsider)
    assert course.title not in client.get(index).content.decode()
    assert client.post(add, form).status_code == 200  # the department is not a choice for them
    assert Assignment.objects.count() == 1

    client.force_login(department_viewer)
    assert course.title in client.get(index).content.decode()
    assert client.post(add, form).status_code in (302, 403)
    client.force_login(staff["clerk"])
    assert client.get(index).status_code in (302, 403)
    assert Assignment.objects.count() == 1


def test_a_new_due_date_and_a_cancellation_reach_the_enrolments_and_the_counters(
    django_capture_on_commit_callbacks, course, province, department, unit, staff
):
    from reports.services import rebuild_counters
    from tests.reports.test_counters import counted, recounted

    rebuild_counters()  # the factory made the people without the services
    with django_capture_on_commit_callbacks(execute=True):
        wide = services.assign(page=course, agency=province, due_on=in_days(60), actor=None)
        narrow = services.assign(page=course, agency=unit, due_on=in_days(3), actor=None)
    clerk = Enrolment.objects.get(user=staff["clerk"], course=course)
    head = Enrolment.objects.get(user=staff["head"], course=course)
    assert (clerk.due_on, head.due_on) == (in_days(3), in_days(60))  # the earliest covering one
    assert services.send_assignment_reminders() == 2  # the unit's two people, due in 3 days

    with django_capture_on_commit_callbacks(execute=True):  # due dates follow by a task
        services.change_assignment(
            assignment=narrow, due_on=in_days(20), mandatory=False, actor=None
        )
    clerk.refresh_from_db()
    assert clerk.due_on == in_days(20)
    assert services.send_assignment_reminders(today=in_days(14)) == 2  # reminders start again
    assert counted() == recounted()

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_assignment(assignment=narrow, actor=None)
    clerk.refresh_from_db()
    assert clerk.due_on == in_days(60)  # the province's assignment still covers the unit
    assert services.send_assignment_reminders(today=in_days(18)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_assignment(assignment=wide, actor=None)
    assert not Enrolment.objects.filter(course=course, due_on__isnull=False).exists()
    assert Enrolment.objects.filter(course=course).count() == 4  # enrolments stay
    assert counted() == recounted()

    with pytest.raises(ValidationError, match="đã bị hủy"):
        services.change_assignment(assignment=wide, due_on=in_days(9), mandatory=True, actor=None)
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = workforce.create_person(
            staff_code="MOI-9", family_name="Lê", given_name="Na", agency=unit
        )
    assert not Enrolment.objects.filter(user=newcomer).exists()  # no one joins a cancelled one


def test_officers_change_and_cancel_in_the_admin_and_others_cannot(
    client,
    django_capture_on_commit_callbacks,
    course,
    department,
    sibling_department,
    staff,
    department_officer,
    department_viewer,
):
    from django.urls import reverse

    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    with django_capture_on_commit_callbacks(execute=True):
        assignment = services.assign(page=course, agency=department, due_on=in_days(30), actor=None)
    edit = reverse("assignments:edit", args=[assignment.pk])
    cancel = reverse("assignments:cancel", args=[assignment.pk])
    form = {"due_on": in_days(45).isoformat(), "mandatory": "on"}

    outsider = with_totp(PersonFactory(staff_code="HR-STC3", agency=sibling_department))
    HRRoleFactory(person=outsider, agency=sibling_department)
    client.force_login(outsider)
    assert client.get(edit).status_code == 404
    assert client.post(cancel).status_code == 404
    client.force_login(department_viewer)
    assert edit not in client.get(reverse("assignments:index")).content.decode()
    assert client.post(edit, form).status_code in (302, 403)
    assert client.post(cancel).status_code in (302, 403)
    assignment.refresh_from_db()
    assert assignment.due_on == in_days(30) and not assignment.is_cancelled

    client.force_login(department_officer)
    assert edit in client.get(reverse("assignments:index")).content.decode()
    assert client.post(edit, {**form, "due_on": in_days(-1).isoformat()}).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, form).status_code == 302
    assert Enrolment.objects.get(user=staff["clerk"]).due_on == in_days(45)
    assert "Hủy giao khóa học" in client.get(cancel).content.decode()
    assert client.post(cancel).status_code == 302
    assignment.refresh_from_db()
    assert assignment.is_cancelled
    assert client.get(edit).status_code == 200  # shows it; saving says it is cancelled
    assert client.post(edit, form).status_code == 200
