"""Template context every page needs."""

from django.conf import settings

from courses.content_cache import remember


def site(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "can_use_admin": _can_use_admin(request.user)}


def _can_use_admin(user) -> bool:
    """Whether to show the admin link: a permission check costs three queries, so it is kept
    for a minute. The admin itself always checks live."""
    if not user.is_authenticated:
        return False
    return remember(
        f"can-use-admin:{user.pk}", lambda: user.has_perm("wagtailadmin.access_admin"), 60
    )
