"""The agency, HR role and roster screens: every action a visible control for whoever may use
it (and for nobody else), scope by the one policy, and a picker that tells agencies apart."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from tests.conftest import with_totp
from tests.factories import AgencyFactory, HRRoleFactory, PersonFactory
from workforce import imports, services
from workforce.forms import AgencyChoiceField
from workforce.models import Agency, HRRole

pytestmark = pytest.mark.django_db

ACTIONS = ("rename", "move", "merge", "close")


def action_urls(agency) -> list[str]:
    return [reverse(f"agencies:{name}", args=[agency.pk]) for name in ACTIONS]


def select_html(content: str, name: str) -> str:
    return content.split(f'name="{name}"')[1].split("</select>")[0]


def units_page(client, agency) -> str:
    response = client.get(reverse("agencies:index"), {"parent": agency.pk})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def sibling_officer(sibling_department):
    officer = PersonFactory(staff_code="HR-STC", agency=sibling_department)
    HRRoleFactory(person=officer, agency=sibling_department, role=HRRole.Role.OFFICER)
    return with_totp(officer)


def test_officer_sees_every_action_on_a_units_row(client, department_officer, department, unit):
    client.force_login(department_officer)
    content = units_page(client, department)
    for url in action_urls(unit):
        assert url in content
    assert reverse("agencies:history", args=[unit.pk]) in content
    assert reverse("agencies:add") + f"?parent={unit.pk}" in content
    assert "Đổi tên" in content and "Giải thể/Đóng" in content


def test_viewer_sees_no_write_action_on_the_rows(client, department_viewer, department, unit):
    client.force_login(department_viewer)
    content = units_page(client, department)
    for url in action_urls(unit):
        assert url not in content
    assert reverse("agencies:add") not in content
    assert reverse("agencies:history", args=[unit.pk]) in content


def test_a_closed_agency_offers_only_its_history(client, department_officer, department, unit):
    services.close_agency(agency=unit, actor=department_officer)
    client.force_login(department_officer)
    content = units_page(client, department)
    for url in action_urls(unit):
        assert url not in content
    assert reverse("agencies:history", args=[unit.pk]) in content


def test_the_agency_page_offers_its_own_actions_in_the_header(
    client, department_officer, department_viewer, unit
):
    client.force_login(department_officer)
    content = units_page(client, unit)
    for url in action_urls(unit):
        assert url in content
    assert reverse("agencies:history", args=[unit.pk]) in content
    assert reverse("agencies:add") + f"?parent={unit.pk}" in content

    client.force_login(department_viewer)
    content = units_page(client, unit)
    for url in action_urls(unit):
        assert url not in content
    assert reverse("agencies:history", args=[unit.pk]) in content


@pytest.mark.parametrize("action", ["rename", "merge"])
def test_sibling_officer_does_not_find_an_agency_outside_their_subtree(
    client, sibling_officer, sibling_department, unit, action
):
    client.force_login(sibling_officer)
    url = reverse(f"agencies:{action}", args=[unit.pk])
    assert client.get(url).status_code == 404
    data = {"name": "Đã đổi", "into": sibling_department.pk, "confirm": "on"}
    data["effective_on"] = timezone.localdate().isoformat()
    assert client.post(url, data).status_code == 404
    unit.refresh_from_db()
    assert unit.is_active and unit.name == "Văn phòng Sở Nội vụ"


@pytest.mark.parametrize("action", ["rename", "merge", "move", "close"])
def test_viewer_is_refused_a_write(client, department_viewer, department, unit, action):
    other = AgencyFactory(code="SNV-TC", name="Phòng Tổ chức", parent=department)
    client.force_login(department_viewer)
    data = {
        "name": "Đã đổi",
        "into": other.pk,
        "new_parent": other.pk,
        "confirm": "on",
        "effective_on": timezone.localdate().isoformat(),
    }
    response = client.post(reverse(f"agencies:{action}", args=[unit.pk]), data)
    assert response.status_code in (302, 403)  # Wagtail sends a refusal home with a message
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")
    unit.refresh_from_db()
    assert unit.is_active and unit.name == "Văn phòng Sở Nội vụ"
    assert unit.get_parent().pk == department.pk


def test_rename_from_the_row_returns_to_the_listing_with_a_message(
    client, department_officer, department, unit
):
    client.force_login(department_officer)
    response = client.post(
        reverse("agencies:rename", args=[unit.pk]),
        {"name": "Văn phòng", "effective_on": timezone.localdate().isoformat()},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("agencies:index") + f"?parent={department.pk}"
    assert "Văn phòng" in response.content.decode()


def test_officer_renaming_their_own_department_is_not_sent_to_an_unseen_parent(
    client, department_officer, department
):
    client.force_login(department_officer)
    response = client.post(
        reverse("agencies:rename", args=[department.pk]),
        {"name": "Sở Nội vụ tỉnh", "effective_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 302
    assert response.url == reverse("agencies:index")


def test_history_tells_the_merge_and_the_rename_in_vietnamese(
    client, department_officer, department, unit
):
    other = AgencyFactory(code="SNV-TC", name="Phòng Tổ chức", parent=department)
    today = timezone.localdate()
    services.rename_agency(agency=unit, name="Văn phòng Sở", actor=department_officer)
    services.merge_agency(agency=other, into=unit, actor=department_officer, note="QĐ 12/QĐ-UBND")
    client.force_login(department_officer)

    content = client.get(reverse("agencies:history", args=[unit.pk])).content.decode()
    assert "Tiếp nhận Phòng Tổ chức sáp nhập vào" in content
    assert "Đổi tên thành “Văn phòng Sở”" in content
    assert today.strftime("%d/%m/%Y") in content
    assert department_officer.full_name in content and "QĐ 12/QĐ-UBND" in content

    content = client.get(reverse("agencies:history", args=[other.pk])).content.decode()
    assert "Sáp nhập vào Văn phòng Sở" in content


def test_picker_names_each_agency_with_its_parents_in_one_query(
    province, department, sibling_department, django_assert_num_queries
):
    for parent, code in [(department, "SNV-HC"), (sibling_department, "STC-HC")]:
        AgencyFactory(code=code, name="Phòng Hành chính - Tổng hợp", parent=parent)
    closed = AgencyFactory(code="SNV-CU", name="Phòng cũ", parent=department)
    services.close_agency(agency=closed)

    field = AgencyChoiceField(queryset=Agency.objects.filter(path__startswith=province.path))
    with django_assert_num_queries(2):  # the options, then their ancestors' names
        labels = [str(label) for value, label in field.choices if value]
    assert "Ủy ban nhân dân tỉnh Đồng Nai › Sở Nội vụ › Phòng Hành chính - Tổng hợp" in labels
    assert "Ủy ban nhân dân tỉnh Đồng Nai › Sở Tài chính › Phòng Hành chính - Tổng hợp" in labels
    assert not any("Phòng cũ" in label for label in labels)
    assert labels[0] == "Ủy ban nhân dân tỉnh Đồng Nai"  # tree order: the parent first


def test_picker_starts_at_the_officers_agency(client, department_officer, department, unit):
    client.force_login(department_officer)
    content = client.get(reverse("agencies:move", args=[unit.pk])).content.decode()
    assert "Văn phòng Sở Nội vụ" not in select_html(content, "new_parent")  # not under itself
    options = select_html(client.get(reverse("hr_roles:add")).content.decode(), "agency")
    assert "Sở Nội vụ › Văn phòng Sở Nội vụ" in options
    assert "Ủy ban nhân dân tỉnh" not in options


def test_hr_role_rows_offer_revoke_to_the_officer_only(
    client, department_officer, department_viewer
):
    viewer_role = HRRole.objects.get(person=department_viewer)
    revoke = reverse("hr_roles:revoke", args=[viewer_role.pk])
    client.force_login(department_officer)
    assert revoke in client.get(reverse("hr_roles:index")).content.decode()
    client.force_login(department_viewer)
    content = client.get(reverse("hr_roles:index")).content.decode()
    assert revoke not in content
    assert reverse("hr_roles:add") not in content
    assert client.post(revoke).status_code in (302, 403)
    assert HRRole.objects.filter(pk=viewer_role.pk).exists()


def test_applied_import_offers_letters_for_new_people_without_email(
    client, department_officer, department, django_capture_on_commit_callbacks
):
    csv = "Mã cán bộ;Họ;Tên;Email;Mã cơ quan\nMOI-1;Lê;Tâm;;SNV\nMOI-2;Hồ;Vân;van@example.vn;SNV\n"
    upload = SimpleUploadedFile("ds.csv", csv.encode())
    with django_capture_on_commit_callbacks(execute=True):
        roster_import = imports.start_roster_import(upload=upload, actor=department_officer)
    with django_capture_on_commit_callbacks(execute=True):
        imports.confirm_roster_import(roster_import=roster_import, actor=department_officer)
    roster_import.refresh_from_db()
    assert roster_import.status == "applied"
    assert [p.staff_code for p in imports.created_people(roster_import).order_by("staff_code")] == [
        "MOI-1",
        "MOI-2",
    ]

    client.force_login(department_officer)
    content = client.get(reverse("roster_import:detail", args=[roster_import.pk])).content.decode()
    assert "#recent-imports" in content
    try:
        letters = reverse("activation_letters:selection") + f"?roster_import={roster_import.pk}"
    except NoReverseMatch:
        return  # the letters screen is not installed yet: the page works without the button
    assert letters in content
    assert "In thư kích hoạt cho 1 người mới chưa có e-mail" in content


def test_upload_page_lists_recent_imports_and_a_template_button(client, department_officer):
    client.force_login(department_officer)
    content = client.get(reverse("roster_import:index")).content.decode()
    assert reverse("roster_import:template") in content
    assert 'class="button bicolor button--icon"' in content
