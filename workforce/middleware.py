"""Who may reach the Wagtail admin: people with admin access, and only with two-factor set up."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class AdminAccessMiddleware:
    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(self.ADMIN_PREFIX) or not request.user.is_authenticated:
            return self.get_response(request)
        if not request.user.has_perm("wagtailadmin.access_admin"):
            # Wagtail would send a signed-in learner to the sign-in page, which sends them
            # straight back: a loop. Say plainly that the admin is not for them.
            raise PermissionDenied
        if (
            settings.ADMIN_REQUIRE_TWO_FACTOR
            and not Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists()
        ):
            messages.warning(
                request,
                _("Set up two-factor authentication before you use the administration area."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
