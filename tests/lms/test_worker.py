"""`manage.py worker` on the database backend outlives a busy database: errors in its loop are
waited out (and end the command with status 1 when they do not stop), and a task that failed
on a locked database is queued again. The real process is killed and restarted in
tests/workforce/test_roster_under_load.py and tests/certificates/test_worker_faults.py."""

from types import SimpleNamespace

import pytest
from django.db.utils import OperationalError
from django_tasks_db.management.commands.db_worker import Worker

from lms.management.commands import worker as command


@pytest.fixture
def no_sleep(monkeypatch):
    waits = []
    monkeypatch.setattr(command.time, "sleep", waits.append)
    monkeypatch.setattr(command, "close_old_connections", lambda: None)
    return waits


def test_database_errors_in_the_loop_are_waited_out_with_back_off(no_sleep):
    answers = iter([OperationalError("database is locked"), OperationalError("disk I/O"), "done"])

    def work():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert command.with_backoff(work, what="test") == "done"
    assert no_sleep == [1.0, 2.0]


def test_a_database_that_stays_unusable_ends_the_worker_with_status_1(no_sleep):
    def work():
        raise OperationalError("unable to open database file")

    with pytest.raises(SystemExit) as stopped:
        command.with_backoff(work, what="test")
    assert stopped.value.code == 1 and len(no_sleep) == command.LOOP_FAILURES - 1


def test_a_task_that_failed_on_a_locked_database_is_queued_again(monkeypatch):
    monkeypatch.setattr(Worker, "run_task", lambda self, result: None)
    queued = []

    class Task:
        def using(self, run_after):
            queued.append(run_after)
            return self

        def enqueue(self, *args, **kwargs):
            queued.append((args, kwargs))

    def failed(traceback, exception="django.db.utils.OperationalError"):
        return SimpleNamespace(
            status="FAILED",
            task_path="workforce.tasks.run_roster_import",
            args_kwargs={"args": [7, False], "kwargs": {}},
            traceback=traceback,
            exception_class_path=exception,
            task=Task(),
        )

    worker = command.SurvivingWorker(
        queue_names=["default"],
        interval=1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    worker.run_task(failed("Traceback …\ndjango.db.utils.OperationalError: database is locked\n"))
    assert queued[1] == ((7, False), {})
    worker.run_task(failed("Traceback …\nValueError: no\n", exception="builtins.ValueError"))
    assert len(queued) == 2  # other failures stay failed
    for _ in range(command.LOCKED_RETRIES):
        worker.run_task(failed("…\ndjango.db.utils.OperationalError: database is locked"))
    assert len(queued) == 2 * command.LOCKED_RETRIES  # and a lock that never lifts stops
