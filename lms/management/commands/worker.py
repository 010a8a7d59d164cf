"""`manage.py worker`: the background worker for the task backend the settings chose.

On the database backend the worker survives a busy database: an error of the database in its
loop is waited out with back-off (and, if the database stays unusable, the command exits
non-zero so that systemd, `make demo` or `make serve` starts it again), and a task that
failed because the database stayed locked is queued again rather than lost. It never runs
under Django's autoreloader, whose thread could die and leave a process that takes no task.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.db.utils import DatabaseError
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from certificates.tasks import resume_bulk_jobs
from lms.jobs import is_locked_database
from workforce.tasks import resume_roster_imports

logger = logging.getLogger("lms.worker")

LOCKED_RETRIES = 5  # a task that failed on a locked database is queued again this many times
LOOP_FAILURES = 20  # database errors in a row before the worker gives up and exits non-zero
MAX_BACKOFF = 30.0  # seconds


class SurvivingWorker(Worker):
    """django-tasks-db's worker, with the tasks that failed on a locked database queued again
    after a back-off (each task is safe to run twice)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.retries: dict[tuple, int] = {}

    def run_task(self, db_task_result: DBTaskResult) -> None:
        super().run_task(db_task_result)
        if db_task_result.status != "FAILED" or not _failed_on_lock(db_task_result):
            return
        key = (db_task_result.task_path, repr(db_task_result.args_kwargs))
        attempt = self.retries.get(key, 0) + 1
        if attempt > LOCKED_RETRIES:
            logger.error("Task %s failed on a locked database %d times", key[0], attempt)
            return
        self.retries[key] = attempt
        delay = min(2**attempt, MAX_BACKOFF)
        arguments = db_task_result.args_kwargs
        db_task_result.task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            *arguments["args"], **arguments["kwargs"]
        )
        logger.warning(
            "Task %s hit a locked database; queued again in %d s (attempt %d)",
            key[0],
            delay,
            attempt,
        )


def _failed_on_lock(result: DBTaskResult) -> bool:
    last_line = result.traceback.strip().splitlines()[-1] if result.traceback.strip() else ""
    return result.exception_class_path.endswith("OperationalError") and is_locked_database(
        last_line
    )


def with_backoff(work, *, what: str):
    """Run `work` until it returns; database errors are waited out, LOOP_FAILURES of them
    within minutes of each other end the command with a non-zero status."""
    failures, last_failure = 0, 0.0
    while True:
        try:
            return work()
        except DatabaseError as error:
            if time.monotonic() - last_failure > 300:  # a failure long after the last: a new run
                failures = 0
            failures, last_failure = failures + 1, time.monotonic()
            if failures >= LOOP_FAILURES:
                logger.critical("%s: the database failed %d times in a row", what, failures)
                raise SystemExit(1) from error
            delay = min(0.5 * 2**failures, MAX_BACKOFF)
            level = logging.INFO if is_locked_database(error) else logging.WARNING
            logger.log(level, "%s: %s; trying again in %.1f s", what, error, delay)
            time.sleep(delay)
            close_old_connections()


class Command(BaseCommand):
    help = _(
        "Run the task worker of the configured backend (database: db_worker; Redis: rqworker), "
        "after queueing again the bulk certificate jobs and roster imports a stopped worker "
        "left unfinished."
    )

    def handle(self, *args, **options):
        resumed = with_backoff(
            lambda: resume_bulk_jobs() + resume_roster_imports(), what="Resuming jobs"
        )
        if resumed:
            self.stdout.write(
                _("%(count)d unfinished background job(s) queued again.") % {"count": resumed}
            )
        if settings.TASK_WORKER[0] != "db_worker":
            call_command(*settings.TASK_WORKER)
            return
        worker = SurvivingWorker(
            queue_names=["default"],
            interval=1,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        with_backoff(worker.run, what="Task worker")
