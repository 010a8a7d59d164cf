"""How course pages are served fast and safely: routing in one query a level, an anonymous page
cache, cached course steps, and the enrolled-learners-only rule for lessons and quizzes.

Everything cached here is keyed by a content version that any publish, unpublish, move or
delete of a page (or change to a view restriction) moves on, so nothing stale is served.
"""

import time
from collections import OrderedDict

from django.apps import apps
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction, Site
from wagtail.url_routing import RouteResult

CONTENT_VERSION_KEY = "courses:content-version"
# How long a process trusts its last reading of the shared content version: a publish in
# another process shows here within this time.
VERSION_CHECK_SECONDS = 1.0
LOCAL_ENTRIES = 2_000

_version = {"value": 0, "read_at": -VERSION_CHECK_SECONDS}
_local: OrderedDict[str, tuple[object, float]] = OrderedDict()


def content_version() -> int:
    """The current content version: a token never used before (a clock reading in ns), so an
    evicted or cleared cache can never bring an old version, and its entries, back."""
    now = time.monotonic()
    if now - _version["read_at"] >= VERSION_CHECK_SECONDS:
        _version.update(
            value=cache.get_or_set(CONTENT_VERSION_KEY, time.time_ns, None), read_at=now
        )
    return _version["value"]


def bump_content_version() -> None:
    value = time.time_ns()
    cache.set(CONTENT_VERSION_KEY, value, None)
    _version.update(value=value, read_at=time.monotonic())


def forget_local_copies() -> None:
    """Drop this process's copies (tests do this after clearing the shared cache)."""
    _local.clear()
    _version.update(value=0, read_at=-VERSION_CHECK_SECONDS)


def remember(name: str, compute, timeout: int = 600):
    """compute() for this content version, kept in this process and in the shared cache.

    The key holds the content version, so an entry never changes once written and a copy in
    process memory is as good as the shared one; most requests then never reach the cache.
    """
    key = f"{name}:{content_version()}"
    now = time.monotonic()
    if key in _local:
        value, expires_at = _local[key]
        if now < expires_at:
            _local.move_to_end(key)
            return value
        del _local[key]
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, timeout)
    if value is not None:
        _local[key] = (value, now + timeout)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)
    return value


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction; cached, since almost no site has one."""
    return remember("pages:view-restrictions", PageViewRestriction.objects.exists)


def public(pages):
    """`pages.public()`, without its restriction query while no page has a view restriction."""
    return pages.public() if any_view_restrictions() else pages


class SkipEmptyViewRestrictions:
    """Wagtail checks view restrictions on every page served, at two queries; skip them while
    the site has none at all."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class DirectChildRouting(SkipEmptyViewRestrictions):
    """Route to a child in one query by asking its specific model directly.

    Wagtail's default route costs two queries a level (the page, then its specific row);
    the lesson page is the hottest page of the site, three levels down.
    """

    child_models: tuple[str, ...] = ()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        if not self.live:
            # Stricter than Wagtail: nothing below an unpublished page is reachable.
            raise Http404
        slug, remaining = path_components[0], path_components[1:]
        for model_name in self.child_models:
            model = apps.get_model("courses", model_name)
            child = model.objects.filter(
                path__startswith=self.path, depth=self.depth + 1, slug=slug
            ).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, remaining)
        raise Http404


# Catalogue filters worth caching; free-text search and anything else is rendered each time,
# so nobody can fill the cache with endless distinct addresses.
CACHEABLE_PARAMETERS = {"competency", "topic", "level", "duration", "page"}


def cacheable_for_anonymous(request) -> bool:
    """An anonymous GET with nothing personal pending (no messages waiting to be shown) and
    at most a few short, known filter parameters."""
    parameters = request.GET
    return (
        request.method == "GET"
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
        and not getattr(request, "is_preview", False)
        and set(parameters) <= CACHEABLE_PARAMETERS
        and all(len(value) <= 16 for value in parameters.values())
        and (
            not parameters.get("page")
            or parameters["page"].isdigit()
            and int(parameters["page"]) <= 20
        )
    )


