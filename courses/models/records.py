"""The learning record: enrolments, lesson progress, quiz attempts, programme completions.

Plain models beside the pages. Only `courses.services` writes them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrolmentQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user) if user.is_authenticated else self.none()

    def completed(self):
        return self.filter(status=Enrolment.Status.COMPLETED)

    def unfinished(self):
        return self.exclude(status=Enrolment.Status.COMPLETED)

    def overdue(self, today=None):
        """Not completed, and past the due date (overdue is a view of the due date, not a status)."""
        return self.unfinished().filter(due_on__lt=today or timezone.localdate())


class Enrolment(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        ASSIGNMENT = "assignment", _("Assigned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status, default=Status.NOT_STARTED
    )
    source = models.CharField(_("source"), max_length=16, choices=Source, default=Source.SELF)
    due_on = models.DateField(_("due date"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    # Ids of the lessons done and quizzes passed, kept by services.recompute_enrolment so that
    # every lesson page knows where the learner stands from this one row.
    done_steps = models.JSONField(default=list, editable=False)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_once_per_course")
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} · {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.status == self.Status.COMPLETED

    @property
    def is_overdue(self) -> bool:
        return bool(self.due_on and not self.is_completed and self.due_on < timezone.localdate())


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.PROTECT, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_done_once")
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson_id}"


class QuizAttempt(models.Model):
    """One try at a quiz. The questions are copied in when it starts, so later edits to the
    quiz never change how this attempt was shown or scored."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey("courses.QuizPage", on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    # [{"id", "kind", "text", "answers": [{"key", "text", "correct"}], "explanation"}]
    questions = models.JSONField(default=list)
    # {question id: [answer key, ...]}: the last answers saved on the server.
    responses = models.JSONField(default=dict)
    correct_count = models.PositiveSmallIntegerField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["enrolment", "quiz", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz", "number"], name="attempt_number_once"
            )
        ]

    def __str__(self):
        return f"{self.quiz} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    def has_expired(self, now=None) -> bool:
        return bool(self.deadline and (now or timezone.now()) >= self.deadline)


class ProgrammeCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="programme_completions"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.PROTECT, related_name="completions"
    )
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("programme completion")
        verbose_name_plural = _("programme completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "programme"], name="programme_completed_once")
        ]

    def __str__(self):
        return f"{self.user} · {self.programme}"


class ExtraAttempt(models.Model):
    """One more attempt at a quiz that HR gave a learner, with the reason. The learner may
    make `max_attempts` plus one per grant. `token` is the grant form's own: a form sent
    twice grants once."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="extra_attempts",
    )
    quiz = models.ForeignKey(
        "courses.QuizPage", verbose_name=_("quiz"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("reason"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    token = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        verbose_name = _("extra attempt")
        verbose_name_plural = _("extra attempts")
        ordering = ["enrolment", "quiz", "granted_at"]
        indexes = [models.Index(fields=["enrolment", "quiz"], name="extra_attempt_quiz")]

    def __str__(self):
        return f"{self.enrolment} · {self.quiz_id} · {self.granted_at:%d/%m/%Y}"
