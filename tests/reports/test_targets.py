"""Plan targets as a Wagtail ModelViewSet on the scope policy: the officer sets targets for
their own agencies with the tree-aware chooser, writes leave audit entries, a sibling officer
gets 404, a viewer reads without write buttons and gets 403 on writes."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses.models import ProgrammePage
from lms import audit
from reports.models import PlanTarget
from tests.conftest import with_totp
from tests.courses.conftest import publish
from tests.factories import HRRoleFactory, PersonFactory
from workforce.models import Agency, HRRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(course):
    page = course.get_parent().add_child(
        instance=ProgrammePage(title="Chương trình cơ bản", slug="ct", summary="Tóm tắt.")
    )
    publish(page)
    return page


@pytest.fixture
def target(department, programme):
    return PlanTarget.objects.create(agency=department, programme=programme, year=2026, share=50)


@pytest.fixture
def sibling_officer(sibling_department):
    officer = PersonFactory(staff_code="HR-STC", agency=sibling_department)
    HRRoleFactory(person=officer, agency=sibling_department, role=HRRole.Role.OFFICER)
    return with_totp(officer)


def refused(response) -> bool:
    """403, or Wagtail's way of refusing inside the admin: back home with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def edit_url(target):
    return reverse("plan_targets:edit", args=[target.pk])


def delete_url(target):
    return reverse("plan_targets:delete", args=[target.pk])


def test_the_officer_sets_a_target_for_their_agency_and_it_is_audited(
    client, department, unit, sibling_department, department_officer, programme
):
    client.force_login(department_officer)
    form = client.get(reverse("plan_targets:add")).context["form"]
    choices = list(form.fields["agency"].queryset)
    assert choices == [department, unit]  # tree order; the sibling is no choice
    Agency.objects.filter(pk=unit.pk).update(is_active=False)
    assert list(form.fields["agency"].queryset.all()) == [department]  # a closed unit is no choice
    Agency.objects.filter(pk=unit.pk).update(is_active=True)

    response = client.post(
        reverse("plan_targets:add"),
        {"agency": unit.pk, "programme": programme.pk, "year": 2027, "share": 70},
    )
    assert response.status_code == 302
    target = PlanTarget.objects.get()
    assert (target.agency, target.year, target.share, target.set_by) == (
        unit,
        2027,
        70,
        department_officer,
    )
    entry = ModelLogEntry.objects.get(action=audit.TARGET_SET)
    assert entry.user == department_officer and entry.object_id == str(target.pk)


def test_the_list_shows_row_buttons_to_the_officer(
    client, target, unit, programme, department_officer
):
    PlanTarget.objects.create(agency=unit, programme=programme, year=2026, share=40)
    client.force_login(department_officer)
    page = client.get(reverse("plan_targets:index")).content.decode()
    assert f"{target.agency.name} › {unit.name}" in page  # a unit is named with its parent
    assert edit_url(target) in page and delete_url(target) in page
    assert reverse("plan_targets:add") in page
    assert "phút trước" not in page and "minutes" not in page


def test_editing_changes_the_share_and_deleting_is_confirmed_in_vietnamese(
    client, target, department_officer
):
    client.force_login(department_officer)
    assert client.post(edit_url(target), {"share": 65}).status_code == 302
    target.refresh_from_db()
    assert target.share == 65

    page = client.get(delete_url(target)).content.decode()
    assert "Bỏ chỉ tiêu năm 2026" in page
    assert client.post(delete_url(target)).status_code == 302
    assert not PlanTarget.objects.exists()
    assert ModelLogEntry.objects.filter(action=audit.TARGET_DELETE).count() == 1


def test_a_service_refusal_shows_on_the_form(client, monkeypatch, target, department_officer):
    from reports import services

    def refuse(**kwargs):
        raise ValidationError({"share": "Chỉ tiêu bị từ chối."})

    monkeypatch.setattr(services, "set_target", refuse)
    client.force_login(department_officer)
    response = client.post(edit_url(target), {"share": 80})
    assert response.status_code == 200
    assert "Chỉ tiêu bị từ chối." in response.content.decode()
    target.refresh_from_db()
    assert target.share == 50


def test_a_sibling_officer_gets_404_on_the_department_target(client, target, sibling_officer):
    client.force_login(sibling_officer)
    assert client.get(edit_url(target)).status_code == 404
    assert client.post(edit_url(target), {"share": 1}).status_code == 404
    assert client.post(delete_url(target)).status_code == 404
    assert client.get(reverse("plan_targets:history", args=[target.pk])).status_code == 404
    assert edit_url(target) not in client.get(reverse("plan_targets:index")).content.decode()
    target.refresh_from_db()
    assert target.share == 50


def test_a_viewer_reads_the_list_without_write_buttons_and_cannot_write(
    client, target, department_viewer
):
    client.force_login(department_viewer)
    response = client.get(reverse("plan_targets:index"))
    page = response.content.decode()
    assert response.status_code == 200 and "Chương trình cơ bản" in page
    assert edit_url(target) not in page and delete_url(target) not in page
    assert reverse("plan_targets:add") not in page
    assert refused(client.get(edit_url(target)))
    assert refused(client.post(edit_url(target), {"share": 1}))
    assert refused(client.post(delete_url(target)))
    assert refused(client.get(reverse("plan_targets:add")))
    target.refresh_from_db()
    assert target.share == 50


def test_the_targets_export_in_vietnamese(client, target, department_officer):
    client.force_login(department_officer)
    response = client.get(reverse("plan_targets:index") + "?export=csv")
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    heading, row = content.decode("utf-8-sig").splitlines()
    assert heading.startswith("Năm,Cơ quan, đơn vị") or heading.startswith('Năm,"Cơ quan, đơn vị"')
    assert row.startswith("2026,")
