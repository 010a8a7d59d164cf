"""The admin home shows HR their agency at a glance, with links into their screens."""

from django.urls import reverse

from tests.factories import PersonFactory


def test_officer_home_shows_the_agency_head_count_and_links(client, department_officer, unit):
    PersonFactory.create_batch(3, agency=unit)
    client.force_login(department_officer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    text = response.content.decode()
    assert department_officer.agency.name in text
    assert reverse("agencies:index") in text
    assert reverse("hr_history:index") in text
    assert reverse("reports:dashboard") in text


def test_editor_home_has_no_hr_panel(client, province):
    from django.contrib.auth.models import Permission

    from tests.conftest import with_totp

    editor = with_totp(PersonFactory(agency=province))
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert reverse("hr_history:index") not in response.content.decode()


def test_hr_menu_offers_the_activity_history_not_wagtails_empty_site_history(
    client, department_officer
):
    from django.urls import reverse as url

    client.force_login(department_officer)
    text = client.get(url("wagtailadmin_home")).content.decode()
    assert url("hr_history:index") in text
    assert url("wagtailadmin_reports:site_history") not in text
