"""Local development and the demo: debug on, a throwaway key, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

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

# The demo signs certificates with the demo key (`manage.py demo_signing_key`, run by `make demo`)
# when no key is configured: "DEMO — không có giá trị pháp lý", its root and CRL beside it.
DEMO_SIGNING_KEY = BASE_DIR / ".demo-signing" / "demo-signing.p12"
if not (CERTIFICATE_SIGNING_KEY or CERTIFICATE_PKCS11_MODULE) and DEMO_SIGNING_KEY.exists():  # noqa: F405
    CERTIFICATE_SIGNING_KEY = str(DEMO_SIGNING_KEY)
    CERTIFICATE_SIGNING_PASSWORD = None
    CERTIFICATE_TRUST_ROOTS = [  # noqa: F405
        *CERTIFICATE_TRUST_ROOTS,  # noqa: F405
        str(DEMO_SIGNING_KEY.parent / "demo-root.pem"),
    ]
