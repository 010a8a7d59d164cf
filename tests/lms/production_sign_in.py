"""Run by tests/lms/test_production.py under lms.settings.production, on a throwaway SQLite
database: sign in as a person with an authenticator and report, as JSON, what the admin and
the other sign-in addresses answered. Not a test module itself (no test_ prefix)."""

import json
import os
import sys

import django
from django.conf import settings


class NoMigrations(dict):
    """Tables straight from the models: the migrations' data is not needed here."""

    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


sys.path.insert(0, os.getcwd())
settings.MIGRATION_MODULES = NoMigrations()
# Pages name their static files without `collectstatic` having run.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
django.setup()

from allauth.mfa.models import Authenticator  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Collection, Locale, Page  # noqa: E402

from tests.conftest import totp_code  # noqa: E402
from workforce.models import User  # noqa: E402

SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "Mật-khẩu-thử-2026"

call_command("migrate", run_syncdb=True, verbosity=0)
Locale.objects.get_or_create(language_code="vi")
Collection.get_first_root_node() or Collection.add_root(name="Root")
Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
person = User.objects.create_superuser(
    staff_code="QTV-PROD", email=None, password=PASSWORD, family_name="Trần", given_name="Quản"
)
Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": SECRET})

# Behind the HTTPS proxy, as production expects: https, and the client's address forwarded.
client = Client(HTTP_X_FORWARDED_FOR="203.0.113.7", HTTP_X_FORWARDED_PROTO="https")
answers = {}


def location(response):
    return response.get("Location", "")


for path in ("/_util/login/", "/admin/login/"):
    response = client.post(path, {"username": "QTV-PROD", "password": PASSWORD})
    answers[path] = [response.status_code, location(response), "_auth_user_id" in client.session]

response = client.post("/accounts/login/", {"login": "QTV-PROD", "password": PASSWORD})
answers["password"] = [response.status_code, location(response)]
response = client.get("/admin/")
answers["admin after the password"] = [response.status_code, location(response)]

# A session that holds the password step only, as one from before the authenticator had.
client.force_login(person)
response = client.get("/admin/")
answers["admin in a password-only session"] = [response.status_code, location(response)]
client.post(location(response), {"code": totp_code(person)})
answers["admin after the code"] = [client.get("/admin/").status_code]

print(json.dumps(answers))
