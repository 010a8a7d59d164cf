"""What HR sees, kept current as learning happens: enrolments counted per agency, course and
status. A subtree's figure is the sum over its agencies' rows, found by path prefix."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment
from workforce.models import Agency


class CompletionCounter(models.Model):
    """How many people whose agency is `agency` have an enrolment in `course` with `status`."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=16, choices=Enrolment.Status)
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("completion counter")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "course", "status"], name="counter_once_per_agency_course"
            )
        ]

    def __str__(self):
        return f"{self.agency_id}/{self.course_id}/{self.status}: {self.count}"
