"""Admin hooks that belong to no single app: audit-log actions, the HR history screen, the
admin home's panel for HR, and the admin's Vietnamese/phone theme."""

from wagtail import hooks

from . import audit


@hooks.register("register_log_actions")
def register_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("insert_global_admin_css")
def global_admin_css():
    from . import admin_theme

    return admin_theme.global_admin_css()


@hooks.register("insert_global_admin_js")
def global_admin_js():
    from . import admin_theme

    return admin_theme.global_admin_js()


@hooks.register("register_admin_viewset")
def register_history():
    from .history import HistoryViewSet

    return HistoryViewSet()


@hooks.register("construct_homepage_panels")
def hr_home(request, panels):
    from .home import add_hr_summary

    add_hr_summary(request, panels)
