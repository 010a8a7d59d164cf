"""Learner journeys in the browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_learner_signs_in_with_staff_code_switches_to_english_and_signs_out(phone, unit):
    PersonFactory(
        staff_code="HV0001",
        email=None,
        family_name="Trần",
        middle_name="Thị",
        given_name="Lan",
        agency=unit,
    )
    page = phone

    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.get_by_role("link", name="Đăng nhập").first.click()

    page.get_by_label(re.compile("Mã cán bộ", re.I)).fill("hv0001")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()

    expect(page.get_by_role("heading", name=re.compile("Chào mừng, Lan"))).to_be_visible()
    expect(page.get_by_text(unit.name)).to_be_visible()

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name=re.compile("Welcome, Lan"))).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()
    page.goto("/")
    expect(page.get_by_text("Welcome, Lan")).to_have_count(0)
