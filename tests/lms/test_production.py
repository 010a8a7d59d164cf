"""Running it for real: production settings refuse to start half-configured and pass Django's
deploy check; every response carries the security headers and the Content-Security-Policy;
a database that cannot be reached gives a friendly 503 and the site recovers on its own."""

import json
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

pytestmark = pytest.mark.django_db


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for their live server; a deployment
        # never does.
        if key
        not in (
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "BASE_URL",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "REDIS_URL",
            "TASKS_REDIS_URL",
            "S3_BUCKET",
        )
    }
    environment.update(DJANGO_SETTINGS_MODULE="lms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], env=environment, capture_output=True, text=True
    )


@pytest.mark.engine_free  # settings in a subprocess
def test_production_refuses_to_start_without_a_secret_or_hosts():
    missing_secret = manage("check", ALLOWED_HOSTS="lms.example.vn")
    assert missing_secret.returncode != 0 and "SECRET_KEY" in missing_secret.stderr
    missing_hosts = manage("check", SECRET_KEY="x" * 50)
    assert missing_hosts.returncode != 0 and "ALLOWED_HOSTS" in missing_hosts.stderr


@pytest.mark.engine_free  # settings in a subprocess
def test_the_deploy_check_is_clean():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        SECRET_KEY="k3y-" + "z9" * 30, ALLOWED_HOSTS="lms.example.vn",
        BASE_URL="https://lms.example.vn",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


PROBE = """
import json
from django.conf import settings
from django.core.files.storage import storages
media = storages["default"]
from django_tasks import task_backends
print(json.dumps({
    "tasks": type(task_backends["default"]).__name__,
    "worker": settings.TASK_WORKER[0],
    "queue": settings.RQ_QUEUES["default"]["URL"],
    "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[1],
    "media": type(media).__name__,
    "bucket": getattr(media, "bucket_name", None),
}))
"""


@pytest.mark.engine_free  # settings in a subprocess
def test_real_parts_are_chosen_by_settings_alone():
    """REDIS_URL: tasks on RQ (in the next Redis database, so a cache clear spares them) and
    the cache on Redis; S3_BUCKET: media in object storage. Without them: the database, local
    files. The deploy check stays clean either way."""
    required = {
        "SECRET_KEY": "k3y-" + "z9" * 30,
        "ALLOWED_HOSTS": "lms.example.vn",
        "BASE_URL": "https://lms.example.vn",
    }
    parts = {
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "S3_BUCKET": "lms-media",
        "S3_ENDPOINT_URL": "https://s3.example.vn",
    }
    chosen = manage("shell", "-v", "0", "-c", PROBE, **required, **parts)
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout) == {
        "tasks": "RQBackend",
        "worker": "rqworker",
        "queue": "redis://127.0.0.1:6379/4",
        "cache": "RedisCache",
        "media": "S3Storage",
        "bucket": "lms-media",
    }
    check = manage("check", "--deploy", "--fail-level", "WARNING", **required, **parts)
    assert check.returncode == 0, check.stdout + check.stderr
    plain = json.loads(manage("shell", "-v", "0", "-c", PROBE, **required).stdout)
    assert (plain["tasks"], plain["worker"], plain["cache"], plain["media"]) == (
        "DatabaseBackend",
        "db_worker",
        "FileBasedCache",
        "FileSystemStorage",
    )


def test_responses_carry_the_policy_and_the_security_headers(client, superuser):
    public = client.get("/")
    policy = public["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert public["X-Content-Type-Options"] == "nosniff"
    assert public["Referrer-Policy"] == "same-origin"
    client.force_login(superuser)
    admin = client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin  # Wagtail 8's inline scripts only


def test_an_unreachable_database_gives_a_friendly_503_and_the_site_recovers(client):
    client.raise_request_exception = False
    failure = OperationalError('connection to server at "127.0.0.1", port 5432 failed')
    with mock.patch.object(CursorWrapper, "execute", side_effect=failure):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    content = response.content.decode()
    assert "Hệ thống tạm thời gián đoạn" in content
    assert "5432" not in content and "Traceback" not in content
    assert client.get("/").status_code == 200  # the database answers again


def test_a_database_error_that_is_not_an_outage_stays_a_500(client, settings):
    """A deadlock or a missing table is a fault to fix, not "briefly unavailable"."""
    from django.urls import path

    def broken(request):
        raise OperationalError("no such table: courses_enrolment")

    settings.ROOT_URLCONF = type(
        "urls",
        (),
        {"urlpatterns": [path("broken/", broken)], "handler500": "lms.views.server_error"},
    )
    client.raise_request_exception = False
    assert client.get("/broken/").status_code == 500  # the database itself answers


@pytest.mark.parametrize(
    ("redis_url", "tasks_url"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379", "redis://127.0.0.1:6379/1"),
        ("rediss://:secret@cache.example.vn:6380/4", "rediss://:secret@cache.example.vn:6380/5"),
        ("redis://127.0.0.1:6379/15", None),
        ("redis://127.0.0.1:6379/0?db=3", None),
        ("unix:///run/redis/redis.sock?db=1", None),
    ],
)
def test_the_task_queue_gets_its_own_redis_database_or_asks_for_one(
    monkeypatch, redis_url, tasks_url
):
    from django.core.exceptions import ImproperlyConfigured

    from lms.settings import env

    monkeypatch.delenv("TASKS_REDIS_URL", raising=False)
    monkeypatch.setenv("REDIS_URL", redis_url)
    if tasks_url is None:
        with pytest.raises(ImproperlyConfigured, match="TASKS_REDIS_URL"):
            env.tasks_redis_url()
        monkeypatch.setenv("TASKS_REDIS_URL", "redis://queue.example.vn:6379/0")
        assert env.tasks_redis_url() == "redis://queue.example.vn:6379/0"
    else:
        assert env.tasks_redis_url() == tasks_url


@pytest.mark.engine_free  # settings in a subprocess
def test_in_production_only_allauth_signs_in_and_the_admin_asks_each_session_for_the_code(
    tmp_path,
):
    """Under lms.settings.production (tests/lms/production_sign_in.py, on its own database):
    Django's and Wagtail's sign-in addresses sign no one in; a password alone does not open
    the admin to someone with an authenticator, nor does a session that passed only the
    password; the authenticator's code does."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "TASKS_REDIS_URL", "S3_BUCKET")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="k3y-" + "z9" * 30,
        ALLOWED_HOSTS="testserver",
        BASE_URL="https://testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    result = subprocess.run(
        [sys.executable, "tests/lms/production_sign_in.py"],
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers["/_util/login/"] == [302, "/accounts/login/", False]
    assert answers["/admin/login/"] == [302, "/accounts/login/", False]
    assert answers["password"] == [302, "/accounts/2fa/authenticate/"]
    assert answers["admin after the password"] == [302, "/accounts/login/?next=/admin/"]
    assert answers["admin in a password-only session"] == [
        302,
        "/accounts/2fa/reauthenticate/?next=%2Fadmin%2F",
    ]
    assert answers["admin after the code"] == [200]
