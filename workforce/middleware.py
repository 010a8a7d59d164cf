"""Two-factor authentication is required before anyone reaches the Wagtail admin."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class AdminTwoFactorMiddleware:
    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.ADMIN_REQUIRE_TWO_FACTOR
            and request.path.startswith(self.ADMIN_PREFIX)
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
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
