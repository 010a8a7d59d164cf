"""Authorization matrix over every HR URL: dashboard, drill-down, people list, exports, roster
import, assignments and targets. An HR officer of a sibling department is refused the
department's data; an HR viewer may read but every write is refused; a learner gets nothing."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from courses import services as learning
from courses.models import Assignment, ProgrammePage
from reports.models import PlanTarget
from tests.conftest import with_totp
from tests.courses.conftest import publish
from tests.factories import HRRoleFactory, PersonFactory
from workforce.models import HRRole, RosterImport, User

pytestmark = pytest.mark.django_db

SECRET = "Nguyễn Văn Bí Mật"
DUE = datetime.timedelta(days=40)


@pytest.fixture
def setting(department, unit, sibling_department, department_officer, course):
    programme = course.get_parent().add_child(
        instance=ProgrammePage(title="Chương trình cơ bản", slug="ct", summary="Tóm tắt.")
    )
    publish(programme)
    PersonFactory(agency=unit, family_name="Nguyễn", middle_name="Văn Bí", given_name="Mật")
    target = PlanTarget.objects.create(agency=department, programme=programme, year=2026, share=50)
    roster = RosterImport.objects.create(
        requested_by=department_officer,
        original_name="danh-sach.csv",
        file=SimpleUploadedFile("danh-sach.csv", b"x"),
        status=RosterImport.Status.CHECKED,
    )
    assignment = learning.assign(
        page=programme, agency=department, due_on=timezone.localdate() + DUE, actor=None
    )
    outsider = PersonFactory(staff_code="HR-STC", agency=sibling_department)
    HRRoleFactory(person=outsider, agency=sibling_department, role=HRRole.Role.OFFICER)
    return {
        "programme": programme,
        "target": target,
        "roster": roster,
        "assignment": assignment,
        "outsider": with_totp(outsider),
    }


def reads(department, unit, setting):
    """Every HR page that shows the department's people or figures."""
    scope = f"?agency={department.pk}"
    return [
        reverse("reports:dashboard") + scope,
        reverse("reports:dashboard") + f"?agency={unit.pk}",  # drill-down
        reverse("reports:people") + scope,
        reverse("reports:people") + f"?agency={unit.pk}&status=not_enrolled",
        reverse("reports:dashboard_export", args=["xlsx"]) + scope,
        reverse("reports:dashboard_export", args=["csv"]) + scope,
        reverse("reports:people_export", args=["xlsx"]) + scope,
        reverse("reports:people_export", args=["csv"]) + scope,
        reverse("roster_import:detail", args=[setting["roster"].pk]),
        reverse("roster_import:status", args=[setting["roster"].pk]),
        reverse("plan_targets:edit", args=[setting["target"].pk]),
    ]


def writes(department, setting, course):
    """Every HR write on the department, with the form that would do it."""
    due = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    return [
        (reverse("roster_import:confirm", args=[setting["roster"].pk]), {}),
        (reverse("assignments:add"), {"page": course.pk, "agency": department.pk, "due_on": due}),
        (
            reverse("assignments:edit", args=[setting["assignment"].pk]),
            {"due_on": due, "mandatory": "on"},
        ),
        (reverse("assignments:cancel", args=[setting["assignment"].pk]), {}),
        (
            reverse("plan_targets:add"),
            {
                "agency": department.pk,
                "programme": setting["programme"].pk,
                "year": 2027,
                "share": 70,
            },
        ),
        (
            reverse("plan_targets:edit", args=[setting["target"].pk]),
            {
                "agency": department.pk,
                "programme": setting["programme"].pk,
                "year": 2026,
                "share": 10,
            },
        ),
        (reverse("plan_targets:delete", args=[setting["target"].pk]), {}),
    ]


