"""Task backends for the test settings."""

from django_tasks.backends.immediate import ImmediateBackend


class ImmediateDeferringBackend(ImmediateBackend):
    """Runs every task as it is enqueued, a deferred one too (its `run_after` is not waited
    for), so code that schedules a task for later runs under test as it does in production."""

    supports_defer = True
