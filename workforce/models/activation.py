"""Activation codes: how a person without e-mail gets their first password from a printed letter."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ACTIVATION_CODE_LIFETIME = datetime.timedelta(days=30)


class ActivationCodeQuerySet(models.QuerySet):
    def usable(self, now: datetime.datetime | None = None):
        """Neither used, cancelled nor expired."""
        return self.filter(
            used_at__isnull=True,
            cancelled_at__isnull=True,
            expires_at__gt=now or timezone.now(),
        )


class ActivationCode(models.Model):
    """A one-time code printed in an activation letter. Only its keyed hash is stored: the
    plain code exists once, in the letter. A code issued later cancels the earlier ones."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="activation_codes",
    )
    code_hash = models.CharField(max_length=128, editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = ActivationCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("activation code")
        verbose_name_plural = _("activation codes")
        ordering = ["-issued_at", "-pk"]
        indexes = [models.Index(fields=["person", "issued_at"], name="activation_person_issued")]

    def __str__(self):
        return f"{self.person} · {self.issued_at:%d/%m/%Y}"

    def is_usable(self, now: datetime.datetime | None = None) -> bool:
        return (
            self.used_at is None
            and self.cancelled_at is None
            and self.expires_at > (now or timezone.now())
        )
