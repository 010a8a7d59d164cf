"""A refused change says why on the page, and a save without changes changes nothing."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms import audit
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def test_closing_a_unit_with_people_says_why_nothing_was_saved(client, department_officer, unit):
    PersonFactory(agency=unit)
    client.force_login(department_officer)
    response = client.post(
        reverse("agencies:close", args=[unit.pk]),
        {"confirm": "on", "effective_on": timezone.localdate().isoformat()},
        follow=True,
    )
    text = response.content.decode()
    assert "Chưa có thay đổi nào được lưu:" in text
    unit.refresh_from_db()
    assert unit.is_active


def test_renaming_to_the_same_name_is_refused_and_logs_nothing(client, department_officer, unit):
    client.force_login(department_officer)
    response = client.post(
        reverse("agencies:rename", args=[unit.pk]),
        {"name": unit.name, "effective_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 200
    assert "Đây đã là tên hiện tại" in response.content.decode()
    assert not ModelLogEntry.objects.filter(action=audit.AGENCY_RENAME).exists()


def test_a_plan_target_saved_unchanged_is_recorded_once(department, department_officer):
    from courses.models import ProgrammePage
    from reports import services
    from tests.lms.site_world import _pages

    programme = _pages().programme if not ProgrammePage.objects.exists() else None
    programme = programme or ProgrammePage.objects.get()
    for _ in range(2):
        services.set_target(
            agency=department, programme=programme, year=2026, share=60, actor=department_officer
        )
    assert ModelLogEntry.objects.filter(action=audit.TARGET_SET).count() == 1
