"""Admin hooks that belong to no single app: audit-log actions, the HR history screen, the
admin home's panel for HR, and the admin's Vietnamese/phone theme."""

from wagtail import hooks
from wagtail.models import ModelLogEntry

from certificates.models import Certificate
from courses.models import Assignment
from reports.models import PlanTarget
from workforce.models import Agency, HRRole, RosterImport, User

from . import admin_theme, audit
from .history import HistoryViewSet
from .home import add_hr_summary


@hooks.register("register_log_actions")
def register_log_actions(actions):
    audit.register_actions(actions)
    # The models whose changes we log, so that Wagtail's history screens list them.
    for model in (Agency, HRRole, User, RosterImport, Certificate, Assignment, PlanTarget):
        actions.register_model(model, ModelLogEntry)


@hooks.register("insert_global_admin_css")
def global_admin_css():
    return admin_theme.global_admin_css()


@hooks.register("insert_global_admin_js")
def global_admin_js():
    return admin_theme.global_admin_js()


@hooks.register("register_admin_viewset")
def register_history():
    return HistoryViewSet()


@hooks.register("construct_homepage_panels")
def hr_home(request, panels):
    add_hr_summary(request, panels)


@hooks.register("construct_reports_menu")
def hr_reads_their_own_history(request, menu_items):
    """Wagtail's site history lists only what a person's model permissions reach, which for
    HR (their roles give none) is nothing: they read the activity history instead."""
    user = request.user
    if not user.is_superuser and not user.get_all_permissions():
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
