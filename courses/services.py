"""Every write to the learning record: enrolment, lesson progress, completion, assignments
(quiz attempts are written by courses.quizzes).

Each function runs in one transaction and is safe to repeat: a second enrolment, a second
"lesson done", a replayed quiz submission change nothing.
"""

import datetime

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import audit, jobs
from lms.text import official_date

from . import signals
from .models import (
    Assignment,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ProgrammeCompletion,
    ProgrammePage,
    QuizPage,
    ReminderSent,
)


@transaction.atomic
def enrol(
    *,
    user: AbstractBaseUser,
    course: CoursePage,
    source: str = Enrolment.Source.SELF,
    due_on: datetime.date | None = None,
) -> Enrolment:
    """Enrol `user` in `course`; enrolling again returns the existing enrolment unchanged.

    An assignment may set or bring forward the due date of an existing enrolment.
    """
    if not course.live:
        raise ValidationError(_("This course is not published."))
    if source == Enrolment.Source.SELF and not course.self_enrolment:
        raise ValidationError(_("This course is open only to people assigned to it by HR."))
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course=course, defaults={"source": source, "due_on": due_on}
            )
    except IntegrityError:  # two requests raced; the other one enrolled
        enrolment, created = Enrolment.objects.get(user=user, course=course), False
    if created:
        signals.enrolment_status_changed.send(
            sender=Enrolment, enrolment=enrolment, previous=None, status=enrolment.status
        )
    elif (
        due_on
        and not enrolment.is_completed
        and (not enrolment.due_on or due_on < enrolment.due_on)
    ):
        enrolment = _bring_due_date_forward(enrolment, due_on)
    return enrolment


