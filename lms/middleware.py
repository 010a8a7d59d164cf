"""Vietnamese first: the interface language is Vietnamese unless the person chose another."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


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
        if request.path_info.startswith(settings.CSP_ADMIN_PREFIX):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), UNSAFE_INLINE]
            parts.update = update
        return parts
