"""Serving pages with fewer queries: the Wagtail site of a host name comes from the cache."""

from django.core.cache import cache
from wagtail.models import Site

from .serving import content_version


class CachedSiteMiddleware:
    """Wagtail looks the site up on every request; this keeps it, with its root page's specific
    object, in the cache until page content changes (see content_version)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site:{content_version()}:{request.get_host()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018 - computed now so the cached copy carries it
                cache.set(key, site, 300)
        else:
            request._wagtail_site = site
        return self.get_response(request)
