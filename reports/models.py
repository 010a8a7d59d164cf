"""What HR sees, kept current as learning happens.

`CompletionCounter` counts enrolments per agency subtree, course, status and date. Each agency's
row counts everyone in its subtree (the agency itself and all its units), so a dashboard reads
only the rows of the agencies it shows, however many people and units lie below them.

`HeadCount` counts the active people of each subtree the same way.

`PlanTarget` is the plan's target share of staff trained, per agency, programme and year.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, ProgrammePage
from workforce.models import Agency

# The date of an unfinished enrolment with no due date: later than any day, so never overdue.
NO_DUE_DATE = datetime.date(9999, 12, 31)

PLAN_YEARS = range(2025, 2031)


class CompletionCounter(models.Model):
    """How many enrolments in `course` with `status` belong to people of `agency`'s subtree.

    `date` splits the count: for completed enrolments it is the first day of the month they were
    completed (the monthly chart and the period filter read it); for unfinished ones it is the
    due date, or NO_DUE_DATE (overdue is `date` before today).
    """

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=16, choices=Enrolment.Status)
    date = models.DateField(default=NO_DUE_DATE)
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("completion counter")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "course", "status", "date"], name="counter_once_per_key"
            )
        ]

    def __str__(self):
        return f"{self.agency_id}/{self.course_id}/{self.status}/{self.date}: {self.count}"


class AllCoursesCounter(models.Model):
    """CompletionCounter summed over the courses: what the dashboard reads when no course or
    programme is chosen, in a twentieth of the rows. Kept by the same writes."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=16, choices=Enrolment.Status)
    date = models.DateField(default=NO_DUE_DATE)
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("completion counter (all courses)")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "status", "date"], name="all_courses_counter_once_per_key"
            )
        ]

    def __str__(self):
        return f"{self.agency_id}/*/{self.status}/{self.date}: {self.count}"


class HeadCount(models.Model):
    """How many active people `agency`'s subtree holds (the agency and all its units)."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="+")
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("head count")

    def __str__(self):
        return f"{self.agency_id}: {self.count}"


class PlanTarget(models.Model):
    """The share of an agency's staff (its whole subtree) to have completed a programme by the
    end of a plan year."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="+"
    )
    programme = models.ForeignKey(
        ProgrammePage, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), choices=[(year, str(year)) for year in PLAN_YEARS]
    )
    share = models.PositiveSmallIntegerField(
        _("target share of staff trained (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("plan target")
        verbose_name_plural = _("plan targets")
        ordering = ["year", "agency__path", "programme__title"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "programme", "year"], name="target_once_per_year"
            )
        ]

    def __str__(self):
        return f"{self.agency} · {self.programme} · {self.year}: {self.share}%"