def _bring_due_date_forward(enrolment: Enrolment, due_on: datetime.date) -> Enrolment:
    """An unfinished enrolment takes `due_on` if it is earlier than its own (row locked, so a
    learner finishing at the same moment is counted right)."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=enrolment.pk)
    )
    if enrolment.is_completed or (enrolment.due_on and enrolment.due_on <= due_on):
        return enrolment
    previous_due_on = enrolment.due_on
    Enrolment.objects.filter(pk=enrolment.pk).update(due_on=due_on)
    enrolment.due_on = due_on
    agency = enrolment.user.agency_id if enrolment.user.is_active else None
    signals.enrolment_due_changed.send(
        sender=Enrolment, changes=[(enrolment, previous_due_on, agency)]
    )
    return enrolment


@transaction.atomic
def complete_lesson(*, enrolment: Enrolment, lesson: LessonPage) -> Enrolment:
    if not lesson.live or lesson.get_parent().pk != enrolment.course_id:
        raise ValidationError(_("This lesson is not part of your course."))
    if not enrolment.course.live:
        raise ValidationError(_("This course is not published."))
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    return recompute_enrolment(enrolment=enrolment)


@transaction.atomic
def recompute_enrolment(*, enrolment: Enrolment) -> Enrolment:
    """The one place an enrolment's progress and status change, from the recorded facts.

    Completed is final: a course that later gains a lesson does not take completion away.
    """
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    course = enrolment.course
    previous = enrolment.status
    steps = course.get_children().live().type(LessonPage, QuizPage)
    lesson_ids = set(steps.type(LessonPage).values_list("pk", flat=True))
    quiz_ids = set(steps.type(QuizPage).values_list("pk", flat=True))
    done_lessons = lesson_ids & set(enrolment.lesson_progress.values_list("lesson_id", flat=True))
    attempts = enrolment.attempts.all()
    passed_quizzes = quiz_ids & set(attempts.filter(passed=True).values_list("quiz_id", flat=True))
    total = len(lesson_ids) + len(quiz_ids)

    now = timezone.now()
    if enrolment.status != Enrolment.Status.COMPLETED:
        rule_met = total > 0 and (
            (not course.require_all_lessons or done_lessons == lesson_ids)
            and (not course.require_quizzes_passed or passed_quizzes == quiz_ids)
        )
        if rule_met:
            enrolment.status = Enrolment.Status.COMPLETED
            enrolment.completed_at = now
        elif done_lessons or attempts.exists():
            enrolment.status = Enrolment.Status.IN_PROGRESS
        if enrolment.status != Enrolment.Status.NOT_STARTED and not enrolment.started_at:
            enrolment.started_at = now
    enrolment.progress = (
        100
        if enrolment.status == Enrolment.Status.COMPLETED
        else (100 * (len(done_lessons) + len(passed_quizzes)) // total if total else 0)
    )
    enrolment.done_steps = sorted(done_lessons | passed_quizzes)
    enrolment.save(update_fields=["status", "progress", "done_steps", "started_at", "completed_at"])
    if enrolment.status != previous:
        signals.enrolment_status_changed.send(
            sender=Enrolment, enrolment=enrolment, previous=previous, status=enrolment.status
        )
        if enrolment.status == Enrolment.Status.COMPLETED:
            _complete_programmes(user=enrolment.user, course=course)
    return enrolment


def _complete_programmes(*, user, course: CoursePage) -> None:
    """A programme completes when every one of its courses does."""
    for programme in ProgrammePage.objects.live().filter(course_links__course=course).distinct():
        course_ids = {link.course_id for link in programme.course_links.all()}
        completed = set(
            Enrolment.objects.for_user(user)
            .completed()
            .filter(course_id__in=course_ids)
            .values_list("course_id", flat=True)
        )
        if completed == course_ids:
            completion, created = ProgrammeCompletion.objects.get_or_create(
                user=user, programme=programme
            )
            if created:
                signals.programme_completed.send(sender=ProgrammeCompletion, completion=completion)


def recompute_course(*, course_id: int) -> int:
    """Recompute every enrolment in a course, after its lessons or quizzes changed."""
    enrolments = Enrolment.objects.filter(course_id=course_id).unfinished()
    count = 0
    for enrolment in enrolments.iterator():
        recompute_enrolment(enrolment=enrolment)
        count += 1
    return count


# Assignments: HR gives a course or programme to an agency subtree; its people are enrolled now,
# and whoever joins the subtree later is enrolled on joining.

REMINDER_DAYS_BEFORE = 7


def assign(
    *,
    page,
    agency,
    due_on: datetime.date,
    actor,
    categories: list[str] | None = None,
    mandatory: bool = True,
) -> Assignment:
    """Assign a live course or programme to `agency` and its units; enrolment follows by task."""
    from workforce.models import Agency

    from .tasks import enrol_assigned_people

    page = page.specific
    if not isinstance(page, CoursePage | ProgrammePage) or not page.live:
        raise ValidationError({"page": _("Choose a published course or programme.")})
    if actor is not None and not Agency.objects.manageable_by(actor).filter(pk=agency.pk).exists():
        raise ValidationError({"agency": _("You do not manage that agency.")})
    if not agency.is_active:
        raise ValidationError({"agency": _("That agency is closed.")})
    if due_on < timezone.localdate():
        raise ValidationError({"due_on": _("The due date has passed.")})
    assignment = Assignment.objects.create(
        course=page if isinstance(page, CoursePage) else None,
        programme=page if isinstance(page, ProgrammePage) else None,
        agency=agency,
        due_on=due_on,
        categories=sorted(categories or []),
        mandatory=mandatory,
        assigned_by=actor,
    )
    audit.record(assignment, audit.ASSIGNMENT_CREATE, user=actor, agency=agency)
    transaction.on_commit(lambda: enrol_assigned_people.enqueue(assignment.pk))
    return assignment


@transaction.atomic
def change_assignment(*, assignment, due_on: datetime.date, mandatory: bool, actor) -> Assignment:
    """Give an assignment a new due date (its people's unfinished enrolments follow, by a task
    after commit, and its reminders start again from the new date) or change whether it is
    mandatory."""
    from .tasks import refresh_assignment_due_dates

    assignment = _lock_manageable(assignment, actor)
    if due_on != assignment.due_on and due_on < timezone.localdate():
        raise ValidationError({"due_on": _("The due date has passed.")})
    changed_due = due_on != assignment.due_on
    assignment.due_on = due_on
    assignment.mandatory = mandatory
    assignment.save(update_fields=["due_on", "mandatory"])
    if changed_due:
        ReminderSent.objects.filter(assignment=assignment).delete()
        transaction.on_commit(lambda: refresh_assignment_due_dates.enqueue(assignment.pk))
    audit.record(assignment, audit.ASSIGNMENT_CHANGE, user=actor, agency=assignment.agency)
    return assignment


@transaction.atomic
def cancel_assignment(*, assignment, actor) -> Assignment:
    """Cancel an assignment: no more enrolments, reminders or due dates from it (the due
    dates by a task after commit). The enrolments it made and what people learned stay."""
    from .tasks import refresh_assignment_due_dates

    assignment = _lock_manageable(assignment, actor)
    assignment.cancelled_at = timezone.now()
    assignment.cancelled_by = actor
    assignment.save(update_fields=["cancelled_at", "cancelled_by"])
    transaction.on_commit(lambda: refresh_assignment_due_dates.enqueue(assignment.pk))
    audit.record(assignment, audit.ASSIGNMENT_CANCEL, user=actor, agency=assignment.agency)
    return assignment


def _lock_manageable(assignment, actor) -> Assignment:
    """The assignment, locked: an enrolment task holding it finishes its batch first."""
    from workforce.models import Agency

    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.is_cancelled:
        raise ValidationError(_("This assignment has been cancelled."))
    if (
        actor is not None
        and not Agency.objects.manageable_by(actor).filter(pk=assignment.agency_id).exists()
    ):
        raise ValidationError(_("You do not manage that agency."))
    return assignment


BATCH = 500  # people, or enrolments, per transaction in the long assignment tasks
JOINERS_BATCH = 200  # people who joined an agency, enrolled per transaction


def _batches(ids: list[int]):
    """`ids` in slices of BATCH, each for a transaction of its own."""
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def refresh_due_dates(*, assignment) -> int:
    """Unfinished enrolments in the assignment's courses, of people in its subtree, take the
    earliest due date of the active assignments covering them (none when none does).

    In batches of rows locked in their own transactions, so that learners are never kept
    waiting long. Returns how many changed.
    """
    course_ids = set(assignment.course_ids())
    candidates = [
        (a.agency.path, set(a.categories), set(a.course_ids()), a.due_on)
        for a in Assignment.objects.active()
        .filter(Q(course__in=course_ids) | Q(programme__course_links__course__in=course_ids))
        .distinct()
        .select_related("agency")
        .prefetch_related("programme__course_links")
    ]
    ids = list(
        Enrolment.objects.unfinished()
        .filter(course__in=course_ids, user__agency__path__startswith=assignment.agency.path)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    changed = 0
    for batch in _batches(ids):
        with transaction.atomic():
            enrolments = (
                Enrolment.objects.unfinished()
                .filter(pk__in=batch)
                .select_for_update(of=("self",))
                .select_related("user__agency")
            )
            changes = []
            for enrolment in enrolments:
                user = enrolment.user
                dues = [
                    due
                    for prefix, categories, courses, due in candidates
                    if user.agency.path.startswith(prefix)
                    and (not categories or user.category in categories)
                    and enrolment.course_id in courses
                ]
                due_on = min(dues, default=None)
                if due_on != enrolment.due_on:
                    agency = user.agency_id if user.is_active else None
                    changes.append((enrolment, enrolment.due_on, agency))
                    enrolment.due_on = due_on
            Enrolment.objects.bulk_update([change[0] for change in changes], ["due_on"])
            if changes:
                signals.enrolment_due_changed.send(sender=Enrolment, changes=changes)
            changed += len(changes)
    return changed


def enrol_for_assignment(*, assignment, people) -> int:
    """Enrol the people an assignment covers in each of its courses; returns new enrolments.

    Those already enrolled keep their enrolment, its due date brought forward if the
    assignment's is earlier; the others are enrolled together, one insert and one signal per
    course (a roster of thousands joins an agency at once).
    """
    courses = [course for course in assignment.courses() if course.live]
    members = [p for p in people if p.is_active and assignment.applies_to(p)]
    due_on = assignment.due_on
    created = 0
    for course in courses:
        enrolled = {
            enrolment.user_id: enrolment
            for enrolment in Enrolment.objects.filter(course=course, user__in=members)
        }
        for enrolment in enrolled.values():
            if (
                due_on
                and not enrolment.is_completed
                and (not enrolment.due_on or due_on < enrolment.due_on)
            ):
                _bring_due_date_forward(enrolment, due_on)
        newcomers = [person for person in members if person.pk not in enrolled]
        try:
            with transaction.atomic():
                new = Enrolment.objects.bulk_create(
                    Enrolment(
                        user=person,
                        course=course,
                        source=Enrolment.Source.ASSIGNMENT,
                        due_on=due_on,
                    )
                    for person in newcomers
                )
        except IntegrityError:  # one of them enrolled a moment ago: one by one, then
            for person in newcomers:
                before = Enrolment.objects.filter(user=person, course=course).exists()
                enrol(user=person, course=course, source=Enrolment.Source.ASSIGNMENT, due_on=due_on)
                created += not before
            continue
        if new:
            signals.enrolments_created.send(sender=Enrolment, enrolments=new)
        created += len(new)
    return created


def enrol_assignment_members(*, assignment) -> int:
    """Everyone now in the assignment's subtree (the task run right after assigning).

    In batches, each in its own transaction holding the assignment row: a change or a
    cancellation waits for the batch, and the next batch sees it.
    """
    from workforce.models import User

    people = list(
        User.objects.filter(is_active=True, agency__path__startswith=assignment.agency.path)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    created = 0
    for batch in _batches(people):
        with transaction.atomic():
            current = (
                Assignment.objects.select_for_update(of=("self",))
                .select_related("course", "programme", "agency")
                .get(pk=assignment.pk)
            )
            if current.is_cancelled:
                break
            members = User.objects.filter(pk__in=batch).order_by("pk")
            created += enrol_for_assignment(assignment=current, people=members)
    return created


def enrol_joiners(*, people, agency) -> int:
    """People who joined `agency` (created, imported, transferred): the assignments covering it.

    In batches, each in its own transaction: a roster of thousands must not hold the
    database's one writer (SQLite) for minutes while sign-ins wait.
    """
    assignments = list(Assignment.objects.covering(agency).select_related("course", "programme"))
    created = 0
    for start in range(0, len(people), JOINERS_BATCH):
        with transaction.atomic():
            for assignment in assignments:
                created += enrol_for_assignment(
                    assignment=assignment, people=people[start : start + JOINERS_BATCH]
                )
        jobs.make_way_for_requests()
    return created


def send_assignment_reminders(*, today: datetime.date | None = None) -> int:
    """E-mail people whose assigned course is due within REMINDER_DAYS_BEFORE days, and once
    more when it is overdue; each reminder goes once per person and assignment."""

    today = today or timezone.localdate()
    sent = 0
    soon = today + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    for assignment in (
        Assignment.objects.active()
        .filter(due_on__lte=soon)
        .select_related("course", "programme", "agency")
    ):
        kind = (
            ReminderSent.Kind.OVERDUE if assignment.due_on < today else ReminderSent.Kind.DUE_SOON
        )
        already = set(
            ReminderSent.objects.filter(assignment=assignment, kind=kind).values_list(
                "user_id", flat=True
            )
        )
        for person in _unfinished(assignment):
            if person.pk in already or not person.email:
                continue
            try:
                with transaction.atomic():
                    ReminderSent.objects.create(assignment=assignment, user=person, kind=kind)
                    _send_reminder(assignment=assignment, person=person, kind=kind, today=today)
            except IntegrityError:  # another run sent it a moment ago
                continue
            sent += 1
    return sent


def _unfinished(assignment):
    """Active people the assignment covers who have not finished it."""
    from workforce.models import User

    people = User.objects.filter(is_active=True, agency__path__startswith=assignment.agency.path)
    if assignment.categories:
        people = people.filter(category__in=assignment.categories)
    if assignment.course_id:
        return people.filter(
            enrolments__course=assignment.course_id,
            enrolments__status__in=[Enrolment.Status.NOT_STARTED, Enrolment.Status.IN_PROGRESS],
        )
    return (
        people.filter(enrolments__course__in=[c.pk for c in assignment.courses()])
        .exclude(programme_completions__programme=assignment.programme_id)
        .distinct()
    )


def _send_reminder(*, assignment, person, kind, today):
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.utils import translation

    context = {
        "person": person,
        "assignment": assignment,
        "title": assignment.page.title,
        "due": official_date(assignment.due_on),
        "overdue": kind == "overdue",
        "days_left": (assignment.due_on - today).days,
        # The page's path on this site's own address (page.url is absolute once there are
        # several sites).
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + assignment.page.get_url_parts()[2],
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("courses/email/reminder_subject.txt", context).strip()
        body = render_to_string("courses/email/reminder_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
