"""Signal receivers of the courses app, connected in CoursesConfig.ready()."""

from django.db import transaction

from .serving import bump_content_version


def content_changed(**kwargs):
    bump_content_version()
    transaction.on_commit(bump_content_version)


def course_steps_changed(sender, instance, **kwargs):
    """A lesson or quiz was published or unpublished: its course's learners' progress moves."""
    from .models import LessonPage, QuizPage
    from .tasks import recompute_course_enrolments

    page = instance.specific if hasattr(instance, "specific") else instance
    if isinstance(page, (LessonPage, QuizPage)):
        course_id = page.get_parent().pk
        transaction.on_commit(lambda: recompute_course_enrolments.enqueue(course_id))


def person_joined(sender, people, from_agencies, to_agency, **kwargs):
    """People who joined an agency (new, imported or transferred) get its assignments, by task
    once the move is committed: the move itself stays small, and the counters of reports move
    the person's existing enrolments before any new one exists."""
    from django.db import transaction

    from .tasks import enrol_joiners

    if to_agency is None:
        return
    ids = [person.pk for person in people]
    transaction.on_commit(lambda: enrol_joiners.enqueue(ids, to_agency.pk))
