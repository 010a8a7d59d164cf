"""Databases and real processes for the tests. The run's migrated database, made once and
copied for the suite (tests/conftest.py) and for the fault tests; a fault test's database of its
own (a SQLite file, or a PostgreSQL database beside the suite's when the suite runs on
PostgreSQL); `manage.py` run and `manage.py worker` started and killed exactly as systemd would
(deploy/systemd)."""

import fcntl
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

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


def _postgres(server: dict, dbname: str) -> psycopg.Connection:
    return psycopg.connect(
        host=server["HOST"],
        port=server["PORT"] or 5432,
        user=server["USER"],
        password=server["PASSWORD"] or None,
        dbname=dbname,
        autocommit=True,
    )


def _postgres_admin(server: dict, sql: str) -> None:
    with _postgres(server, "postgres") as connection:
        connection.execute(sql)


class MigratedDatabase:
    """The run's migrated database, made once by the first process that needs it (the other
    xdist workers wait) and copied for every database the tests use: each worker's (SQLite:
    into memory; PostgreSQL: CREATE DATABASE … TEMPLATE) and each fault test's. Migrating
    takes a third of a minute of CPU; a copy, a fraction of a second.

    `folder` is seen by every process of the run; `run` tells this run's PostgreSQL database
    from another run's on the same server; `keep` (--reuse-db) keeps it after the run and
    migrates the kept one next time."""

    def __init__(self, *, folder: Path, run: str, keep: bool):
        from django.db import connection

        self.folder = folder
        self.run = run
        self.keep = keep
        self.postgres = connection.vendor == "postgresql"
        self.server = {k: connection.settings_dict[k] for k in ("HOST", "PORT", "USER", "PASSWORD")}
        self.original_name = connection.settings_dict["NAME"]
        if self.postgres:
            name = connection.creation._get_test_db_name()
            self.name = name if keep else f"{name}_{run}"
        else:
            self.name = str(folder / "migrated.sqlite3")
        self._made = folder / "migrated.done"
        self._here = None  # SQLite: the in-memory database this process migrated

    @contextmanager
    def lock(self):
        with (self.folder / "migrated.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def make(self, *, verbosity: int) -> None:
        """Migrate the database, unless another process of this run has."""
        from django.db import connection

        with self.lock():
            if self._made.exists() and self._made.read_text() == f"{self.run} {self.name}":
                return
            if self.postgres or self.keep:
                connection.settings_dict["TEST"]["NAME"] = self.name
            connection.creation.create_test_db(
                verbosity=verbosity, autoclobber=True, serialize=False, keepdb=self.keep
            )
            if self.postgres or self.keep:
                _rename(connection, self.original_name)
            else:
                # Migrating in memory takes half the time of migrating into a file. This
                # process keeps the in-memory database as its own copy.
                self._here = connection.settings_dict["NAME"]
                self.copy_sqlite(self.name, source=connection.connection)
            self._made.write_text(f"{self.run} {self.name}")

    def attach(self, suffix: str) -> None:
        """Point this process's connection at a copy of its own."""
        from django.db import connection

        if self.postgres:
            _rename(connection, self.name)
            with self.lock():
                connection.creation.clone_test_db(suffix=suffix, verbosity=0, autoclobber=True)
            _rename(connection, connection.creation.get_test_db_clone_settings(suffix)["NAME"])
        elif self._here != connection.settings_dict["NAME"]:
            _rename(connection, f"file:memorydb_default_{suffix}?mode=memory&cache=shared")
            connection.connect()
            self.copy_sqlite(connection.connection)

    def detach(self, *, verbosity: int) -> None:
        from django.db import connection

        # SQLite: the in-memory copy goes with the process, as with Django's own runner.
        connection.creation.destroy_test_db(self.original_name, verbosity=verbosity)

    def copy_sqlite(self, target, *, source=None) -> None:
        """The migrated SQLite database (or `source`, a connection) into `target`: a
        connection or a file's path."""
        reader = source or sqlite3.connect(self.name)
        writer = target if isinstance(target, sqlite3.Connection) else sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            if reader is not source:
                reader.close()
            if writer is not target:
                writer.close()

    def copy_postgres(self, name: str) -> None:
        with self.lock():  # CREATE DATABASE … TEMPLATE wants the template to itself
            _postgres_admin(self.server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            _postgres_admin(self.server, f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')

    def drop(self) -> None:
        """The run's PostgreSQL database, at its end (SQLite's is a file under pytest's
        temporary folder). Called by the process that started the run."""
        if self.postgres and not self.keep and self._made.exists():
            name = self._made.read_text().split(" ", 1)[1]
            _postgres_admin(self.server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _rename(connection, name: str) -> None:
    from django.conf import settings

    connection.close()
    connection.settings_dict["NAME"] = name
    settings.DATABASES[connection.alias]["NAME"] = name


class Database:
    """A database of the test's own, next to the suite's: SQLite file or PostgreSQL, a copy
    of the run's migrated database."""

    def __init__(self, tmp_path: Path, name: str, migrated: MigratedDatabase):
        self.postgres = migrated.postgres
        if self.postgres:
            self.server = migrated.server
            self.name = f"lms_fault_{name}_{os.getpid()}"
            migrated.copy_postgres(self.name)
            self.url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/".format(**self.server)
            self.url += self.name
        else:
            self.path = tmp_path / "db.sqlite3"
            migrated.copy_sqlite(self.path)
            self.url = f"sqlite:///{self.path}"

    def one(self, sql, *params):
        """The first row of `sql`, whose parameters are written %s."""
        if self.postgres:
            with _postgres(self.server, self.name) as connection:
                return connection.execute(sql, params).fetchone()
        with sqlite3.connect(self.path, timeout=10) as connection:
            return connection.execute(sql.replace("%s", "?"), params).fetchone()

    def drop(self):
        if self.postgres:
            _postgres_admin(self.server, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


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
