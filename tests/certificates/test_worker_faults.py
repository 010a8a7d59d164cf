"""Fault: the worker running a bulk certificate job is killed midway (SIGKILL, as an out-of-
memory kill or a power cut would). After a worker starts again the job finishes, with every
certificate issued exactly once, on both task backends: the database (`db_worker`) and Redis
(RQ, against the Redis on 127.0.0.1).

Real processes on a database of their own (a copy of the run's migrated database: a SQLite
file, or a PostgreSQL database beside the suite's when the suite runs on PostgreSQL):
`manage.py worker` is started, killed and started again exactly as systemd would
(deploy/systemd/lms-worker.service).
"""

import json
import os

import pytest

from tests.processes import (
    Database,
    answers,
    kill,
    manage,
    start_worker,
    wait_for,
    worker_environment,
)

COUNT = 15
KILLED_AFTER = 3  # certificates issued before the kill; the other 12 are left for the restart
LEASE = 1  # seconds without a heartbeat before another worker takes a job over


def redis_database_of_its_own(request) -> str:
    """One of Redis's databases 8–14, emptied before and after, that no other test process
    uses meanwhile (CI runs the suite on SQLite and on PostgreSQL at once): each is claimed
    by a key in database 15 that lives as long as the test could."""
    import redis

    claims = redis.Redis.from_url("redis://127.0.0.1:6379/15")
    for number in range(8, 15):
        claim = f"lms-tests:queue-database:{number}"
        if claims.set(claim, os.getpid(), nx=True, ex=900):
            request.addfinalizer(lambda claim=claim: claims.delete(claim))
            url = f"redis://127.0.0.1:6379/{number}"
            queues = redis.Redis.from_url(url)
            queues.flushdb()
            request.addfinalizer(queues.flushdb)
            return url
    pytest.fail("Redis databases 8–14 are all claimed by other test processes.")


@pytest.fixture(params=["database", "redis"])
def stack(request, tmp_path, migrated_database):
    """The environment of the worker processes, on the backend named by the parameter."""
    environment = worker_environment(tmp_path, JOB_LEASE_SECONDS=str(LEASE))
    if request.param == "redis":
        if not answers(6379):
            if os.environ.get("LMS_REQUIRE_REDIS"):  # set by .ci/run
                pytest.fail("Redis does not answer on 127.0.0.1:6379; CI runs the RQ tests.")
            pytest.skip("Redis does not answer on 127.0.0.1:6379")
        queue_url = redis_database_of_its_own(request)
        environment["TASKS_REDIS_URL"] = queue_url
    database = Database(tmp_path, request.param, migrated_database)
    request.addfinalizer(database.drop)
    environment["DATABASE_URL"] = database.url
    return environment, database, tmp_path


def test_a_bulk_job_whose_worker_is_killed_midway_finishes_after_a_restart(stack):
    environment, database, tmp_path = stack
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
        wait_for(lambda: state()["done"] >= KILLED_AFTER, "the first certificates", log)
    finally:
        kill(worker)
    killed = state()
    assert killed["status"] == "running" and KILLED_AFTER <= killed["done"] < COUNT, killed
    issued_before = database.one("SELECT COUNT(*) FROM certificates_certificate")[0]
    assert KILLED_AFTER <= issued_before < COUNT

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
