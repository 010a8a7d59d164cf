"""Browser journeys: Playwright for Python driving Debian's Chromium against pytest-django's live server."""

import importlib
import os
import re
import shutil

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps as django_apps

from tests.conftest import totp_code

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# to arrange data are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}; `make test` installs Debian's chromium package."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="vi-VN", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        locale="vi-VN",
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def site_root(transactional_db):
    """The home page as site root. Transactional tests flush the database, so the rows the
    migrations created (locale, root page, home page, site) are made again here."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page, Site

    from courses.models import HomePage

    ContentType.objects.clear_cache()
    Locale.objects.get_or_create(language_code="vi")
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = HomePage.objects.first() or root.add_child(
        instance=HomePage(title="Học tập số Đồng Nai", slug="home")
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    editorial = importlib.import_module("courses.migrations.0004_competencies_and_editorial_groups")
    editorial.set_up_editorial_data(django_apps)
    return home


def sign_in(page, user, password):
    """Sign in through allauth, answering the two-factor step when the user has TOTP."""
    page.goto("/accounts/login/")
    page.get_by_label(re.compile("Mã cán bộ", re.I)).fill(user.staff_code)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        page.get_by_label(re.compile("Mã|Code", re.I)).first.fill(totp_code(user))
        page.get_by_role("button", name=re.compile("Đăng nhập|Xác thực|Sign In", re.I)).click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
