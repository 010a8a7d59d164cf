"""Activation letters from the People screen: scope, rights, selections, roster imports."""

import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lms import audit
from tests.conftest import with_totp
from tests.factories import HRRoleFactory, PersonFactory
from workforce import activation
from workforce.activation import check_activation_code
from workforce.models import ActivationCode, HRRole, RosterImport

pytestmark = pytest.mark.django_db

CODE = re.compile(r"[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}")


@pytest.fixture
def newcomer(unit):
    return PersonFactory(staff_code="HV0001", agency=unit, email=None, password=None)


def pdf_pages(response) -> list[str]:
    assert response["Content-Type"] == "application/pdf"
    return [page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages]


def test_officer_prints_a_letter_whose_code_activates(client, department_officer, newcomer):
    client.force_login(department_officer)
    url = reverse("activation_letters:person", args=[newcomer.pk])
    confirm = client.get(url).content.decode()
    assert "không dùng được nữa" in confirm  # earlier codes stop working
    response = client.post(url)
    assert 'filename="thu-kich-hoat-HV0001.pdf"' in response["Content-Disposition"]
    [text] = pdf_pages(response)
    code = CODE.search(text).group()
    assert check_activation_code(staff_code="HV0001", code=code)
    assert ActivationCode.objects.get().issued_by == department_officer


def test_reprinting_cancels_the_first_letter(client, department_officer, newcomer):
    client.force_login(department_officer)
    url = reverse("activation_letters:person", args=[newcomer.pk])
    first = CODE.search(pdf_pages(client.post(url))[0]).group()
    page = client.get(reverse("wagtailusers_users:detail", args=[newcomer.pk])).content.decode()
    assert "Cấp mã mới" in page
    client.post(url)
    with pytest.raises(activation.ActivationRefused):
        check_activation_code(staff_code="HV0001", code=first)


def test_sibling_officer_gets_404_on_the_letter(client, sibling_department, newcomer):
    officer = with_totp(PersonFactory(agency=sibling_department))
    HRRoleFactory(person=officer, agency=sibling_department, role=HRRole.Role.OFFICER)
    client.force_login(officer)
    url = reverse("activation_letters:person", args=[newcomer.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert not ActivationCode.objects.exists()


def test_viewer_cannot_print_letters(client, department_viewer, newcomer):
    client.force_login(department_viewer)
    for url in [
        reverse("activation_letters:person", args=[newcomer.pk]),
        reverse("activation_letters:selection") + f"?id={newcomer.pk}",
    ]:
        response = client.post(url)
        # Wagtail answers PermissionDenied in the admin with a redirect home and a message.
        assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    assert not ActivationCode.objects.exists()


def test_selection_prints_one_page_per_person_in_scope(
    client, department_officer, unit, sibling_department
):
    inside = [PersonFactory(agency=unit, email=None) for _ in range(3)]
    outside = PersonFactory(agency=sibling_department, email=None)
    gone = PersonFactory(agency=unit, email=None, is_active=False)
    client.force_login(department_officer)
    ids = "&".join(f"id={p.pk}" for p in [*inside, outside, gone])
    url = reverse("activation_letters:selection") + "?" + ids
    confirm = client.get(url).content.decode()
    assert "2 người đã chọn không được in thư" in confirm
    pages = pdf_pages(client.post(url))
    assert len(pages) == 3
    assert {p.staff_code for p in inside} == {
        next(code for code in (p.staff_code for p in inside) if code in text) for text in pages
    }
    assert ActivationCode.objects.filter(person=outside).count() == 0


def test_a_selection_beyond_the_limit_is_refused_clearly(
    client, department_officer, unit, monkeypatch
):
    monkeypatch.setattr("workforce.views.letters.LETTERS_PER_REQUEST", 2)
    people = [PersonFactory(agency=unit, email=None) for _ in range(3)]
    client.force_login(department_officer)
    url = reverse("activation_letters:selection") + "?" + "&".join(f"id={p.pk}" for p in people)
    page = client.get(url).content.decode()
    assert "tối đa 2 thư" in page
    assert client.post(url)["Content-Type"].startswith("text/html")
    assert not ActivationCode.objects.exists()


def test_letters_for_everyone_in_the_filter(client, department_officer, unit, department):
    in_unit = [PersonFactory(agency=unit, email=None) for _ in range(2)]
    PersonFactory(agency=department, email=None)
    client.force_login(department_officer)
    listing = client.get(reverse("wagtailusers_users:index_results"), {"agency": unit.pk})
    link = re.search(r'href="([^"]*all=1[^"]*)"', listing.content.decode()).group(1)
    pages = pdf_pages(client.post(link.replace("&amp;", "&")))
    assert len(pages) == 2 and all(any(p.staff_code in t for p in in_unit) for t in pages)


def test_letters_for_the_new_people_of_a_roster_import(client, department_officer, unit):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from workforce.models import User

    roster_import = RosterImport.objects.create(
        original_name="ds.xlsx",
        requested_by=department_officer,
        status=RosterImport.Status.APPLIED,
    )
    new_without_email = PersonFactory(agency=unit, email=None)
    new_with_email = PersonFactory(agency=unit)
    PersonFactory(agency=unit, email=None)  # not from this import
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=ContentType.objects.get_for_model(User),
            label=str(person),
            action=audit.PERSON_CREATE,
            data={"source": "roster", "agency_path": unit.path},
            user=department_officer,
            object_id=str(person.pk),
            timestamp=timezone.now(),
        )
        for person in [new_without_email, new_with_email]
    )
    client.force_login(department_officer)
    url = reverse("activation_letters:selection") + f"?roster_import={roster_import.pk}"
    [text] = pdf_pages(client.post(url))
    assert new_without_email.staff_code in text
