"""HR officer journeys in the browser."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory
from workforce.accounts import mark_email_verified

pytestmark = pytest.mark.django_db(transaction=True)


def test_department_officer_sees_only_the_department_people(
    page, department_officer, unit, sibling_department
):
    mark_email_verified(department_officer)
    insiders = [
        PersonFactory(agency=unit, family_name="Lê", given_name=name)
        for name in ["Cúc", "Đào", "Ánh"]
    ]
    outsiders = [
        PersonFactory(agency=sibling_department, family_name="Trần", given_name=name)
        for name in ["Bảo", "Vy"]
    ]

    sign_in(page, department_officer, PASSWORD)
    page.goto("/admin/users/")
    table = page.locator("table")
    for person in insiders:
        expect(table.get_by_text(person.full_name)).to_be_visible()
    for person in outsiders:
        expect(table.get_by_text(person.full_name)).to_have_count(0)
    names = table.locator("tbody tr td:first-child").all_inner_texts()
    given = [n.strip().split()[-1] for n in names if n.strip()]
    assert given.index("Ánh") < given.index("Cúc") < given.index("Đào")

    page.goto(f"/admin/users/?agency={sibling_department.pk}")
    for person in outsiders:
        expect(page.get_by_text(person.full_name)).to_have_count(0)
