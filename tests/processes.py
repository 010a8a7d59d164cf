"""Real processes for the fault tests: a database of the test's own (a SQLite file, or a
PostgreSQL database beside the suite's when the suite runs on PostgreSQL), `manage.py` run and
`manage.py worker` started and killed exactly as systemd would (deploy/systemd)."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import dj_database_url
import psutil
import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent


def worker_environment(tmp_path: Path, **extra) -> dict:
    """The environment of the processes: dev settings without DEBUG, files under tmp_path."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        DEBUG="false",
        MEDIA_ROOT=str(tmp_path / "media"),
        CACHE_DIR=str(tmp_path / "cache"),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    environment.pop("REDIS_URL", None)
    environment.pop("TASKS_REDIS_URL", None)
    return environment


def answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 1).close()
    except OSError:
        return False
    return True


class Database:
    """A database of the test's own, next to the suite's: SQLite file or PostgreSQL."""

    def __init__(self, tmp_path: Path, name: str):
        suite = dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite://"))
        self.postgres = suite["ENGINE"] == "django.db.backends.postgresql"
        if self.postgres:
            self.server = {k: suite[k] for k in ("HOST", "PORT", "USER", "PASSWORD")}
            self.name = f"lms_fault_{name}_{os.getpid()}"
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{self.name}"')
            self.url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/".format(**self.server)
            self.url += self.name
        else:
            self.path = tmp_path / "db.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def _connect(self, dbname):
        return psycopg.connect(
            host=self.server["HOST"],
            port=self.server["PORT"] or 5432,
            user=self.server["USER"],
            password=self.server["PASSWORD"] or None,
            dbname=dbname,
            autocommit=True,
        )

    def _admin(self, sql):
        with self._connect("postgres") as connection:
            connection.execute(sql)

    def one(self, sql, *params):
        """The first row of `sql`, whose parameters are written %s."""
        if self.postgres:
            with self._connect(self.name) as connection:
                return connection.execute(sql, params).fetchone()
        with sqlite3.connect(self.path, timeout=10) as connection:
            return connection.execute(sql.replace("%s", "?"), params).fetchone()

    def drop(self):
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def manage(environment, *args) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def start_worker(environment, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker"],
        cwd=ROOT,
        env=environment,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def kill(worker: subprocess.Popen) -> None:
    """SIGKILL to the worker and every process it started (RQ's work horse runs in a session
    of its own, so a signal to the worker's group would miss it)."""
    processes = [psutil.Process(worker.pid), *psutil.Process(worker.pid).children(recursive=True)]
    for process in processes:
        process.send_signal(signal.SIGKILL)
    psutil.wait_procs(processes, timeout=30)
    worker.wait(timeout=30)


def wait_for(condition, what: str, log: Path, timeout: float = 240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"Timed out waiting for {what}. Worker log:\n{log.read_text()[-4000:]}")
