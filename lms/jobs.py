"""Background jobs that survive their worker: one lease for bulk certificate jobs and roster
imports.

A job row carries its runner's heartbeat. A runner claims the job (it is waiting, or its
heartbeat is older than the lease), beats while it works, and writes its outcome only while
the job is still its own: `runs` counts the claims, and a runner whose number is no longer the
job's stops (`LeaseLost`). A job whose worker was killed is taken over by the next claim: the
worker's start (`manage.py worker`) queues every unfinished job again, and a watchdog task
comes back every lease while the job is unfinished.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import connections, models
from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger(__name__)


class LeasedJob(models.Model):
    """The running worker's sign of life, and how many runners have claimed the job."""

    heartbeat_at = models.DateTimeField(null=True, blank=True)
    runs = models.PositiveSmallIntegerField(default=0)

    class Meta:
        abstract = True


def lease() -> timedelta:
    return timedelta(seconds=settings.JOB_LEASE_SECONDS)


class LeaseLost(Exception):
    """Another worker took the job over: this runner stops and writes nothing more."""


def claim(
    job: LeasedJob, *, waiting: str, running: str, wait: bool = False, **fields
) -> int | None:
    """This runner's number if it may run `job`: the job is `waiting`, or it is `running` with
    a heartbeat older than the lease (its runner is gone). With `wait`, a live runner's
    heartbeat is watched for one and a half leases first: a worker that has just restarted
    cannot yet tell a dead runner from a live one. `fields` are set with the claim."""
    model = type(job)
    deadline = time.monotonic() + 1.5 * lease().total_seconds()
    while True:
        now = timezone.now()
        stale = Q(heartbeat_at__lt=now - lease()) | Q(heartbeat_at__isnull=True)
        claimed = (
            model.objects.filter(pk=job.pk)
            .filter(Q(status=waiting) | Q(stale, status=running))
            .update(status=running, heartbeat_at=now, runs=F("runs") + 1, **fields)
        )
        job.refresh_from_db()
        if claimed:
            if job.runs > 1:
                logger.warning(
                    "%s %s resumed by another worker (run %s)", model.__name__, job.pk, job.runs
                )
            return job.runs
        if not wait or job.status not in (waiting, running) or time.monotonic() > deadline:
            return None
        time.sleep(lease().total_seconds() / 10)


def is_due(job: LeasedJob, *, waiting: str, running: str, waiting_since) -> bool:
    """The watchdog's question: has the job's runner stopped beating, or has it waited in the
    queue for a whole lease (its task may have been lost with the queue)?"""
    late = timezone.now() - lease()
    if job.status == running:
        return job.heartbeat_at is None or job.heartbeat_at < late
    return job.status == waiting and waiting_since < late


class Heartbeat:
    """A runner's beats: at least three a lease, each also writing `fields` (its progress).
    Raises LeaseLost when the job has been taken over."""

    def __init__(self, job: LeasedJob, run: int):
        self.job = job
        self.run = run
        self.every = lease().total_seconds() / 3
        self.last = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self.last > self.every

    def beat(self, **fields) -> None:
        alive = (
            type(self.job)
            .objects.filter(pk=self.job.pk, runs=self.run)
            .update(heartbeat_at=timezone.now(), **fields)
        )
        if not alive:
            raise LeaseLost
        self.last = time.monotonic()

    def keep_alive(self, **fields) -> None:
        if self.due():
            self.beat(**fields)

    def finish(self, **fields) -> bool:
        """Write the outcome if the job is still this runner's."""
        return bool(type(self.job).objects.filter(pk=self.job.pk, runs=self.run).update(**fields))


def is_locked_database(error: BaseException | str) -> bool:
    """SQLite's "database is locked": another connection held the write lock for longer than
    the busy timeout. Worth trying again later; anything else is not."""
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text


# SQLite lets one connection write at a time, and a connection waiting for the lock polls at
# growing intervals (up to 100 ms): a worker that starts its next transaction the moment the
# last one commits can keep a sign-in waiting for seconds. Between batches it steps aside.
SQLITE_PAUSE_SECONDS = 0.1


def make_way_for_requests(using: str = "default") -> None:
    """Called by background work between two write transactions."""
    if connections[using].vendor == "sqlite":
        time.sleep(SQLITE_PAUSE_SECONDS)
