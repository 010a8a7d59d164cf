"""Admin hooks that belong to no single app: our audit-log actions."""

from wagtail import hooks

from . import audit


@hooks.register("register_log_actions")
def register_log_actions(actions):
    audit.register_actions(actions)
