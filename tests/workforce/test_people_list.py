"""The People screen: row actions by right, partial staff-code search, a person's page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import with_totp
from tests.courses.conftest import catalog, course, home  # noqa: F401
from tests.factories import HRRoleFactory, PersonFactory
from workforce.models import HRRole, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def insider(unit):
    return PersonFactory(staff_code="AUDIT001", agency=unit, family_name="Lê", given_name="Cúc")


@pytest.fixture
def sibling_officer(sibling_department):
    officer = with_totp(PersonFactory(agency=sibling_department))
    HRRoleFactory(person=officer, agency=sibling_department, role=HRRole.Role.OFFICER)
    return officer


def results(client, **query):
    return client.get(reverse("wagtailusers_users:index_results"), query).content.decode()


def test_start_of_a_staff_code_finds_the_person(client, department_officer, insider):
    client.force_login(department_officer)
    for query in ["AUDIT", "audit00", "AUDIT001", "cuc", "Lê Cúc"]:
        assert insider.full_name in results(client, q=query), query
    assert insider.full_name not in results(client, q="UDIT")


def test_staff_code_search_uses_a_prefix_match():
    sql = str(User.objects.search("audit").query)
    assert "AUDIT%" in sql or "LIKE" in sql.upper()


def test_rows_carry_the_actions_the_officer_may_take(client, department_officer, insider):
    client.force_login(department_officer)
    page = client.get(reverse("wagtailusers_users:index")).content.decode()
    for url in [
        reverse("wagtailusers_users:detail", args=[insider.pk]),
        reverse("wagtailusers_users:edit", args=[insider.pk]),
        reverse("activation_letters:person", args=[insider.pk]),
        reverse("wagtailusers_users:set_active", args=[insider.pk]),
    ]:
        assert url in page
    for label in ["Xem hồ sơ", "Sửa", "In thư kích hoạt", "Vô hiệu hóa"]:
        assert label in page
    assert f'name="id" value="{insider.pk}"' in page
    assert "In thư kích hoạt cho người đã chọn" in page


def test_viewer_rows_offer_only_the_record(client, department_viewer, insider):
    client.force_login(department_viewer)
    page = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reverse("wagtailusers_users:detail", args=[insider.pk]) in page
    for name in ["edit", "set_active"]:
        assert f'href="{reverse(f"wagtailusers_users:{name}", args=[insider.pk])}"' not in page
    assert reverse("activation_letters:person", args=[insider.pk]) not in page
    assert "In thư kích hoạt cho người đã chọn" not in page


def test_person_page_shows_the_learning_record_and_actions(client, department_officer, insider):
    from courses.models import Enrolment

    client.force_login(department_officer)
    url = reverse("wagtailusers_users:detail", args=[insider.pk])
    page = client.get(url).content.decode()
    assert "Chưa tham gia khóa học nào." in page
    assert "Chưa có giấy chứng nhận nào." in page
    for action in ["edit", "set_active"]:
        assert reverse(f"wagtailusers_users:{action}", args=[insider.pk]) in page
    assert reverse("activation_letters:person", args=[insider.pk]) in page
    assert Enrolment.objects.count() == 0


def test_due_dates_read_in_vietnamese(client, department_officer, insider, course):  # noqa: F811
    from courses import services as learning

    due = timezone.localdate() + datetime.timedelta(days=3)
    learning.enrol(user=insider, course=course, due_on=due)
    client.force_login(department_officer)
    page = client.get(reverse("wagtailusers_users:detail", args=[insider.pk])).content.decode()
    assert due.strftime("%d/%m/%Y") in page
    assert "còn 3 ngày" in page
    assert "minutes" not in page


def test_viewer_sees_the_person_page_without_write_buttons(client, department_viewer, insider):
    client.force_login(department_viewer)
    page = client.get(reverse("wagtailusers_users:detail", args=[insider.pk])).content.decode()
    assert insider.staff_code in page
    for url in [
        reverse("wagtailusers_users:edit", args=[insider.pk]),
        reverse("wagtailusers_users:set_active", args=[insider.pk]),
        reverse("activation_letters:person", args=[insider.pk]),
    ]:
        assert f'href="{url}"' not in page


def test_sibling_officer_gets_404_on_the_person_page(client, sibling_officer, insider):
    client.force_login(sibling_officer)
    response = client.get(reverse("wagtailusers_users:detail", args=[insider.pk]))
    assert response.status_code == 404
