"""Task backends for the test settings."""

from django.utils import timezone
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id


class ImmediateDeferringBackend(ImmediateBackend):
    """Runs every task as it is enqueued, except one deferred to later (`run_after`), which is
    kept in `deferred` as a real queue would keep it: tests run it themselves if they want."""

    supports_defer = True

    def __init__(self, alias: str, params: dict):
        super().__init__(alias, params)
        self.deferred = []

    def enqueue(self, task, args, kwargs):
        if task.run_after is None or task.run_after <= timezone.now():
            return super().enqueue(task, args, kwargs)
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        self.deferred.append(result)
        return result
