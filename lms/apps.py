from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project package as an app: cross-app commands such as seed_demo, the admin's access
    rules; no models. Receivers: allauth.mfa's authenticator_added -> record_two_factor_on_setup."""

    name = "lms"
    verbose_name = "LMS"

    def ready(self):
        from allauth.mfa.signals import authenticator_added

        from .admin_access import record_two_factor_on_setup

        authenticator_added.connect(record_two_factor_on_setup, dispatch_uid="lms-two-factor-setup")
