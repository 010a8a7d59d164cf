from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class WorkforceConfig(AppConfig):
    """Receivers: allauth.mfa's authenticator_added -> accounts.record_two_factor_on_setup."""

    default = True  # this module holds UsersConfig too
    name = "workforce"
    verbose_name = _("Workforce")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.mfa.signals import authenticator_added

        from .accounts import record_two_factor_on_setup

        authenticator_added.connect(record_two_factor_on_setup, dispatch_uid="two-factor-setup")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user management, replaced by the scoped People screen of this app."""

    user_viewset = "workforce.views.people.PersonViewSet"

    def ready(self):

        from .permissions import register_policies

        super().ready()
        register_policies()
