"""Admin permissions scoped to HR roles: officers manage, viewers read, both only their subtree.

People with the model permissions (administrators, superusers) act on everything; anyone
else acts through their HR roles. Agencies and people are never deleted: agencies close,
people are deactivated, so "delete" is granted only for HR roles.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import HRRole

READ_ACTIONS = {"view"}
WRITE_ACTIONS = {"add", "change"}


class ScopedPermissionPolicy(ModelPermissionPolicy):
    def _deletable(self) -> bool:
        return self.model is HRRole

    def _has_model_permission(self, user, action) -> bool:
        if action == "delete" and not self._deletable():
            return False
        return super().user_has_permission(user, action)

    def _has_role_permission(self, user, action) -> bool:
        if action in READ_ACTIONS:
            return bool(HRRole.objects.paths_for(user))
        if action in WRITE_ACTIONS or (action == "delete" and self._deletable()):
            return bool(HRRole.objects.paths_for(user, manage=True))
        return False

    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        return self._has_model_permission(user, action) or self._has_role_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        objects = self.model._default_manager
        if not user.is_active:
            return objects.none()
        if self._has_model_permission(user, action):
            return objects.all()
        if not self._has_role_permission(user, action):
            return objects.none()
        if action in READ_ACTIONS:
            return objects.visible_to(user)
        return objects.manageable_by(user)

    def instances_user_has_any_permission_for(self, user, actions):
        querysets = [self.instances_user_has_permission_for(user, action) for action in actions]
        combined = querysets[0]
        for queryset in querysets[1:]:
            combined = combined | queryset
        return combined.distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        if self._has_model_permission(user, action):
            return True
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)
