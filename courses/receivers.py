"""Signal receivers of the courses app, connected in CoursesConfig.ready(): the content version
moves on with any change to what pages show, and background work starts once a change commits.
"""

from django.db import transaction

from . import tasks
from .content_cache import bump_content_version
from .models import LessonPage, QuizPage


def content_changed(**kwargs):
    bump_content_version()
    transaction.on_commit(bump_content_version)


def course_steps_changed(sender, instance, **kwargs):
    """A lesson or quiz was published or unpublished: its course's learners' progress moves."""
    page = instance.specific if hasattr(instance, "specific") else instance
    if isinstance(page, (LessonPage, QuizPage)):
        course_id = page.get_parent().pk
        transaction.on_commit(lambda: tasks.recompute_course_enrolments.enqueue(course_id))


def person_joined(sender, people, from_agencies, to_agency, **kwargs):
    """People who joined an agency (new, imported or transferred) get its assignments, by task
    once the move is committed: the move itself stays small, and the counters of reports move
    the person's existing enrolments before any new one exists."""
    if to_agency is None:
        return
    ids = [person.pk for person in people]
    transaction.on_commit(lambda: tasks.enrol_joiners.enqueue(ids, to_agency.pk))


def assignment_created(sender, assignment, **kwargs):
    """The people the new assignment covers are enrolled, by task once it is committed."""
    transaction.on_commit(lambda: tasks.enrol_assigned_people.enqueue(assignment.pk))


def assignment_changed(sender, assignment, **kwargs):
    """A new due date or a cancellation: the people's due dates follow, by task after commit."""
    transaction.on_commit(lambda: tasks.refresh_assignment_due_dates.enqueue(assignment.pk))
