"""Assignments: HR gives a course or programme to an agency subtree, with a due date."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from workforce.models import Agency, Category
from workforce.permissions import policy_for


class AssignmentQuerySet(models.QuerySet):
    def active(self):
        """Not cancelled."""
        return self.filter(cancelled_at__isnull=True)

    def covering(self, agency: Agency):
        """Active assignments whose subtree holds `agency` (given to it or to a parent)."""
        prefixes = [
            agency.path[:end] for end in range(Agency.steplen, len(agency.path) + 1, Agency.steplen)
        ]
        return self.active().filter(agency__path__in=prefixes)

    def visible_to(self, user):
        return policy_for(Assignment).narrow(self, user, "view")

    def manageable_by(self, user):
        return policy_for(Assignment).narrow(self, user, "change")


class Assignment(models.Model):
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="assignments"
    )
    categories = models.JSONField(
        _("staff categories"), default=list, blank=True, help_text=_("None chosen: everyone.")
    )
    due_on = models.DateField(_("due date"))
    mandatory = models.BooleanField(_("mandatory"), default=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("assigned at"), auto_now_add=True)
    # A cancelled assignment stays, for the record; it enrols and reminds no one and sets no
    # due date. The enrolments it made, and what people learned, stay too.
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(course__isnull=False) ^ Q(programme__isnull=False),
                name="assignment_of_course_or_programme",
            )
        ]

    def __str__(self):
        return f"{self.page.title} → {self.agency.name}"

    @property
    def page(self):
        return self.course or self.programme

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def course_ids(self) -> list[int]:
        if self.course_id:
            return [self.course_id]
        return [link.course_id for link in self.programme.course_links.all()]

    def courses(self) -> list:
        if self.course_id:
            return [self.course]
        return [link.course for link in self.programme.course_links.select_related("course")]

    def applies_to(self, person) -> bool:
        return not self.categories or person.category in self.categories

    def category_labels(self) -> str:
        labels = dict(Category.choices)
        return ", ".join(str(labels.get(c, c)) for c in self.categories) or str(_("Everyone"))


class ReminderSent(models.Model):
    """A reminder e-mail that went out: each is sent once per person and assignment."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "kind"], name="reminder_once_per_person"
            )
        ]

    def __str__(self):
        return f"{self.assignment} · {self.user} · {self.kind}"