def anonymous_cache_key(request) -> str:
    query = "&".join(f"{key}={request.GET[key]}" for key in sorted(request.GET))
    return f"page:{content_version()}:{request.get_host()}:{request.LANGUAGE_CODE}:{request.path}?{query}"


class AnonymousPageCache:
    """Pages whose HTML is the same for every anonymous visitor: stored here, answered by
    serve_page before any routing happens. Pages under a view restriction are never stored.

    Safe because an anonymous page carries nothing personal: no CSRF token (the language
    switcher uses links) and no messages (a visitor with pending messages is neither served
    from nor stored in the cache). The key holds host, language, full path and content version.
    """

    cache_seconds = 600

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if cacheable_for_anonymous(request) and not self.get_view_restrictions().exists():
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200:
                cache.set(anonymous_cache_key(request), response.content, self.cache_seconds)
        return response


class CachedRouting:
    """The site root remembers where each path leads (the page objects, parents included),
    until content changes; routing a lesson then costs no query at all."""

    def route(self, request, path_components):
        results = {}

        def route():
            results["route"] = super(CachedRouting, self).route(request, path_components)
            route = results["route"]
            return route.page if not route.args and not route.kwargs else None

        page = remember(f"route:{self.pk}:{'/'.join(path_components)}", route)
        return results.get("route") or RouteResult(page)


def course_steps(course) -> list[dict]:
    """A course's live lessons and quizzes in order, as {id, title, url}; cached until content changes."""

    def steps():
        children = course.get_children().live().only("id", "title", "url_path", "path", "depth")
        return [{"id": page.pk, "title": page.title, "url": page.url} for page in children]

    return remember(f"course-steps:{course.pk}", steps)


class EnrolledLearnersOnly(SkipEmptyViewRestrictions):
    """Lessons and quizzes are for enrolled learners: others are sent to the course page,
    which offers enrolment. Editors' previews are not affected."""

    def serve(self, request, *args, **kwargs):
        from .selectors import course_state

        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        course = self.get_parent()
        if not course.live:
            raise Http404
        state = course_state(user=request.user, course_id=course.pk)
        if not state.enrolled:
            if request.user.is_authenticated:
                messages.info(request, _("Enrol in the course to open its lessons and quizzes."))
            return redirect(course.url)
        request.course_state = state
        return super().serve(request, *args, **kwargs)

    def step_context(self, request) -> dict:
        """The course and this step's place in it (the steps come from the cache)."""
        course = self.get_parent().specific
        state = getattr(request, "course_state", None)
        done_ids = state.done_ids if state else set()
        steps = course_steps(course)
        position = next((i for i, step in enumerate(steps) if step["id"] == self.pk), 0)
        done_count = sum(1 for step in steps if step["id"] in done_ids)
        from .selectors import course_directory

        return {
            "course": course,
            "course_url": course_directory().get(course.pk, {}).get("url") or course.url,
            "enrolment": state.enrolment if state else None,
            "is_done": self.pk in done_ids,
            "position": position + 1,
            "step_count": len(steps),
            "progress": 100 * done_count // len(steps) if steps else 0,
            "previous_step": steps[position - 1] if position > 0 else None,
            "next_step": steps[position + 1] if position + 1 < len(steps) else None,
        }


def serve_page(request, path):
    """Wagtail's page view, with the site and anonymous pages served from the cache first.

    Routed in lms/urls.py in place of Wagtail's own pattern, so only page requests pay for
    these lookups, not the admin, accounts or health check.
    """
    from wagtail import views as wagtail_views  # imports models: not at module load

    if cacheable_for_anonymous(request):
        content = cache.get(anonymous_cache_key(request))
        if content is not None:
            return HttpResponse(content)

    def find_site():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - computed now so the kept copy carries it
        return site

    site = remember(f"site:{request.get_host()}", find_site)
    if site is not None:
        request._wagtail_site = site
    return wagtail_views.serve(request, path)
