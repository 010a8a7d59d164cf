"""The admin on a 390 px phone: the department officer opens the sidebar from its Vietnamese
toggle, reaches the people list, scrolls its table sideways (by keyboard too), reads names
unbroken; axe-core finds no WCAG 2.1 AA violation on the admin home or the list."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Every word of a name on one line: a syllable split across lines would give a word two boxes.
WORDS_SPLIT_ACROSS_LINES = """(cells) => cells.flatMap((cell) => {
    const split = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) split.push(match[0]);
        }
    }
    return split;
})"""


def test_officer_scrolls_the_people_list_on_a_phone(phone, department_officer, unit):
    for given_name in ("Ngọc", "Khuyến", "Trường"):
        PersonFactory(
            agency=unit,
            family_name="Nguyễn",
            middle_name="Thị Phương Nguyệt",
            given_name=given_name,
        )

    sign_in(phone, department_officer, PASSWORD)
    phone.goto("/admin/")
    assert_accessible(phone)
    # Wagtail writes these labels in English; static/js/admin.js gives them their Vietnamese.
    expect(phone.locator('input[type="submit"][value="Search"]')).to_have_count(0)
    expect(phone.locator('[aria-label="Actions"]')).to_have_count(0)

    phone.get_by_role("button", name="Mở thanh bên").click()
    phone.locator(".sidebar").get_by_role("link", name="Nhân sự", exact=True).click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Nhân sự")

    region = phone.locator("#listing-results .lms-table-scroll")
    expect(region).to_have_attribute("tabindex", "0")
    expect(region).to_have_attribute("role", "region")
    expect(region).to_have_attribute("aria-label", "Nhân sự")
    scroll_width, client_width = region.evaluate("(r) => [r.scrollWidth, r.clientWidth]")
    assert scroll_width > client_width

    region.focus()
    phone.keyboard.press("ArrowRight")
    phone.wait_for_function(
        "() => document.querySelector('#listing-results .lms-table-scroll').scrollLeft > 0"
    )

    names = phone.locator("#listing-results table.listing td.title")
    expect(names).to_have_count(4)
    assert names.evaluate_all(WORDS_SPLIT_ACROSS_LINES) == []
    assert_accessible(phone)
