import unicodedata

import pytest
from django.db import IntegrityError, transaction

from tests.factories import PersonFactory
from workforce import services
from workforce.forms import PersonForm
from workforce.models import Agency, User

pytestmark = pytest.mark.django_db


def person_form(agency, **data):
    fields = {
        "family_name": "Lê",
        "given_name": "Hà",
        "category": "worker",
        "agency": agency.pk,
        **data,
    }
    return PersonForm(data=fields, agencies=Agency.objects.all())


def test_staff_code_uniqueness_ignores_case(department):
    PersonFactory(staff_code="dn000123")
    assert User.objects.get(staff_code="DN000123")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(staff_code="Dn000123", family_name="Lê", given_name="Hà")
    form = person_form(department, staff_code="DN000123")
    assert not form.is_valid()
    assert "staff_code" in form.errors


def test_email_uniqueness_ignores_case(department):
    PersonFactory(email="Hoa.Nguyen@DongNai.gov.vn")
    assert User.objects.filter(email="hoa.nguyen@dongnai.gov.vn").exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create(
            [
                User(
                    staff_code="X1",
                    email="HOA.NGUYEN@dongnai.gov.vn",
                    family_name="A",
                    given_name="B",
                )
            ]
        )
    form = person_form(department, staff_code="X2", email="hoa.NGUYEN@dongnai.gov.vn")
    assert not form.is_valid()
    assert "email" in form.errors


def test_people_without_email_do_not_clash(department):
    PersonFactory(email=None)
    PersonFactory(email="")
    assert User.objects.filter(email__isnull=True).count() == 2


def test_name_typed_in_nfd_with_double_spaces_is_stored_nfc(department):
    person = services.create_person(
        staff_code=" dn-9 ",
        family_name=unicodedata.normalize("NFD", "Nguyễn"),
        middle_name=unicodedata.normalize("NFD", "Thị  Hồng"),
        given_name=unicodedata.normalize("NFD", "  Nhung "),
        category="civil_servant",
        agency=department,
        invite=False,
    )
    person.refresh_from_db()
    assert person.full_name == "Nguyễn Thị Hồng Nhung"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.staff_code == "DN-9"


def test_people_are_listed_by_given_name_the_vietnamese_way(department):
    for given in ["Đức", "Ánh", "Chi", "An", "Dũng", "Bình"]:
        PersonFactory(given_name=given, agency=department)
    ordered = list(
        User.objects.filter(agency=department)
        .vietnamese_order()
        .values_list("given_name", flat=True)
    )
    assert ordered == ["An", "Ánh", "Bình", "Chi", "Dũng", "Đức"]


def test_given_name_then_middle_then_family(department):
    PersonFactory(family_name="Trần", middle_name="Văn", given_name="An", agency=department)
    PersonFactory(family_name="Lê", middle_name="Thị", given_name="An", agency=department)
    PersonFactory(family_name="Bùi", middle_name="Văn", given_name="An", agency=department)
    ordered = [p.full_name for p in User.objects.filter(agency=department).vietnamese_order()]
    assert ordered == ["Lê Thị An", "Bùi Văn An", "Trần Văn An"]


def test_search_is_accent_insensitive(department):
    person = PersonFactory(
        family_name="Đặng", middle_name="Thị", given_name="Ánh", agency=department
    )
    assert list(User.objects.search("dang thi anh")) == [person]
    assert list(User.objects.search("ÁNH")) == [person]
    assert list(User.objects.search(person.staff_code.lower())) == [person]
