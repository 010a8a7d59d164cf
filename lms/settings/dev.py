"""Local development and the demo: debug on, a throwaway key, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.boolean("DEBUG", True)
SECRET_KEY = env.string("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo lets staff into the admin without setting up an authenticator first.
ADMIN_REQUIRE_TWO_FACTOR = env.boolean("ADMIN_REQUIRE_TWO_FACTOR", False)
STORAGES = {
    "default": env.media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
