"""The public lookup: serials in any case, and a fixed-window limit per client address as the
trusted proxy reports it, which says when to try again."""

import types

import pytest
from django.urls import reverse

from certificates import views
from certificates.models import Certificate

pytestmark = pytest.mark.django_db

WINDOW_START = 1_800_000_000 - 1_800_000_000 % views.LOOKUP_WINDOW_SECONDS


@pytest.fixture
def clock(monkeypatch):
    """The lookup limit's clock, frozen; tests move it by setting `clock.now`."""
    frozen = types.SimpleNamespace(now=WINDOW_START + 30)
    monkeypatch.setattr(views, "time", types.SimpleNamespace(time=lambda: frozen.now))
    return frozen


def look_up(client, serial="SNV-2000-000001", family_name="x", **headers):
    return client.get(
        reverse("certificates:lookup"), {"serial": serial, "family_name": family_name}, **headers
    )


def test_a_serial_is_found_in_any_case_also_of_a_series_named_in_lower_case(
    client, completed, department_officer
):
    certificate = Certificate.objects.get()
    found = look_up(client, certificate.serial.lower(), "NGUYỄN")
    assert found.status_code == 200 and certificate.learner_name in found.content.decode()

    Certificate.objects.filter(pk=certificate.pk).update(serial="cntt-2024-000001")
    found = look_up(client, "CNTT-2024-000001", "nguyen")
    assert found.status_code == 200 and certificate.learner_name in found.content.decode()

    client.force_login(department_officer)
    results = reverse("certificate_register:index_results")
    rows = client.get(results, {"q": "Cntt-2024-000001"}).content.decode()
    assert "cntt-2024-000001" in rows


def test_the_21st_lookup_of_a_window_waits_for_the_next_window_however_often_it_is_tried(
    client, clock
):
    statuses = [look_up(client).status_code for _ in range(views.LOOKUPS_PER_WINDOW)]
    assert 429 not in statuses
    refused = look_up(client)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "30"
    assert "30" in refused.content.decode() and 'role="alert"' in refused.content.decode()

    clock.now = WINDOW_START + 59  # trying again does not push the window on
    again = look_up(client)
    assert again.status_code == 429 and again["Retry-After"] == "1"

    clock.now = WINDOW_START + views.LOOKUP_WINDOW_SECONDS  # the next window starts afresh
    assert look_up(client).status_code == 404


def test_behind_the_proxy_each_client_address_has_its_own_window(client, clock, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    # The proxy appends the address it saw; whatever the client wrote before it is not trusted.
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    first_spoofing = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.99, 203.0.113.7"}
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.8"}
    for number in range(views.LOOKUPS_PER_WINDOW):
        headers = first_spoofing if number % 2 else first
        assert look_up(client, **headers).status_code == 404
    assert look_up(client, **first).status_code == 429
    assert look_up(client, **first_spoofing).status_code == 429
    assert look_up(client, **second).status_code == 404
