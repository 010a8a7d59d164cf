"""The HR certificate register: row menus and a certificate's page follow the scope policy,
actions return to the certificate's page, and the export is written for Vietnamese Excel."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst

from certificates import services
from certificates.models import Certificate, CertificateTemplate, TemplateUse
from courses import services as learning
from tests.certificates.conftest import complete
from tests.conftest import with_totp
from tests.factories import HRRoleFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(completed):
    return Certificate.objects.get()


@pytest.fixture
def sibling_officer(sibling_department):
    officer = PersonFactory(staff_code="HR-STC", agency=sibling_department)
    HRRoleFactory(person=officer, agency=sibling_department)
    return with_totp(officer)


def _urls(certificate):
    return {
        name: reverse(f"certificate_register:{name}", args=[certificate.pk])
        for name in ("inspect", "revoke", "reissue")
    }


def test_row_menu_offers_revoke_and_reissue_to_an_officer_and_only_reads_to_a_viewer(
    client, certificate, department_officer, department_viewer
):
    results = reverse("certificate_register:index_results")
    urls = _urls(certificate)
    client.force_login(department_officer)
    officer_rows = client.get(results).content.decode()
    for url in urls.values():
        assert f'href="{url}"' in officer_rows
    assert certificate.get_verification_url() in officer_rows
    assert reverse("certificates:download", args=[certificate.pk]) in officer_rows
    assert "Thu hồi" in officer_rows and "Cấp lại (đổi tên)" in officer_rows

    client.force_login(department_viewer)
    viewer_rows = client.get(results).content.decode()
    assert f'href="{urls["inspect"]}"' in viewer_rows
    assert certificate.get_verification_url() in viewer_rows
    assert urls["revoke"] not in viewer_rows and urls["reissue"] not in viewer_rows


def test_the_certificate_page_is_in_scope_only_and_shows_the_facts_in_vietnamese(
    client, certificate, department_officer, department_viewer, sibling_officer
):
    Certificate.objects.filter(pk=certificate.pk).update(hours=Decimal("120.5"))
    urls = _urls(certificate)
    client.force_login(department_officer)
    page = client.get(urls["inspect"]).content.decode()
    assert certificate.serial in page and certificate.learner_name in page
    assert "120,5" in page
    assert timezone.localtime(certificate.issued_at).strftime("%d/%m/%Y %H:%M") in page
    assert urls["revoke"] in page and urls["reissue"] in page
    assert certificate.get_verification_url() in page

    client.force_login(department_viewer)
    page = client.get(urls["inspect"]).content.decode()
    assert certificate.serial in page
    assert urls["revoke"] not in page and urls["reissue"] not in page

    client.force_login(sibling_officer)
    for url in urls.values():
        assert client.get(url).status_code == 404


def test_revoking_returns_to_the_page_and_a_second_revoke_says_it_was_done(
    client, certificate, department_officer
):
    urls = _urls(certificate)
    client.force_login(department_officer)
    form = client.get(urls["revoke"]).content.decode()
    assert urls["inspect"] in form  # the breadcrumbs: Certificates › serial › Revoke
    response = client.post(urls["revoke"], {"reason": "Cấp nhầm đối tượng"})
    assert response.status_code == 302 and response.url == urls["inspect"]
    page = client.get(urls["inspect"]).content.decode()
    assert "Đã thu hồi" in page and "Cấp nhầm đối tượng" in page
    assert urls["revoke"] not in page  # no action on a revoked certificate

    again = client.post(urls["revoke"], {"reason": "Bấm hai lần"})
    assert again.status_code == 302 and again.url == urls["inspect"]
    assert any("đã bị thu hồi" in str(m) for m in get_messages(again.wsgi_request))
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Cấp nhầm đối tượng"


def test_reissuing_links_the_old_and_the_new_certificate(client, certificate, department_officer):
    urls = _urls(certificate)
    client.force_login(department_officer)
    response = client.post(
        urls["reissue"], {"family_name": "Nguyễn", "middle_name": "Thị Hồng", "given_name": "Nhung"}
    )
    assert response.status_code == 302 and response.url == urls["inspect"]
    new = Certificate.objects.get(supersedes=certificate)
    old_page = client.get(urls["inspect"]).content.decode()
    assert "Đã được thay thế" in old_page
    assert reverse("certificate_register:inspect", args=[new.pk]) in old_page
    new_page = client.get(reverse("certificate_register:inspect", args=[new.pk])).content.decode()
    assert "Nguyễn Thị Hồng Nhung" in new_page and urls["inspect"] in new_page
    second = client.post(urls["reissue"], {"family_name": "A", "given_name": "B"})
    assert second.status_code == 302
    assert Certificate.objects.count() == 2


def test_the_register_csv_has_a_bom_vietnam_time_and_a_decimal_comma(
    client, certificate, department_officer
):
    Certificate.objects.filter(pk=certificate.pk).update(hours=Decimal("120.5"))
    services.revoke_certificate(
        certificate=certificate, reason="Cấp nhầm", actor=department_officer
    )
    certificate.refresh_from_db()
    client.force_login(department_officer)
    index = reverse("certificate_register:index")
    content = b"".join(client.get(index, {"export": "csv"}).streaming_content)
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    heading, row = rows[0], rows[1]
    assert "Số hiệu" in heading and "Trạng thái" in heading
    assert row[heading.index("Số hiệu")] == certificate.serial
    assert row[heading.index("Trạng thái")] == "Đã thu hồi"
    assert "120,5" in row
    local = timezone.localtime(certificate.issued_at).strftime("%d/%m/%Y %H:%M")
    assert local in row


def label(field: str) -> str:
    with translation.override("vi"):
        return capfirst(str(Certificate._meta.get_field(field).verbose_name))


def test_the_register_numbers_certificates_in_one_yearly_register_across_series(
    client, certificate, department_officer, course, unit, django_capture_on_commit_callbacks
):
    other_series = CertificateTemplate.objects.create(
        name="CNTT", signer_name="Lê Văn A", serial_prefix="CNTT"
    )
    TemplateUse.objects.create(template=other_series, page=course)
    with django_capture_on_commit_callbacks(execute=True):
        person = PersonFactory(staff_code="HV-CNTT", agency=unit)
        complete(learning.enrol(user=person, course=course), course)
    second = Certificate.objects.get(user=person)
    year = certificate.register_year
    assert second.serial == f"CNTT-{year}-000001" and second.register_number == 2

    client.force_login(department_officer)
    rows = client.get(reverse("certificate_register:index_results")).content.decode()
    assert f"1/{year}" in rows and f"2/{year}" in rows

    content = b"".join(
        client.get(reverse("certificate_register:index"), {"export": "csv"}).streaming_content
    )
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    heading = rows[0]
    numbers = {
        row[heading.index(label("serial"))]: (
            row[heading.index(label("register_year"))],
            row[heading.index(label("register_number"))],
        )
        for row in rows[1:]
    }
    assert numbers == {certificate.serial: (str(year), "1"), second.serial: (str(year), "2")}
