"""Assignments: HR gives a course or programme to an agency subtree with a due date; its
people are enrolled now, whoever joins the subtree later on joining, and reminders go out
before the due date and once it has passed.

The long work (enrolling thousands, moving their due dates) is done by tasks that call the
functions here, in batches of short transactions; the writes that start it send a signal
(courses.signals) whose receiver queues the task once the write commits.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms import audit, jobs
from lms.text import official_date
from workforce.models import Agency, User

from .. import signals
from ..models import Assignment, CoursePage, Enrolment, ProgrammePage, ReminderSent
from .learning import bring_due_date_forward, enrol

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
    signals.assignment_created.send(sender=Assignment, assignment=assignment)
    return assignment


@transaction.atomic
def change_assignment(*, assignment, due_on: datetime.date, mandatory: bool, actor) -> Assignment:
    """Give an assignment a new due date (its people's unfinished enrolments follow, by a task
    after commit, and its reminders start again from the new date) or change whether it is
    mandatory."""
    assignment = _lock_manageable(assignment, actor)
    if due_on != assignment.due_on and due_on < timezone.localdate():
        raise ValidationError({"due_on": _("The due date has passed.")})
    changed_due = due_on != assignment.due_on
    assignment.due_on = due_on
    assignment.mandatory = mandatory
    assignment.save(update_fields=["due_on", "mandatory"])
    if changed_due:
        ReminderSent.objects.filter(assignment=assignment).delete()
        signals.assignment_changed.send(sender=Assignment, assignment=assignment)
    audit.record(assignment, audit.ASSIGNMENT_CHANGE, user=actor, agency=assignment.agency)
    return assignment


@transaction.atomic
def cancel_assignment(*, assignment, actor) -> Assignment:
    """Cancel an assignment: no more enrolments, reminders or due dates from it (the due
    dates by a task after commit). The enrolments it made and what people learned stay."""
    assignment = _lock_manageable(assignment, actor)
    assignment.cancelled_at = timezone.now()
    assignment.cancelled_by = actor
    assignment.save(update_fields=["cancelled_at", "cancelled_by"])
    signals.assignment_changed.send(sender=Assignment, assignment=assignment)
    audit.record(assignment, audit.ASSIGNMENT_CANCEL, user=actor, agency=assignment.agency)
    return assignment


def _lock_manageable(assignment, actor) -> Assignment:
    """The assignment, locked: an enrolment task holding it finishes its batch first."""
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
                bring_due_date_forward(enrolment=enrolment, due_on=due_on)
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
