"""The one place that reads configuration from environment variables."""

import os
from pathlib import Path

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
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    return config
