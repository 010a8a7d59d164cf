"""The Content-Security-Policy holds in the browser: the learner's pages, the Wagtail admin
(dashboards, editors, the certificate template's live PDF preview) and the public
verification page load with no policy violation and no console error."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)

WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


def watched(page):
    """Record CSP violation events, console errors and failed requests of every page."""
    page.add_init_script(WATCH)
    problems = []

    def console(message):
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems.append(f"{page.url}: {message.text}")

    def response(response):
        # The suite keeps media in memory and the test server does not serve /media/.
        if response.status >= 400 and "/media/" not in response.url:
            problems.append(f"{response.status} {response.url}")

    page.on("console", console)
    page.on("response", response)
    return problems


def violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


def visit(page, path, problems):
    page.goto(path)
    page.wait_for_load_state("networkidle")
    found = violations(page)
    assert not found, (path, found)
    assert not problems, (path, problems)


def test_learner_pages_keep_the_policy(page, site_root, unit):
    from courses.demo import seed_courses
    from courses.models import CoursePage, LessonPage, QuizPage

    seed_courses()
    PersonFactory(staff_code="HV0009", email=None, given_name="Lan", agency=unit)
    problems = watched(page)
    visit(page, "/", problems)
    course = CoursePage.objects.get(code="IU01")
    visit(page, course.url, problems)
    sign_in(page, PersonFactory._meta.model.objects.get(staff_code="HV0009"), PASSWORD)
    visit(page, "/", problems)
    visit(page, course.url, problems)
    page.get_by_role("button", name=re.compile("Ghi danh|Bắt đầu")).first.click()
    page.wait_for_load_state("networkidle")
    lesson = LessonPage.objects.live().child_of(course).first()
    visit(page, lesson.url, problems)
    quiz = QuizPage.objects.live().child_of(course).first()
    visit(page, quiz.url, problems)
    assert not violations(page) and not problems


def test_admin_dashboard_editor_and_certificate_preview_keep_the_policy(
    page, site_root, superuser, department
):
    from certificates.demo import seed_certificates
    from certificates.models import CertificateTemplate
    from courses.demo import seed_courses
    from courses.models import CoursePage

    seed_courses()
    seed_certificates()
    problems = watched(page)
    sign_in(page, superuser, PASSWORD)
    for path in (
        "/admin/",
        "/admin/reports/",
        f"/admin/reports/?agency={department.pk}",
        "/admin/reports/people/",
        "/admin/reports/targets/",
        "/admin/assignments/add/",
        "/admin/roster/",
        "/admin/users/",
        f"/admin/pages/{CoursePage.objects.get(code='IU01').pk}/edit/",
    ):
        visit(page, path, problems)

    template = CertificateTemplate.objects.first()
    visit(page, f"/admin/snippets/certificates/certificatetemplate/edit/{template.pk}/", problems)
    # The live preview: the real PDF of the unsaved form, in the side panel's frame.
    with page.expect_response(
        lambda response: response.headers.get("content-type") == "application/pdf",
        timeout=30_000,
    ) as pdf:
        page.locator('[data-side-panel-toggle="preview"]').click()
    assert pdf.value.ok
    expect(page.locator("#w-preview-iframe")).to_be_visible()
    page.wait_for_timeout(1000)
    assert not violations(page), violations(page)
    assert not problems, problems
