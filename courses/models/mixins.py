"""How course pages are served fast and safely: routing in one query a level, an anonymous page
cache, cached course steps, and the enrolled-learners-only rule for lessons and quizzes.

Everything cached here is keyed by the content version (courses.content_cache), so nothing
stale is served.
"""

from django.apps import apps
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction
from wagtail.url_routing import RouteResult

from ..content_cache import anonymous_cache_key, cacheable_for_anonymous, remember
from ..selectors import course_state


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


class AnonymousPageCache:
    """Pages whose HTML is the same for every anonymous visitor: stored here, answered by
    serve_page (courses.views) before any routing happens. Pages under a view restriction are
    never stored.

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
        return {
            "course": course,
            "course_url": course.directory().get(course.pk, {}).get("url") or course.url,
            "enrolment": state.enrolment if state else None,
            "is_done": self.pk in done_ids,
            "position": position + 1,
            "step_count": len(steps),
            "progress": 100 * done_count // len(steps) if steps else 0,
            "previous_step": steps[position - 1] if position > 0 else None,
            "next_step": steps[position + 1] if position + 1 < len(steps) else None,
        }
