"""The test suite: fast hashing, in-memory e-mail, the strict two-factor rule on."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ADMIN_REQUIRE_TWO_FACTOR = True
MEDIA_ROOT = env.string("MEDIA_ROOT", str(BASE_DIR / "test-artifacts" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tasks run as they are enqueued, so tests see their effects at once.
TASKS = {"default": {"BACKEND": "tests.backends.ImmediateDeferringBackend"}}
