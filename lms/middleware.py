"""Site-wide middleware: Vietnamese first, the Content-Security-Policy, and headers that keep
signed-in pages out of shared caches and the browser's powerful features switched off."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus the browser's Accept-Language header.

    Many civil servants use browsers set to English; the site still speaks Vietnamese to them
    until they pick English with the switcher (a cookie).
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with one exception for the Wagtail admin.

    Every page gets the strict policy of settings.CONTENT_SECURITY_POLICY: scripts from this
    site only, never inline. Wagtail 8's admin still writes inline scripts (date pickers,
    inline panels, chooser modals: wagtail/wagtail#12940), so under /admin/ inline scripts
    are allowed too. Nothing foreign is allowed anywhere.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), UNSAFE_INLINE]
            parts.update = update
        return parts


class PrivateResponseMiddleware:
    """No page of this site uses the camera, microphone, location, payments or USB, so the
    browser is told to refuse them to any script. A response to a signed-in person holds
    their data: no proxy or browser keeps a copy (the back button after signing out on a
    shared office computer shows nothing). Lesson documents are the same for everyone: the
    browser keeps them but asks again each time (a 304 when unchanged). Answers to anonymous
    visitors keep their caching; static files are served before this middleware."""

    PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    SHARED_FILES = {"wagtaildocs_serve"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        if request.user.is_authenticated:
            match = request.resolver_match
            if match is not None and match.url_name in self.SHARED_FILES:
                patch_cache_control(response, private=True, no_cache=True)
            else:
                patch_cache_control(response, private=True, no_store=True)
        return response
