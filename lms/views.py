"""Site-wide views: the language switch, a health check, and error pages that are safe to
render when the database or a template fails."""

import sys

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    InterfaceError,
    OperationalError,
    connections,
)
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.contrib.redirects import views as redirects


def page_not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    """A 500, or a 503 when the database cannot be reached: then the site says it is
    unavailable for a moment, asks to retry, and recovers on its own once the database
    answers again (every request opens its connection anew)."""
    # No request context: context processors may touch the database, which may be what failed.
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    unavailable = isinstance(sys.exc_info()[1], OperationalError | InterfaceError) and (
        not database_answers()
    )
    with translation.override(language):
        page = loader.render_to_string(
            "503.html" if unavailable else "500.html", {"LANGUAGE_CODE": language}
        )
    if unavailable:
        response = HttpResponse(page, status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(page)


def database_answers() -> bool:
    """Whether a fresh connection to the database works: a deadlock, a missing table or a
    locked SQLite file is a server error (500), only an unreachable database is a 503."""
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False


def switch_language(request, language):
    """Remember the chosen interface language and go back.

    A link rather than Django's POST-only set_language: choosing a language changes nothing
    but a preference, and pages without forms stay free of CSRF tokens, which lets anonymous
    pages be cached and shared between visitors.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def health(request):
    """For load balancers and the benchmark's baseline: no database, no templates."""
    return HttpResponse("ok", content_type="text/plain")


@redirects.permission_checker.require_any("add")
@require_POST
def process_redirect_import(request):
    """Step two of Wagtail's redirect import. Wagtail fails with a server error when the form
    lacks the data step one signed (a stale or hand-made form): a 400 says so instead."""
    if not all(request.POST.get(field) for field in ("import_file_name", "input_format")):
        raise SuspiciousOperation("Redirect import confirmed without the first step's data.")
    return redirects.process_import(request)
