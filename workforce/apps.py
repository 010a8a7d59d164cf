from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class WorkforceConfig(AppConfig):
    """Receivers: allauth.mfa's authenticator_added -> accounts.record_two_factor_on_setup;
    people_invited -> receivers.send_invitations; roster_stage_queued ->
    receivers.run_roster_stage."""

    default = True  # this module holds UsersConfig too
    name = "workforce"
    verbose_name = _("Workforce")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # allauth's signals module and ours import models: only once the registry is ready.
        from allauth.mfa.signals import authenticator_added

        from . import receivers, signals
        from .accounts import record_two_factor_on_setup

        authenticator_added.connect(record_two_factor_on_setup, dispatch_uid="two-factor-setup")
        signals.people_invited.connect(receivers.send_invitations, dispatch_uid="invitations")
        signals.roster_stage_queued.connect(receivers.run_roster_stage, dispatch_uid="roster-stage")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user management, replaced by the scoped People screen of this app."""

    user_viewset = "workforce.views.people.PersonViewSet"

    def ready(self):
        from .models import Agency, HRRole, RosterImport, User
        from .permissions import AgencyScopePolicy, PersonScopePolicy, register_policies

        super().ready()
        # The scope of workforce's own models; courses, reports and certificates register
        # theirs in their own ready().
        register_policies(
            AgencyScopePolicy(Agency, agency_path=""),
            PersonScopePolicy(User, agency_path="agency"),
            AgencyScopePolicy(HRRole, agency_path="agency", deletable=True),
            AgencyScopePolicy(RosterImport, agency_path=None, owner="requested_by"),
        )
