"""An HR officer sees and changes only their own subtree, in every admin screen."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import HRRoleFactory, PersonFactory
from workforce.models import Agency, HRRole, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def outsider(sibling_department):
    return PersonFactory(
        staff_code="STC-001", agency=sibling_department, family_name="Trần", given_name="Bảo"
    )


@pytest.fixture
def insider(unit):
    return PersonFactory(staff_code="SNV-001", agency=unit, family_name="Lê", given_name="Cúc")


@pytest.fixture
def officer_client(client, department_officer):
    client.force_login(department_officer)
    return client


def test_people_list_shows_only_the_department(officer_client, insider, outsider):
    response = officer_client.get(reverse("wagtailusers_users:index"))
    assert response.status_code == 200
    content = response.content.decode()
    assert insider.full_name in content
    assert outsider.full_name not in content


def test_people_search_does_not_reach_outside(officer_client, insider, outsider):
    for query in ["Bảo", "bao", "STC-001", outsider.email]:
        response = officer_client.get(reverse("wagtailusers_users:index_results"), {"q": query})
        assert response.status_code == 200
        assert outsider.full_name not in response.content.decode()
    response = officer_client.get(reverse("wagtailusers_users:index_results"), {"q": "cuc"})
    assert insider.full_name in response.content.decode()


def test_people_filter_by_outside_agency_shows_nobody_outside(
    officer_client, outsider, sibling_department
):
    response = officer_client.get(
        reverse("wagtailusers_users:index"), {"agency": sibling_department.pk}
    )
    assert response.status_code == 200
    assert outsider.full_name not in response.content.decode()


@pytest.mark.parametrize("name", ["edit", "detail", "set_active", "invite"])
def test_person_outside_the_department_is_not_found(officer_client, outsider, name):
    url = reverse(f"wagtailusers_users:{name}", args=[outsider.pk])
    response = officer_client.post(url) if name == "invite" else officer_client.get(url)
    assert response.status_code == 404


def test_officer_cannot_deactivate_outsider_by_post(officer_client, outsider):
    response = officer_client.post(reverse("wagtailusers_users:set_active", args=[outsider.pk]))
    assert response.status_code == 404
    outsider.refresh_from_db()
    assert outsider.is_active


def test_officer_cannot_create_person_in_outside_agency(officer_client, sibling_department):
    response = officer_client.post(
        reverse("wagtailusers_users:add"),
        {
            "staff_code": "NEW-1",
            "family_name": "Phạm",
            "given_name": "Dũng",
            "category": "civil_servant",
            "agency": sibling_department.pk,
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(staff_code="NEW-1").exists()


def test_officer_creates_person_in_own_unit(
    officer_client, unit, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            reverse("wagtailusers_users:add"),
            {
                "staff_code": "new-2",
                "family_name": "Phạm",
                "middle_name": "Thị",
                "given_name": "Dung",
                "email": "Dung.Pham@Example.vn",
                "category": "civil_servant",
                "agency": unit.pk,
            },
        )
    assert response.status_code == 302
    person = User.objects.get(staff_code="NEW-2")
    assert person.agency == unit
    assert person.email == "dung.pham@example.vn"
    assert not person.has_usable_password()
    assert len(mailoutbox) == 1
    assert "/accounts/password/reset/key/" in mailoutbox[0].body


def test_agency_tree_top_level_is_the_officers_department(
    officer_client, department, sibling_department
):
    response = officer_client.get(reverse("agencies:index"))
    content = response.content.decode()
    assert department.name in content
    assert sibling_department.name not in content


@pytest.mark.parametrize("name", ["rename", "move", "merge", "close", "history"])
def test_agency_outside_the_department_is_not_found(officer_client, sibling_department, name):
    response = officer_client.get(reverse(f"agencies:{name}", args=[sibling_department.pk]))
    assert response.status_code == 404


def test_agency_browse_and_search_outside_is_refused(officer_client, sibling_department, province):
    assert (
        officer_client.get(reverse("agencies:index"), {"parent": sibling_department.pk}).status_code
        == 404
    )
    assert officer_client.get(reverse("agencies:index"), {"parent": province.pk}).status_code == 404
    response = officer_client.get(reverse("agencies:index_results"), {"q": "tai chinh"})
    assert sibling_department.name not in response.content.decode()


def test_officer_cannot_rename_outside_agency_by_post(officer_client, sibling_department):
    response = officer_client.post(
        reverse("agencies:rename", args=[sibling_department.pk]),
        {"name": "Đã đổi", "effective_on": "2026-01-05"},
    )
    assert response.status_code == 404
    sibling_department.refresh_from_db()
    assert sibling_department.name == "Sở Tài chính"


def test_officer_cannot_move_own_unit_under_outside_agency(
    officer_client, unit, sibling_department
):
    response = officer_client.post(
        reverse("agencies:move", args=[unit.pk]),
        {"new_parent": sibling_department.pk, "effective_on": "2026-01-05"},
    )
    assert response.status_code == 200  # form error: not a choice
    unit.refresh_from_db()
    assert unit.get_parent().code == "SNV"


def test_officer_renames_own_unit(officer_client, unit):
    response = officer_client.post(
        reverse("agencies:rename", args=[unit.pk]),
        {"name": "Văn phòng  Sở", "effective_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.name == "Văn phòng Sở"


def test_hr_roles_outside_are_hidden_and_not_revocable(
    officer_client, sibling_department, outsider
):
    role = HRRoleFactory(person=outsider, agency=sibling_department)
    response = officer_client.get(reverse("hr_roles:index"))
    assert outsider.full_name not in response.content.decode()
    assert officer_client.post(reverse("hr_roles:revoke", args=[role.pk])).status_code == 404
    assert HRRole.objects.filter(pk=role.pk).exists()


def test_officer_cannot_grant_role_to_outsider(officer_client, department, outsider):
    response = officer_client.post(
        reverse("hr_roles:add"),
        {"staff_code": outsider.staff_code, "agency": department.pk, "role": "officer"},
    )
    assert response.status_code == 200
    assert not HRRole.objects.filter(person=outsider).exists()


def test_viewer_can_read_but_not_change(client, department_viewer, insider, unit):
    client.force_login(department_viewer)
    assert insider.full_name in client.get(reverse("wagtailusers_users:index")).content.decode()
    assert client.get(reverse("wagtailusers_users:detail", args=[insider.pk])).status_code == 200
    # Seen but not changeable: refused (Wagtail turns 403 into a redirect home with a message).
    assert client.get(reverse("wagtailusers_users:edit", args=[insider.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("wagtailusers_users:add")).status_code in (302, 403)
    assert client.get(reverse("agencies:rename", args=[unit.pk])).status_code in (302, 403)
    assert client.get(reverse("agencies:history", args=[unit.pk])).status_code == 200


def test_learner_cannot_open_the_admin(client, learner):
    client.force_login(learner)
    for url in [
        reverse("wagtailusers_users:index"),
        reverse("agencies:index"),
        reverse("hr_roles:index"),
    ]:
        response = client.get(url)
        assert response.status_code == 403
        assert "Không có quyền truy cập" in response.content.decode()


def test_superuser_sees_everything(client, superuser, insider, outsider):
    client.force_login(superuser)
    content = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert insider.full_name in content and outsider.full_name in content


def test_admin_search_does_not_list_outside_people(officer_client, outsider):
    response = officer_client.get(reverse("wagtailadmin_pages:search"), {"q": "Bảo"})
    assert outsider.full_name not in response.content.decode()


def test_no_agency_is_ever_deleted():
    assert Agency._meta.get_field("successor").remote_field.on_delete.__name__ == "PROTECT"


def test_officer_cannot_take_over_accounts_with_wider_rights(
    officer_client, department, province, unit
):
    from django.contrib.auth.models import Group

    admin_in_department = PersonFactory(agency=unit, is_superuser=True)
    editor = PersonFactory(agency=unit)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    province_officer = PersonFactory(agency=unit)
    HRRoleFactory(person=province_officer, agency=province)
    for person in [admin_in_department, editor, province_officer]:
        response = officer_client.post(
            reverse("wagtailusers_users:edit", args=[person.pk]),
            {
                "staff_code": person.staff_code,
                "family_name": "X",
                "given_name": "Y",
                "email": "attacker@example.vn",
                "category": "worker",
                "agency": unit.pk,
            },
        )
        assert response.status_code in (302, 403)  # seen, so refused rather than not found
        person.refresh_from_db()
        assert person.email != "attacker@example.vn"
        # Still visible to read.
        assert (
            officer_client.get(reverse("wagtailusers_users:detail", args=[person.pk])).status_code
            == 200
        )


def test_bulk_actions_on_people_do_not_exist(officer_client, superuser, client, outsider):
    for url in [
        "/admin/bulk/workforce/user/set_active_state/?id=all",
        f"/admin/bulk/workforce/user/assign_role/?id={outsider.pk}",
        f"/admin/bulk/workforce/user/delete/?id={outsider.pk}",
    ]:
        response = officer_client.get(url)
        assert response.status_code == 404
        assert outsider.full_name not in response.content.decode()
    client.force_login(superuser)
    assert client.get("/admin/bulk/workforce/user/delete/?id=all").status_code == 404


def test_account_settings_do_not_change_name_or_email(officer_client, department_officer):
    response = officer_client.get("/admin/account/")
    assert response.status_code == 200
    assert 'name="name_email-email"' not in response.content.decode()
    officer_client.post("/admin/account/", {"name_email-email": "moi@example.vn"})
    department_officer.refresh_from_db()
    assert department_officer.email != "moi@example.vn"


def test_email_of_another_account_is_refused_without_error(officer_client, unit, learner):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=learner, email="phu@example.vn", verified=True)
    response = officer_client.post(
        reverse("wagtailusers_users:add"),
        {
            "staff_code": "NEW-3",
            "family_name": "Lý",
            "given_name": "Sơn",
            "email": "PHU@example.vn",
            "category": "worker",
            "agency": unit.pk,
        },
    )
    assert response.status_code == 200
    assert "e-mail" in response.content.decode()
    assert not User.objects.filter(staff_code="NEW-3").exists()


def test_changes_are_in_the_audit_log(officer_client, unit):
    from wagtail.models import ModelLogEntry

    officer_client.post(
        reverse("wagtailusers_users:add"),
        {
            "staff_code": "NEW-4",
            "family_name": "Lý",
            "given_name": "Sơn",
            "category": "worker",
            "agency": unit.pk,
        },
    )
    person = User.objects.get(staff_code="NEW-4")
    entry = ModelLogEntry.objects.for_instance(person).get()
    assert entry.action == "lms.person.create"
    assert entry.user.staff_code == "HR-SNV"
