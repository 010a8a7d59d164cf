from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class WorkforceConfig(AppConfig):
    name = "workforce"
    verbose_name = _("Workforce")
    default_auto_field = "django.db.models.BigAutoField"


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user management, replaced by the scoped People screen of this app."""

    user_viewset = "workforce.views.people.PersonViewSet"

    def ready(self):
        from wagtail.log_actions import registry as log_registry
        from wagtail.models import ModelLogEntry
        from wagtail.permissions import register_permission_policy

        from .models import Agency, HRRole, User
        from .permissions import ScopedPermissionPolicy

        super().ready()
        register_permission_policy(User, ScopedPermissionPolicy(User))
        register_permission_policy(Agency, ScopedPermissionPolicy(Agency))
        register_permission_policy(HRRole, ScopedPermissionPolicy(HRRole))
        for model in (Agency, HRRole, User):
            # Who created and changed agencies, people and roles: Wagtail's audit log.
            log_registry.register_model(model, ModelLogEntry)
