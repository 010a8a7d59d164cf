"""Settings shared by every environment; safe by default (DEBUG off, secret from the environment)."""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from . import env

BASE_DIR = env.BASE_DIR

SECRET_KEY = env.string("SECRET_KEY")
DEBUG = env.boolean("DEBUG", False)
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env.listing("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "workforce",
    "courses",
    "certificates",
    "reports",
    "lms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "csp",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "workforce.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "treebeard",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lms.admin_access.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Content-Security-Policy (django-csp) in every environment, so the tests and the browser
# journeys run under the policy production sends. No inline or foreign scripts: page data
# reaches scripts through json_script; styles may be inline (Wagtail's admin sets them). Under
# ADMIN_URL_PREFIX inline scripts are allowed too (see lms.middleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        # Lesson videos (courses.blocks.VideoBlock, Wagtail embeds) play in these players.
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}

# Where lms/urls.py mounts the Wagtail admin (its access rules: lms.admin_access).
ADMIN_URL_PREFIX = "/admin/"
# Whether this app serves /media/ itself (DEBUG does too); see production.py.
SERVE_MEDIA = False

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": env.database(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "workforce.User"
AUTHENTICATION_BACKENDS = [
    "workforce.backends.AccountBackend",
    "workforce.backends.HRRoleBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Languages: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = [("vi", _("Vietnamese"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.string("MEDIA_ROOT", str(BASE_DIR / "media"))
STORAGES = {
    "default": env.media_storage(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# One cache shared by every process: Redis when REDIS_URL is set, else files on local disk (so
# the web workers of one machine agree on what the cache holds, which page caching relies on).
CACHES = {"default": env.cache(BASE_DIR / ".cache")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work (certificates, e-mails, Wagtail's index updates) waits in the database for
# `manage.py db_worker`, which `make demo` starts beside the web server, or, when REDIS_URL is
# set, in Redis for `manage.py rqworker`; `manage.py worker` runs the right one (see env.tasks).
TASKS = env.tasks()
TASK_WORKER = env.task_worker()
RQ_QUEUES = env.rq_queues()
# A bulk certificate job whose worker stops sending signs of life for this long is taken over
# by a watchdog task and resumed (see certificates.bulk.run_bulk_job).
# A background job (bulk certificates, roster import) whose worker gave no sign of life for
# this long is taken over by another (lms.jobs). The old name is still read.
JOB_LEASE_SECONDS = env.integer("JOB_LEASE_SECONDS", env.integer("BULK_JOB_LEASE_SECONDS", 120))

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.string("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.string("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.string("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.boolean("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.string("DEFAULT_FROM_EMAIL", "Học tập số <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = env.string("SITE_NAME", "Học tập số Đồng Nai")
# No Gravatar: it would send a hash of every staff e-mail to a third party, and the policy
# below allows images from this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask wagtail.org for new releases: upgrades go through deployment.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The site's address, the one every absolute link starts with: certificate QR codes and links,
# activation letters, e-mails. The default suits runserver; production requires it (https).
WAGTAILADMIN_BASE_URL = env.string("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_LOGIN_URL = "account_login"
# A page restricted to signed-in people sends visitors to allauth's sign-in, not Django's.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Accounts (django-allauth). People get their accounts from HR; sign-up is closed unless
# SIGNUP_EMAIL_DOMAINS lists the domains allowed to register (with e-mail verification).
ACCOUNT_ADAPTER = "workforce.accounts.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = "staff_code"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "workforce.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PRESERVE_USERNAME_CASING = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Học tập số] "
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_USER_DISPLAY = "workforce.accounts.display_name"
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, stated so they stay on: failed sign-ins per IP and per account,
    # password resets per e-mail, and sign-ups per IP. Sign-ins per IP are raised from 30 a
    # minute: a commune's or a department's staff share one address behind its router and
    # sign in together when the working day starts. Wrong passwords stay limited per account.
    "login": env.string("LOGIN_RATE_LIMIT", "300/m/ip"),
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
}
SIGNUP_EMAIL_DOMAINS = env.listing("SIGNUP_EMAIL_DOMAINS", [])
# A sensitive step asks again for the authenticator's code, or the password of someone without
# one (workforce.accounts); never for a code e-mailed (inboxes are shared; not a second factor).
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
# The current password, when changing it, is checked as a sign-in is: wrong ones count.
ACCOUNT_FORMS = {"change_password": "workforce.accounts.PasswordChangeForm"}

# Certificates are signed by the issuing body (PAdES, certificates/signing.py): a PKCS#12 file,
# or a key on a PKCS#11 token (the Government CA's USB tokens); B-LT with the validation data
# embedded, B-LTA when a timestamp authority is named. See docs/certificates.md.
CERTIFICATE_SIGNING_KEY = env.string("CERTIFICATE_SIGNING_KEY")
CERTIFICATE_SIGNING_PASSWORD = env.string("CERTIFICATE_SIGNING_PASSWORD")
CERTIFICATE_PKCS11_MODULE = env.string("CERTIFICATE_PKCS11_MODULE")
CERTIFICATE_PKCS11_TOKEN = env.string("CERTIFICATE_PKCS11_TOKEN")
CERTIFICATE_PKCS11_KEY_LABEL = env.string("CERTIFICATE_PKCS11_KEY_LABEL")
CERTIFICATE_PKCS11_PIN = env.string("CERTIFICATE_PKCS11_PIN")
# Extra trust anchors (PEM files) for the signer's chain, when its root is not self-contained.
CERTIFICATE_TRUST_ROOTS = env.listing("CERTIFICATE_TRUST_ROOTS", [])
CERTIFICATE_TSA_URL = env.string("CERTIFICATE_TSA_URL")

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
# People who can reach the Wagtail admin must have two-factor authentication set up.
ADMIN_REQUIRE_TWO_FACTOR = env.boolean("ADMIN_REQUIRE_TWO_FACTOR", True)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.string("LOG_LEVEL", "WARNING")},
}
