"""The reference data courses are tagged with: competencies of the IT skill standard, topics,
levels and durations."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Competency(models.Model):
    """A module of the IT skill standard (Circular 03/2014/TT-BTTTT), IU01–IU15."""

    class Level(models.TextChoices):
        BASIC = "basic", _("Basic")
        ADVANCED = "advanced", _("Advanced")

    code = models.CharField(_("code"), max_length=8, unique=True)
    name = models.CharField(_("name"), max_length=255)
    level = models.CharField(_("level"), max_length=16, choices=Level)

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} · {self.name}"


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=128, unique=True)
    slug = models.SlugField(_("slug"), max_length=128, unique=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Level(models.TextChoices):
    BASIC = "basic", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


DURATIONS = {
    "short": (_("Up to 2 hours"), Q(estimated_hours__lte=2)),
    "medium": (_("2 to 8 hours"), Q(estimated_hours__gt=2, estimated_hours__lte=8)),
    "long": (_("More than 8 hours"), Q(estimated_hours__gt=8)),
}
