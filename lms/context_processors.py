"""Template context every page needs."""

from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
