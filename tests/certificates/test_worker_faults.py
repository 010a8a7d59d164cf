"""Fault: the worker running a bulk certificate job is killed midway (SIGKILL, as an out-of-
memory kill or a power cut would). After a worker starts again the job finishes, with every
certificate issued exactly once, on both task backends: the database (`db_worker`) and Redis
(RQ, against the Redis on 127.0.0.1).

Real processes on a database of their own (a SQLite file, or a PostgreSQL database beside the
suite's when the suite runs on PostgreSQL): `manage.py worker` is started, killed and started
again exactly as systemd would (deploy/systemd/lms-worker.service).
"""

import json
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

ROOT = Path(__file__).resolve().parent.parent.parent
COUNT = 30
LEASE = 3  # seconds without a heartbeat before another worker takes a job over


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


@pytest.fixture(params=["database", "redis"])
def stack(request, tmp_path):
    """The environment of the worker processes, on the backend named by the parameter."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        DEBUG="false",
        MEDIA_ROOT=str(tmp_path / "media"),
        CACHE_DIR=str(tmp_path / "cache"),
        JOB_LEASE_SECONDS=str(LEASE),
        PYTHONUNBUFFERED="1",
    )
    environment.pop("REDIS_URL", None)
    environment.pop("TASKS_REDIS_URL", None)
    if request.param == "redis":
        if not answers(6379):
            if os.environ.get("LMS_REQUIRE_REDIS"):  # set by .ci/run
                pytest.fail("Redis does not answer on 127.0.0.1:6379; CI runs the RQ tests.")
            pytest.skip("Redis does not answer on 127.0.0.1:6379")
        # A Redis database of its own, emptied before and after.
        queue_url = f"redis://127.0.0.1:6379/{8 + os.getpid() % 8}"
        environment["TASKS_REDIS_URL"] = queue_url
        import redis

        queues = redis.Redis.from_url(queue_url)
        queues.flushdb()
        request.addfinalizer(queues.flushdb)
    database = Database(tmp_path, request.param)
    request.addfinalizer(database.drop)
    environment["DATABASE_URL"] = database.url
    return environment, database, tmp_path


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


def test_a_bulk_job_whose_worker_is_killed_midway_finishes_after_a_restart(stack):
    environment, database, tmp_path = stack
    manage(environment, "migrate", "--no-input", "-v0")
    seeded = manage(
        environment,
        "shell",
        "-c",
        f"from tests.certificates.worker_seed import seed; seed({COUNT})",
    )
    job = json.loads(seeded.strip().splitlines()[-1])["job"]

    def state():
        status, done, runs = database.one(
            "SELECT status, done, runs FROM certificates_bulkjob WHERE id = %s", job
        )
        return {"status": status, "done": done, "runs": runs}

    log = tmp_path / "worker.log"
    worker = start_worker(environment, log)
    try:
        wait_for(lambda: state()["done"] >= 5, "the first certificates", log)
    finally:
        kill(worker)
    killed = state()
    assert killed["status"] == "running" and 5 <= killed["done"] < COUNT, killed
    issued_before = database.one("SELECT COUNT(*) FROM certificates_certificate")[0]
    assert 5 <= issued_before < COUNT

    worker = start_worker(environment, log)
    try:
        wait_for(lambda: state()["status"] == "done", "the job to finish", log)
    finally:
        kill(worker)

    final = state()
    assert final == {"status": "done", "done": COUNT, "runs": 2}, final
    certificates, people, serials, pdfs = database.one(
        "SELECT COUNT(*), COUNT(DISTINCT user_id), COUNT(DISTINCT serial), "
        "COUNT(NULLIF(pdf, '')) FROM certificates_certificate"
    )
    assert (certificates, people, serials, pdfs) == (COUNT, COUNT, COUNT, COUNT)
    enrolments_without = database.one(
        "SELECT COUNT(*) FROM courses_enrolment e WHERE NOT EXISTS "
        "(SELECT 1 FROM certificates_certificate c WHERE c.enrolment_id = e.id)"
    )[0]
    assert enrolments_without == 0
    message = database.one("SELECT message FROM certificates_bulkjob WHERE id = %s", job)[0]
    assert message == f"Đã cấp {COUNT} giấy chứng nhận."  # counted across both runs
    assert "resumed by another worker (run 2)" in log.read_text()