def refused(response) -> bool:
    """403 or 404, or Wagtail's way of refusing: back to the admin home with a message."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def roster_of_the_department(department):
    header = "Mã cán bộ;Họ;Tên đệm;Tên;Ngày sinh;Giới tính;Email;Mã cơ quan;Chức vụ;Đối tượng"
    row = f"NGOAI-1;Lê;Văn;Lạ;;Nam;;{department.code};;Công chức"
    return SimpleUploadedFile("danh-sach.csv", f"{header}\n{row}\n".encode())


def unchanged(setting):
    setting["target"].refresh_from_db()
    setting["roster"].refresh_from_db()
    return (
        setting["target"].share == 50
        and PlanTarget.objects.count() == 1
        and list(Assignment.objects.values_list("due_on", "cancelled_at"))
        == [(timezone.localdate() + DUE, None)]
        and setting["roster"].status == RosterImport.Status.CHECKED
        and RosterImport.objects.count() == 1
    )


def test_the_department_officer_reads_and_writes(
    client, department, unit, setting, department_officer
):
    client.force_login(department_officer)
    for url in reads(department, unit, setting):
        response = client.get(url)
        assert response.status_code == 200, url
    assert (
        SECRET
        in client.get(reverse("reports:people") + f"?agency={department.pk}").content.decode()
    )
    response = client.post(
        reverse("plan_targets:add"),
        {"agency": department.pk, "programme": setting["programme"].pk, "year": 2027, "share": 70},
    )
    assert response.status_code == 302
    assert PlanTarget.objects.get(year=2027).share == 70


def test_a_sibling_department_officer_is_refused(
    client, django_capture_on_commit_callbacks, department, unit, setting, course
):
    client.force_login(setting["outsider"])
    assert client.get(reverse("reports:dashboard")).status_code == 200  # their own agency
    for url in reads(department, unit, setting):
        response = client.get(url)
        assert response.status_code == 404, url
    for url, data in writes(department, setting, course):
        response = client.post(url, data)
        # Refused outright, or the department is not a choice on their form.
        assert response.status_code in (200, 403, 404), url
        assert SECRET not in response.content.decode()
    assert unchanged(setting)

    # Their own roster upload is checked against their scope: the department's row is refused.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("roster_import:index"), {"file": roster_of_the_department(department)}
        )
    assert response.status_code == 302
    latest = RosterImport.objects.latest("pk")
    assert latest.status == RosterImport.Status.INVALID
    assert client.post(reverse("roster_import:confirm", args=[latest.pk])).status_code in (302, 400)
    assert not User.objects.filter(staff_code="NGOAI-1").exists()


def test_an_hr_viewer_reads_but_cannot_write(
    client, department, unit, setting, department_viewer, course
):
    client.force_login(department_viewer)
    for url in reads(department, unit, setting)[:8]:
        assert client.get(url).status_code == 200, url
    for url, data in writes(department, setting, course):
        assert refused(client.post(url, data)), url
    assert refused(client.get(reverse("plan_targets:add")))
    response = client.post(
        reverse("roster_import:index"), {"file": roster_of_the_department(department)}
    )
    assert refused(response)
    assert unchanged(setting)


def test_a_learner_gets_nothing(client, department, unit, setting, learner, course):
    client.force_login(learner)
    urls = [
        *reads(department, unit, setting),
        reverse("plan_targets:index"),
        reverse("assignments:index"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert SECRET not in response.content.decode()
    for url, data in writes(department, setting, course):
        assert client.post(url, data).status_code in (302, 403), url
    response = client.post(
        reverse("roster_import:index"), {"file": roster_of_the_department(department)}
    )
    assert response.status_code in (302, 403)
    assert unchanged(setting) and not User.objects.filter(staff_code="NGOAI-1").exists()


def test_tampered_choices_give_no_server_error(client, department, setting, department_officer):
    client.force_login(department_officer)
    for query in (
        "?agency=abc",
        "?agency=99999999",
        "?page=p999999",
        "?page=x1",
        "?start=2026-13",
        "?start=2027-01&end=2026-01",
        "?agency=" + "9" * 30,
    ):
        response = client.get(reverse("reports:dashboard") + query)
        assert response.status_code in (200, 404), query
    response = client.get(reverse("reports:dashboard") + "?start=2027-05&end=2026-01")
    assert "Tháng kết thúc đứng trước tháng bắt đầu." in response.content.decode()


def test_the_agency_permission_alone_does_not_open_the_people_list(client, department, setting):
    """Whoever may browse every agency but not people sees figures, never names."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Xem cơ quan")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_agency"),
    )
    browser = with_totp(PersonFactory(staff_code="XEM-CQ", agency=department))
    browser.groups.add(group)
    client.force_login(browser)
    assert client.get(reverse("reports:dashboard") + f"?agency={department.pk}").status_code == 200
    for name in ("reports:people",):
        assert refused(client.get(reverse(name) + f"?agency={department.pk}"))
    for fmt in ("xlsx", "csv"):
        response = client.get(
            reverse("reports:people_export", args=[fmt]) + f"?agency={department.pk}"
        )
        assert refused(response) and SECRET.encode() not in response.content


def test_a_target_is_edited_in_place_and_odd_input_is_harmless(
    client, department, setting, department_officer
):
    client.force_login(department_officer)
    edit = reverse("plan_targets:edit", args=[setting["target"].pk])
    assert client.post(edit, {"share": 0}).status_code == 200  # 1 to 100
    assert client.post(edit, {"share": 65, "year": 2027, "agency": 999}).status_code == 302
    assert list(PlanTarget.objects.values_list("year", "share")) == [(2026, 65)]
    for year in ("²", "2031", "abc", "9" * 30):
        assert client.get(reverse("plan_targets:index") + f"?year={year}").status_code == 200
