"""Walking the URL resolver, for the tests that must cover every URL pattern."""

import re

from django.urls import URLPattern, URLResolver, get_resolver


def url_patterns(patterns=None, prefix=""):
    """Every (route, pattern) of the resolver, the route as Django reports it for a match
    (which drops the "^" of an included pattern)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        route = prefix + (route.removeprefix("^") if prefix else route)
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def example_path(route: str) -> str:
    """An address a path-style route (`admin/x/<int:pk>/`) answers: each parameter is 1."""
    return "/" + re.sub(r"<[^>]+>", "1", route).lstrip("^").rstrip("$")
