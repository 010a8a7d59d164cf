"""The HR dashboard: figures per child agency from the counters, drill-down, people in
Vietnamese order, exports that neutralise formulas, plan targets, and merged-agency history."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services as learning
from courses.models import (
    Enrolment,
    LessonPage,
    ProgrammeCompletion,
    ProgrammeCourse,
    ProgrammePage,
)
from reports import dashboard
from tests.courses.conftest import publish
from tests.factories import AgencyFactory, PersonFactory
from workforce import services as workforce

pytestmark = pytest.mark.django_db


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def finish(enrolment):
    for lesson in LessonPage.objects.live().child_of(enrolment.course):
        learning.complete_lesson(enrolment=enrolment, lesson=lesson)
    return Enrolment.objects.get(pk=enrolment.pk)


@pytest.fixture
def one_lesson_course(course):
    """`course` with its quiz unpublished, so one lesson completes it."""
    for child in course.get_children().specific():
        if not isinstance(child, LessonPage):
            child.unpublish()
    return course


@pytest.fixture
def people(department, unit, sibling_department, one_lesson_course):
    course = one_lesson_course
    staff = {
        "an": PersonFactory(agency=department, family_name="Trần", given_name="An"),
        "binh": PersonFactory(agency=unit, family_name="Lê", given_name="Bình"),
        "anh": PersonFactory(agency=unit, family_name="Nguyễn", given_name="Ánh"),
        "chi": PersonFactory(agency=sibling_department, family_name="Phạm", given_name="Chi"),
    }
    enrol = {
        key: learning.enrol(user=p, course=course, source="assignment", due_on=in_days(10))
        for key, p in staff.items()
    }
    finish(enrol["binh"])
    finish(enrol["chi"])
    # Overdue: due yesterday and not finished.
    Enrolment.objects.filter(pk=enrol["anh"].pk).update(due_on=in_days(-1))
    from reports.services import rebuild_counters

    rebuild_counters()
    return staff


def test_the_table_counts_each_child_subtree_and_the_total(
    province, department, unit, sibling_department, people
):
    board = dashboard.build(
        province, dashboard.Selection(), dashboard.Period.this_year(timezone.localdate())
    )
    by_agency = {row.agency.pk: row.figures for row in board.rows if row.agency}
    snv, stc = by_agency[department.pk], by_agency[sibling_department.pk]
    assert (snv.head_count, snv.assigned, snv.completed, snv.not_started, snv.overdue) == (
        3,
        3,
        1,
        2,
        1,
    )
    assert snv.percent == pytest.approx(33.3)
    assert (stc.assigned, stc.completed, stc.completed_in_period) == (1, 1, 1)
    total = board.total.figures
    assert (total.assigned, total.completed, total.overdue) == (4, 2, 1)
    assert board.cumulative[-1] == 2

    # Drill-down: the department's own person is a row of their own beside the unit.
    inner = dashboard.build(department, dashboard.Selection(), board.period)
    assert [row.agency for row in inner.rows] == [None, unit]
    assert inner.rows[0].figures.assigned == 1 and inner.rows[1].figures.assigned == 2


def test_people_are_listed_the_vietnamese_way_and_filtered(department, people, one_lesson_course):
    everyone = list(dashboard.people(department, dashboard.Selection()))
    # Sorted by given name first: An, Ánh, Bình (An before Ánh: letters first, then tones).
    assert [p.given_name for p in everyone] == ["An", "Ánh", "Bình"]
    overdue = dashboard.people(department, dashboard.Selection(), "overdue")
    assert [p.given_name for p in overdue] == ["Ánh"]
    done = dashboard.people(department, dashboard.Selection(course=one_lesson_course), "completed")
    assert [p.given_name for p in done] == ["Bình"]


def test_exports_neutralise_formulas(client, department, department_officer, people):
    people["an"].family_name = '=HYPERLINK("http://x")'
    people["an"].save()
    client.force_login(department_officer)
    query = f"?agency={department.pk}"
    response = client.get(reverse("reports:people_export", args=["csv"]) + query)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)

    response = client.get(reverse("reports:people_export", args=["xlsx"]) + query)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://x")' in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)

    response = client.get(reverse("reports:dashboard_export", args=["xlsx"]) + query)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    # What the table covers and when it was made, an empty line, then the headings.
    assert [sheet.cell(row, 1).value for row in range(1, 6)] == [
        "Cơ quan, đơn vị",
        "Khóa học hoặc chương trình",
        "Kỳ báo cáo",
        "Lập lúc",
        None,
    ]
    header = [cell.value for cell in sheet[6]]
    assert header[:4] == ["Cơ quan, đơn vị", "Số người", "Được giao", "Đã hoàn thành"]
    assert client.get(reverse("reports:dashboard_export", args=["pdf"]) + query).status_code == 404


def test_a_merged_agency_counts_with_its_successor_and_past_reports_use_old_names(
    province, one_lesson_course
):
    on = datetime.date
    science = AgencyFactory(
        code="SKHCN", name="Sở Khoa học và Công nghệ", parent=province, effective_on=on(2025, 1, 1)
    )
    media = AgencyFactory(
        code="STTTT",
        name="Sở Thông tin và Truyền thông",
        parent=province,
        effective_on=on(2025, 1, 1),
    )
    media_unit = AgencyFactory(
        code="STTTT-VP", name="Văn phòng Sở", parent=media, effective_on=on(2025, 1, 1)
    )
    for agency, finished in ((science, False), (media, True), (media_unit, True)):
        person = PersonFactory(agency=agency)
        enrolment = learning.enrol(user=person, course=one_lesson_course, source="assignment")
        if finished:
            finish(enrolment)
    from reports.services import rebuild_counters

    rebuild_counters()
    # 1 March 2025: the two departments merged and the successor took a new name.
    workforce.merge_agency(agency=media, into=science, effective_on=on(2025, 3, 1))
    workforce.rename_agency(
        agency=science, name="Sở Khoa học, Công nghệ và Truyền thông", effective_on=on(2025, 3, 1)
    )

    now = dashboard.build(
        province, dashboard.Selection(), dashboard.Period.this_year(timezone.localdate())
    )
    assert [row.agency.pk for row in now.rows] == [science.pk]  # closed before this year
    successor = now.rows[0]
    assert successor.name == "Sở Khoa học, Công nghệ và Truyền thông"
    # What the merged department's people did (its unit included) counts for the successor.
    assert (
        successor.figures.head_count,
        successor.figures.assigned,
        successor.figures.completed,
    ) == (3, 3, 2)

    early_2025 = dashboard.Period.of_months(on(2025, 1, 1), on(2025, 2, 1))
    past = dashboard.build(province, dashboard.Selection(), early_2025)
    names = {row.agency.pk: row.name for row in past.rows}
    assert names == {
        science.pk: "Sở Khoa học và Công nghệ",
        media.pk: "Sở Thông tin và Truyền thông",
    }
    merged = next(row for row in past.rows if row.agency.pk == media.pk)
    assert "Sở Khoa học, Công nghệ và Truyền thông" in merged.note and "01/03/2025" in merged.note


def test_targets_show_actual_projection_and_flag(
    province, department, sibling_department, department_officer, people, one_lesson_course
):
    programme = one_lesson_course.get_parent().add_child(
        instance=ProgrammePage(
            title="Chương trình IU01–IU06", slug="ct", summary="Sáu mô-đun cơ bản."
        )
    )
    publish(programme)
    ProgrammeCourse.objects.create(programme=programme, course=one_lesson_course, sort_order=0)
    for person in people.values():  # the programme's one course is its whole programme
        if Enrolment.objects.get(user=person).is_completed:
            ProgrammeCompletion.objects.create(user=person, programme=programme)
    today = timezone.localdate()
    from reports.services import set_target

    set_target(
        agency=department, programme=programme, year=today.year, share=90, actor=department_officer
    )
    board = dashboard.build(
        province, dashboard.Selection(programme=programme), dashboard.Period.this_year(today)
    )
    row = next(r for r in board.rows if r.agency and r.agency.pk == department.pk)
    assert row.plan.target == 90
    # Bình of four people (the officer counts too) has completed it.
    assert (row.plan.trained, row.plan.share) == (1, 25.0)
    assert row.plan.behind  # at any pace this year, far from 90%

    empty = AgencyFactory(parent=province, name="Ban mới thành lập")
    set_target(agency=empty, programme=programme, year=today.year, share=50, actor=None)
    board = dashboard.build(
        province, dashboard.Selection(programme=programme), dashboard.Period.this_year(today)
    )
    new = next(r for r in board.rows if r.agency and r.agency.pk == empty.pk)
    assert new.plan.share is None and not new.plan.behind  # no one to train yet
    assert (
        next(r for r in board.rows if r.agency and r.agency.pk == sibling_department.pk).plan
        is None
    )


def test_deactivated_people_leave_the_figures_and_come_back(province, department, people):
    period = dashboard.Period.this_year(timezone.localdate())

    def figures():
        board = dashboard.build(province, dashboard.Selection(), period)
        return next(r.figures for r in board.rows if r.agency and r.agency.pk == department.pk)

    before = figures()
    assert (before.head_count, before.assigned, before.overdue) == (3, 3, 1)
    workforce.set_person_active(person=people["anh"], active=False)  # the overdue one left
    after = figures()
    assert (after.head_count, after.assigned, after.overdue) == (2, 2, 0)
    workforce.set_person_active(person=people["anh"], active=True)
    again = figures()
    assert (again.head_count, again.assigned, again.overdue) == (3, 3, 1)
