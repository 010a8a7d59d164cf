"""The agency tree and its dated history."""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet
from wagtail.permissions import policy_registry

from lms.text import clean_text, collation_key, fold


def outermost(paths) -> list[str]:
    """Drop paths that lie inside another path of the list, so filters stay short."""
    kept: list[str] = []
    for path in sorted(set(paths)):
        if not any(path.startswith(outer) for outer in kept):
            kept.append(path)
    return kept


def subtree_condition(paths, prefix: str = "path") -> Q:
    """Q matching every node whose path starts with one of `paths` (materialised-path subtree)."""
    condition = Q(pk__in=[])
    for path in outermost(paths):
        condition |= Q(**{f"{prefix}__startswith": path})
    return condition


class AgencyKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    DEPARTMENT = "department", _("Department")
    UNIT = "unit", _("Unit")
    COMMUNE = "commune", _("Commune or ward")
    OTHER = "other", _("Other")


class AgencyQuerySet(MP_NodeQuerySet):
    def active(self):
        return self.filter(is_active=True)

    # The querysets ask the scope policy that workforce.permissions registers with Wagtail in
    # ready(): the models never import the policy, which builds on them.

    def visible_to(self, user):
        """Agencies whose people and figures `user` may read (the scope policy decides)."""
        return policy_registry.get_by_type(Agency).narrow(self, user, "view")

    def manageable_by(self, user):
        """Agencies `user` may change (and whose people they may change)."""
        return policy_registry.get_by_type(Agency).narrow(self, user, "change")

    def vietnamese_order(self):
        return self.order_by("sort_key", "pk")

    def search(self, text: str):
        """Accent-insensitive search on names ("so noi vu" finds "Sở Nội vụ"), or an exact code."""
        folded = fold(text)
        if not folded:
            return self
        return self.filter(Q(name_folded__contains=folded) | Q(code__iexact=clean_text(text)))


class AgencyManager(MP_NodeManager.from_queryset(AgencyQuerySet)):
    def get_queryset(self):
        return AgencyQuerySet(self.model, using=self._db).order_by("path")


class Agency(MP_Node):
    """A node of the agency tree. Agencies are closed, never deleted; their history is dated."""

    code = models.CharField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=AgencyKind, default=AgencyKind.UNIT)
    is_active = models.BooleanField(_("active"), default=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    sort_key = models.CharField(max_length=255, editable=False, db_index=True)
    name_folded = models.CharField(max_length=255, editable=False, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AgencyManager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = clean_text(self.code).upper()
        self.name = clean_text(self.name)
        self.sort_key = collation_key(self.name, width=80)[:255]
        self.name_folded = fold(self.name)[:255]
        super().save(*args, **kwargs)

    def get_admin_url(self):
        return reverse("agencies:index") + f"?parent={self.pk}"

    def state_on(self, date: datetime.date) -> "AgencyChange | None":
        """The agency as it stood on `date` (None if it did not exist yet)."""
        return (
            self.changes.filter(effective_on__lte=date)
            .order_by("-effective_on", "-recorded_at", "-pk")
            .first()
        )

    def name_on(self, date: datetime.date) -> str | None:
        state = self.state_on(date)
        return state.name if state else None


class AgencyChange(models.Model):
    """One dated step in an agency's life, holding its state from `effective_on` on."""

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        RENAMED = "renamed", _("Renamed")
        MOVED = "moved", _("Moved")
        MERGED = "merged", _("Merged into another agency")
        ABSORBED = "absorbed", _("Took in a merged agency")
        CLOSED = "closed", _("Closed")
        REOPENED = "reopened", _("Reopened")

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="changes"
    )
    action = models.CharField(_("change"), max_length=16, choices=Action)
    effective_on = models.DateField(_("effective from"))
    name = models.CharField(_("name"), max_length=255)
    code = models.CharField(_("code"), max_length=32)
    parent = models.ForeignKey(
        Agency,
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    is_active = models.BooleanField(_("active"), default=True)
    other_agency = models.ForeignKey(
        Agency,
        verbose_name=_("other agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("For a merge: the agency merged into, or the agency taken in."),
    )
    note = models.TextField(_("note"), blank=True)
    actor = models.ForeignKey(
        "workforce.User",
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("agency change")
        verbose_name_plural = _("agency changes")
        ordering = ["agency", "effective_on", "recorded_at", "pk"]
        indexes = [models.Index(fields=["agency", "effective_on"])]

    def __str__(self):
        return f"{self.name} · {self.get_action_display()} · {self.effective_on:%d/%m/%Y}"
