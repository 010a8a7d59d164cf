"""Background work for courses, through Django's tasks API. Each task is safe to run twice."""

from django_tasks import task

from . import services


@task()
def recompute_course_enrolments(course_id: int) -> int:
    return services.recompute_course(course_id=course_id)
