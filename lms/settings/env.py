"""The one place that reads configuration from environment variables."""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def string(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def required(name: str) -> str:
    value = string(name)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def boolean(name: str, default: bool = False) -> bool:
    value = string(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def integer(name: str, default: int) -> int:
    value = string(name)
    return int(value) if value is not None else default


def listing(name: str, default: list[str] | None = None) -> list[str]:
    value = string(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def cache(default_directory: Path) -> dict:
    """REDIS_URL picks Redis; otherwise a file cache every process on this machine shares."""
    url = string("REDIS_URL")
    if url:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": string("CACHE_DIR", str(default_directory)),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


def database(default_sqlite: Path) -> dict:
    """DATABASE_URL picks PostgreSQL (or anything dj-database-url knows); SQLite file otherwise."""
    url = string("DATABASE_URL", f"sqlite:///{default_sqlite}")
    config = dj_database_url.parse(
        url,
        conn_max_age=integer("DATABASE_CONN_MAX_AGE", 60),
        # A kept connection is checked before reuse: after a database restart each worker
        # reconnects at once instead of failing its next request.
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite has one writer at a time. WAL lets readers go on while it writes; a write
        # waits up to the busy timeout for the lock (background work commits in short
        # batches, so the wait is short) instead of failing at once; IMMEDIATE takes the lock
        # at the start of a transaction, so one that reads and then writes cannot deadlock.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": integer("SQLITE_BUSY_TIMEOUT_SECONDS", 20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    return config


def tasks_redis_url() -> str | None:
    """Where the RQ task queues live: TASKS_REDIS_URL, else REDIS_URL's server one database
    number up (redis://h:6379/0 gives redis://h:6379/1), so that clearing the cache, as
    `manage.py restore` does, never drops a waiting task. A REDIS_URL this cannot be derived
    from (a socket, ?db=, the last database, a cluster) needs TASKS_REDIS_URL set."""
    url = string("TASKS_REDIS_URL")
    if url or not string("REDIS_URL"):
        return url
    parts = urlsplit(string("REDIS_URL"))
    number = parts.path.strip("/") or "0"
    if parts.scheme not in ("redis", "rediss") or "db=" in parts.query or not number.isdigit():
        raise ImproperlyConfigured(
            "Set TASKS_REDIS_URL: the task queue's database cannot be derived from REDIS_URL."
        )
    if int(number) >= 15:  # Redis has databases 0-15 unless configured otherwise
        raise ImproperlyConfigured(
            "Set TASKS_REDIS_URL: REDIS_URL uses the last Redis database, the queue needs another."
        )
    return urlunsplit(parts._replace(path=f"/{int(number) + 1}"))


def tasks() -> dict:
    """REDIS_URL picks Redis (django-tasks-rq; `manage.py rqworker --with-scheduler` runs
    them); otherwise tasks wait in the database for `manage.py db_worker`."""
    if tasks_redis_url():
        return {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    return {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def task_worker() -> list[str]:
    """The worker command for the backend env.tasks() picks (`manage.py worker` runs it)."""
    if tasks_redis_url():
        return ["rqworker", "--job-class", "django_tasks_rq.Job", "--with-scheduler", "default"]
    return ["db_worker"]


def rq_queues() -> dict:
    return {
        "default": {
            "URL": tasks_redis_url() or "redis://127.0.0.1:6379/1",
            # RQ stops a job after this long. A bulk certificate job can run for hours; one that
            # is stopped resumes (certificates.bulk lease), but should not have to.
            "DEFAULT_TIMEOUT": integer("TASK_TIMEOUT_SECONDS", 6 * 60 * 60),
        }
    }


def media_storage() -> dict:
    """S3_BUCKET picks S3-compatible object storage (django-storages); local files otherwise.

    The bucket stays private: files are read through the app (certificates, job results) or
    by links signed for an hour (images, documents).
    """
    bucket = string("S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": string("S3_ENDPOINT_URL"),
            "region_name": string("S3_REGION"),
            "access_key": string("S3_ACCESS_KEY_ID"),
            "secret_key": string("S3_SECRET_ACCESS_KEY"),
            "location": string("S3_PREFIX", "media"),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
            "file_overwrite": False,
        },
    }
