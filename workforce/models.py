"""Who works where: the agency tree with its dated history, the people, and HR roles."""

import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from lms.jobs import LeasedJob

from .permissions import policy_for, subtree_condition
from .text import clean_name, clean_text, collation_key, fold


class AgencyKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    DEPARTMENT = "department", _("Department")
    UNIT = "unit", _("Unit")
    COMMUNE = "commune", _("Commune or ward")
    OTHER = "other", _("Other")


class AgencyQuerySet(MP_NodeQuerySet):
    def active(self):
        return self.filter(is_active=True)

    def visible_to(self, user):
        """Agencies whose people and figures `user` may read (the scope policy decides)."""
        return policy_for(Agency).narrow(self, user, "view")

    def manageable_by(self, user):
        """Agencies `user` may change (and whose people they may change)."""
        return policy_for(Agency).narrow(self, user, "change")

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


class Category(models.TextChoices):
    """Staff categories of Vietnamese public service."""

    CADRE = "cadre", _("Cadre (cán bộ)")
    CIVIL_SERVANT = "civil_servant", _("Civil servant (công chức)")
    PUBLIC_EMPLOYEE = "public_employee", _("Public employee (viên chức)")
    WORKER = "worker", _("Worker (người lao động)")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class UserQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_subtrees(self, agencies):
        """People whose current agency lies inside the subtree of any of `agencies`."""
        return self.filter(subtree_condition((a.path for a in agencies), prefix="agency__path"))

    def visible_to(self, user):
        return policy_for(User).narrow(self, user, "view")

    def manageable_by(self, user):
        """People `user` may change: in their subtrees, and with no rights reaching beyond them
        (workforce.permissions.PersonScopePolicy says why)."""
        return policy_for(User).narrow(self, user, "change")

    def search(self, text: str):
        """Accent-insensitive search on names; staff codes and e-mail match too."""
        words = fold(text).split()
        if not words:
            return self
        condition = Q()
        for word in words:
            condition &= Q(name_folded__contains=word)
        text = clean_text(text)
        return self.filter(condition | Q(staff_code__iexact=text) | Q(email__iexact=text))

    def vietnamese_order(self):
        """Given name, then middle name, then family name, in Vietnamese alphabet order."""
        return self.order_by("name_sort_key", "pk")


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def get_by_natural_key(self, username):
        return self.get(staff_code__iexact=clean_text(username))

    def create_user(self, staff_code, email=None, password=None, **fields):
        user = self.model(staff_code=staff_code, email=email, **fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean(exclude=["password"], validate_unique=False)
        user.save(using=self._db)
        return user

    def create_superuser(self, staff_code, email=None, password=None, **fields):
        fields.setdefault("is_superuser", True)
        return self.create_user(staff_code, email=email, password=password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person: the account and the staff record in one."""

    staff_code = models.CharField(
        _("staff code"),
        max_length=32,
        unique=True,
        help_text=_("Unique code given by HR; also the sign-in name for people without e-mail."),
    )
    email = models.EmailField(_("e-mail"), null=True, blank=True)
    family_name = models.CharField(_("family name"), max_length=64)
    middle_name = models.CharField(_("middle name"), max_length=64, blank=True)
    given_name = models.CharField(_("given name"), max_length=64)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender, blank=True)
    category = models.CharField(_("category"), max_length=16, choices=Category, blank=True)
    position = models.CharField(_("position"), max_length=128, blank=True)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    name_sort_key = models.CharField(max_length=255, editable=False, db_index=True)
    name_folded = models.CharField(max_length=255, editable=False, db_index=True)

    objects = UserManager()

    USERNAME_FIELD = "staff_code"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email", "family_name", "given_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(Upper("staff_code"), name="user_staff_code_unique_ci"),
            models.UniqueConstraint(
                Lower("email"),
                condition=Q(email__isnull=False),
                name="user_email_unique_ci",
            ),
        ]
        # Head counts per agency (dashboards) read this index alone.
        indexes = [models.Index(fields=["agency", "is_active"], name="user_agency_active")]

    def __str__(self):
        return self.full_name or self.staff_code

    @property
    def is_staff(self):
        """Django's flag for its own admin site, which this project does not install."""
        return self.is_superuser

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name, self.given_name) if p)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.given_name

    def clean(self):
        super().clean()
        self.normalise()

    def normalise(self):
        """Clean text fields and refresh the derived sort and search keys."""
        self.staff_code = clean_text(self.staff_code).upper()
        self.email = clean_text(self.email).lower() or None
        self.family_name = clean_name(self.family_name)
        self.middle_name = clean_name(self.middle_name)
        self.given_name = clean_name(self.given_name)
        self.position = clean_text(self.position)
        self.name_sort_key = collation_key(
            self.given_name, self.middle_name, self.family_name, width=14
        )
        self.name_folded = fold(self.full_name)[:255]

    def save(self, *args, **kwargs):
        self.normalise()
        super().save(*args, **kwargs)


class HRRoleQuerySet(models.QuerySet):
    def visible_to(self, user):
        return policy_for(HRRole).narrow(self, user, "view")

    def manageable_by(self, user):
        return policy_for(HRRole).narrow(self, user, "change")

    def for_user(self, user):
        if not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(person=user, agency__is_active=True)

    def paths_for(self, user, *, manage: bool = False) -> list[str]:
        """Materialised paths of the agencies `user` holds a role for (cached on the user)."""
        cache = getattr(user, "_hr_role_paths", None)
        if cache is None:
            cache = list(self.for_user(user).values_list("agency__path", "role"))
            if user.is_authenticated:
                user._hr_role_paths = cache
        return [path for path, role in cache if not manage or role == HRRole.Role.OFFICER]


class HRRole(models.Model):
    """A person's HR role over one agency subtree."""

    class Role(models.TextChoices):
        OFFICER = "officer", _("HR officer (manage)")
        VIEWER = "viewer", _("HR viewer (read only)")

    person = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="hr_roles"
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="hr_roles"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role, default=Role.OFFICER)
    granted_by = models.ForeignKey(
        User,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    objects = HRRoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("HR role")
        verbose_name_plural = _("HR roles")
        constraints = [
            models.UniqueConstraint(fields=["person", "agency"], name="hr_role_one_per_agency")
        ]

    def __str__(self):
        return f"{self.person} · {self.get_role_display()} · {self.agency}"


def roster_path(instance, filename: str) -> str:
    """A path no one can guess: rosters hold personal data, and media may be served openly."""
    import secrets

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
