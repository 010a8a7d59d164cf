"""Admin menus and viewsets for workforce. The People screen comes in through UsersConfig."""

from wagtail import hooks

from .views.agencies import AgencyViewSet
from .views.letters import ActivationLetterViewSet
from .views.roles import HRRoleViewSet
from .views.roster import RosterImportViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [AgencyViewSet(), HRRoleViewSet(), RosterImportViewSet(), ActivationLetterViewSet()]
