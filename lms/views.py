"""Error pages in the site's look, safe to render when the database or a template fails."""

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils import translation


def page_not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    # No request context: context processors may touch the database, which may be what failed.
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    with translation.override(language):
        return HttpResponseServerError(
            loader.render_to_string("500.html", {"LANGUAGE_CODE": language})
        )
