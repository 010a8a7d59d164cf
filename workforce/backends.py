"""Permissions that follow from HR roles rather than from groups."""

from django.contrib.auth.backends import BaseBackend

from .models import HRRole


class HRRoleBackend(BaseBackend):
    """Holding an HR role over an agency subtree opens the admin (scoped by the views)."""

    ROLE_PERMISSIONS = {"wagtailadmin.access_admin"}

    def has_perm(self, user_obj, perm, obj=None):
        if perm not in self.ROLE_PERMISSIONS or not user_obj.is_active:
            return False
        return bool(HRRole.objects.paths_for(user_obj))
