"""Admin menus and viewsets for workforce. The People screen comes in through UsersConfig."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import User
from .views.agencies import AgencyViewSet
from .views.roles import HRRoleViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [AgencyViewSet(), HRRoleViewSet()]


@hooks.register("before_bulk_action")
def refuse_deleting_people(request, action_type, objects, action_class_instance):
    # People are deactivated, never deleted: their learning records and certificates stay.
    if action_type == "delete" and any(isinstance(obj, User) for obj in objects):
        messages.error(request, _("People cannot be deleted; deactivate them instead."))
        return redirect("wagtailusers_users:index")
    return None
