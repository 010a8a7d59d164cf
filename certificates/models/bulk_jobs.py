"""Bulk jobs: work on many certificates at once, with its progress and result (the work itself
is certificates.bulk's)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lms.jobs import LeasedJob

from .storage import job_result_path


class BulkJob(LeasedJob):
    """Work on many certificates at once, done by a background task, with its progress and result."""

    class Kind(models.TextChoices):
        ISSUE_MISSING = "issue", _("Issue missing certificates")
        ZIP = "zip", _("ZIP of PDFs")
        MERGED_PDF = "merged", _("One PDF for printing")

    class Status(models.TextChoices):
        QUEUED = "queued", pgettext_lazy("bulk job", "Waiting")
        RUNNING = "running", pgettext_lazy("bulk job", "Running")
        DONE = "done", pgettext_lazy("bulk job", "Done")
        FAILED = "failed", pgettext_lazy("bulk job", "Failed")

    kind = models.CharField(_("job"), max_length=16, choices=Kind)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="certificate_jobs",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # {"certificates": [...]} or {"enrolments": [...], "programme_completions": [...]}
    items = models.JSONField(default=dict)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    result = models.FileField(upload_to=job_result_path, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        verbose_name = _("bulk job")
        verbose_name_plural = _("bulk jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
