"""Uploaded staff rosters, checked and applied in the background."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.jobs import LeasedJob

from .agencies import Agency


def roster_path(instance, filename: str) -> str:
    """A path no one can guess: rosters hold personal data, and media may be served openly."""
    return f"roster-imports/{secrets.token_urlsafe(16)}/{filename}"


class RosterImport(LeasedJob):
    """An uploaded roster: checked in the background, then applied when its importer says so.
    Both stages hold a lease (lms.jobs): a stage whose worker died is run again."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be checked")
        CHECKING = "checking", _("Checking")
        CHECKED = "checked", _("Checked, ready to import")
        INVALID = "invalid", _("Has errors, nothing imported")
        APPLY_QUEUED = "apply_queued", _("Waiting to be imported")
        APPLYING = "applying", _("Importing")
        APPLIED = "applied", _("Imported")
        FAILED = "failed", _("Stopped by a fault")

    file = models.FileField(upload_to=roster_path)
    original_name = models.CharField(_("file"), max_length=255)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.CASCADE,
        related_name="roster_imports",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    deactivate_missing = models.ForeignKey(
        Agency,
        verbose_name=_("deactivate people of this agency missing from the file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.QUEUED)
    rows = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict)
    errors = models.JSONField(default=list)  # the first ERRORS_KEPT messages
    error_count = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)
    # What the importer should know though nothing is wrong: other sheets not read, columns
    # absent from the file (their fields are left as they are).
    warnings = models.JSONField(default=list)
    # "Name (staff code)" of whom the import deactivates, the first ERRORS_KEPT.
    leaving = models.JSONField(default=list)
    # When the current stage was queued: the watchdog runs a stage left waiting a whole lease.
    queued_at = models.DateTimeField(null=True, blank=True)

    ERRORS_KEPT = 1000
    UNFINISHED = (Status.QUEUED, Status.CHECKING, Status.APPLY_QUEUED, Status.APPLYING)
    MAX_RUNS = 3  # a stage that stopped its worker this often is marked failed, not run again

    class Meta:
        verbose_name = _("roster import")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.original_name

    @property
    def percent(self) -> int:
        if self.status in (self.Status.CHECKED, self.Status.APPLIED, self.Status.INVALID):
            return 100
        return int(100 * self.done / self.rows) if self.rows else 0

    @property
    def is_finished(self) -> bool:
        return self.status not in self.UNFINISHED

    @property
    def total(self) -> int:
        return self.rows
