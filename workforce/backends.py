"""Permissions that follow from HR roles rather than from groups."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import BaseBackend

from .models import HRRole, User


class HRRoleBackend(BaseBackend):
    """Holding an HR role over an agency subtree opens the admin (scoped by the views)."""

    ROLE_PERMISSIONS = {"wagtailadmin.access_admin"}

    def has_perm(self, user_obj, perm, obj=None):
        if perm not in self.ROLE_PERMISSIONS or not user_obj.is_active:
            return False
        return bool(HRRole.objects.paths_for(user_obj))


class AccountBackend(AuthenticationBackend):
    """allauth's sign-in backend, loading the person with their agency in the same query:
    nearly every page shows the agency's name."""

    def get_user(self, user_id):
        try:
            user = User._default_manager.select_related("agency").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
