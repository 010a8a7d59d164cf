"""What is cached of the site's content, and under which key: a content version that any
publish, unpublish, move or delete of a page (or change to a view restriction) moves on, the
`remember` cache keyed by it, and the key of an anonymous visitor's page.

Imports no models: page models, template tags and the context processor all build on it.
"""

import time
from collections import OrderedDict

from django.core.cache import cache

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
