"""Every admin screen and action of our apps is reachable by clicking, for everyone allowed to
use it: starting at the admin home, a crawler follows the links and forms a person of that role
sees, and each URL pattern of ours the authorization table (test_authorization.PROBES/POSTS)
allows that role must be among what the crawl found. A view that works only when its address is
typed fails here, as a row button that is no longer rendered does.
"""

import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import Resolver404, resolve

from tests.lms import site_world
from tests.lms.resolver import url_patterns
from tests.lms.test_authorization import (
    ADMINISTRATOR,
    DEPARTMENT_OFFICER,
    FIELDS,
    HR_VIEWER,
    POSTS,
    PROBES,
    route_of,
)

pytestmark = pytest.mark.django_db

OUR_APPS = ("workforce.", "certificates.", "reports.", "courses.", "lms.")

# Addresses no person clicks: the page's own script fetches them.
FETCHED_BY_SCRIPTS = {
    "results/": "a listing's table, fetched by its search and filters",
    "status/": "a job's progress, polled by its page",
    "confirm_cancellation/<int:pk>/": "the dialog the edit page's publish button opens while a "
    "change waits for moderation",
}
# Our replacement of a Wagtail view that Wagtail's own form posts to.
WAGTAIL_POSTS_TO = {"admin/redirects/import/process/"}
# Actions on one row of a listing: each must be a row button of that listing (and, where the
# object has a page of its own, a button there too: the crawl then finds it either way).
ROW_ACTIONS = {
    "admin/agencies/": [
        "admin/agencies/<int:pk>/rename/",
        "admin/agencies/<int:pk>/move/",
        "admin/agencies/<int:pk>/merge/",
        "admin/agencies/<int:pk>/close/",
        "admin/agencies/<int:pk>/history/",
    ],
    "admin/users/": [
        "admin/users/<int:pk>/",
        "admin/users/<int:pk>/view/",
        "admin/users/<int:pk>/active/",
        "admin/activation-letters/<int:pk>/",
    ],
    "admin/certificates/": [
        "admin/certificates/<int:pk>/",
        "admin/certificates/<int:pk>/revoke/",
        "admin/certificates/<int:pk>/reissue/",
    ],
    "admin/hr-roles/": ["admin/hr-roles/<int:pk>/revoke/"],
    "admin/assignments/": ["admin/assignments/<int:pk>/", "admin/assignments/<int:pk>/cancel/"],
    "admin/reports/targets/": [
        "admin/reports/targets/<int:pk>/",
        "admin/reports/targets/<int:pk>/delete/",
    ],
    "admin/snippets/certificates/certificatetemplate/": [
        "admin/snippets/certificates/certificatetemplate/archive/<int:pk>/",
        "admin/snippets/certificates/certificatetemplate/restore/<int:pk>/",
    ],
}
VISITS_PER_ROUTE = 12  # a list, its objects (the world has a dozen people), their states
MAX_VISITS = 400


class Links(HTMLParser):
    """The addresses a page offers: links, the actions of its forms, and the admin menu (which
    Wagtail's sidebar script draws from a JSON description in the page)."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self.in_menu = False

    def handle_data(self, data):
        if self.in_menu:
            self.found += [("GET", url) for url in re.findall(r'"url": "([^"]+)"', data)]

    def handle_endtag(self, tag):
        self.in_menu = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_menu = tag == "script" and attrs.get("id") == "wagtail-sidebar-props"
        if tag == "a" and attrs.get("href"):
            self.found.append(("GET", attrs["href"]))
        elif tag == "form":
            method = (attrs.get("method") or "get").upper()
            self.found.append((method, attrs.get("action") or ""))
        elif tag == "button" and attrs.get("formaction"):
            self.found.append(("POST", attrs["formaction"]))


def _view_module(pattern) -> str:
    callback = pattern.callback
    view = getattr(callback, "view_class", None) or callback
    return getattr(view, "__module__", "")


def our_admin_routes() -> set[str]:
    return {
        route
        for route, pattern in url_patterns()
        if route.startswith("admin/")
        and _view_module(pattern).startswith(OUR_APPS)
        and not route.endswith(tuple(FETCHED_BY_SCRIPTS))
        and route not in WAGTAIL_POSTS_TO
    }


def allowed_routes(role: str) -> set[str]:
    fields = dict.fromkeys(FIELDS, "1")
    return {
        route_of(path.format(**fields)) for path, allowed in [*PROBES, *POSTS] if role in allowed
    }


def crawl(client, routes: set[str], start="/admin/") -> dict[str, set[str]]:
    """The routes of every address a person can reach by clicking from `start`, each with the
    routes of the pages that link to it, walking through the admin home and `routes`
    (Wagtail's other screens are not ours to check)."""
    reached: dict[str, set[str]] = defaultdict(set)
    visits: Counter = Counter()
    queue = [start]
    seen = {start}
    while queue and sum(visits.values()) < MAX_VISITS:
        address = queue.pop(0)
        route = _route(address)
        if route is None or visits[route] >= VISITS_PER_ROUTE:
            continue
        visits[route] += 1
        response = client.get(address)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = Links()
        parser.feed(response.content.decode())
        for method, href in parser.found:
            target = urljoin(address, href)
            parts = urlsplit(target)
            if parts.netloc and parts.netloc != "testserver":
                continue
            found = _route(parts.path)
            if found is None:
                continue
            reached[found].add(route)
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            if method == "GET" and local not in seen and (found in routes or found == "admin/"):
                seen.add(local)
                queue.append(local)
    return reached


def _route(path: str) -> str | None:
    try:
        return resolve(urlsplit(path).path).route
    except Resolver404:
        return None


def test_the_row_actions_named_are_url_patterns():
    named = {route for actions in ROW_ACTIONS.values() for route in actions} | set(ROW_ACTIONS)
    assert named <= our_admin_routes() | set(ROW_ACTIONS), named - our_admin_routes()


@pytest.mark.parametrize("role", [DEPARTMENT_OFFICER, HR_VIEWER, ADMINISTRATOR])
def test_every_screen_and_action_is_reachable_by_clicking(client, files_on_disk, role):
    world = site_world.build()
    client.force_login(world.people[role])
    ours = our_admin_routes()
    allowed = allowed_routes(role)
    reached = crawl(client, ours)
    unreachable = sorted((ours & allowed) - set(reached))
    assert not unreachable, (
        f"Not linked from any page {role} can click to from the admin home:\n  "
        + "\n  ".join(unreachable)
    )
    not_row_buttons = sorted(
        f"{action} (on {listing})"
        for listing, actions in ROW_ACTIONS.items()
        for action in actions
        if action in allowed and listing not in reached[action]
    )
    assert not not_row_buttons, f"No row button for {role}:\n  " + "\n  ".join(not_row_buttons)
