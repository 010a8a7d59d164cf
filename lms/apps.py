from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project package as an app: cross-app commands such as seed_demo, no models."""

    name = "lms"
    verbose_name = "LMS"
