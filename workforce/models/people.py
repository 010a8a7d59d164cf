"""The people (one account and staff record each) and their HR roles."""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower, Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import policy_registry

from lms.text import clean_name, clean_text, collation_key, fold

from .agencies import Agency, subtree_condition


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
        return policy_registry.get_by_type(User).narrow(self, user, "view")

    def manageable_by(self, user):
        """People `user` may change: in their subtrees, and with no rights reaching beyond them
        (workforce.permissions.PersonScopePolicy says why)."""
        return policy_registry.get_by_type(User).narrow(self, user, "change")

    def search(self, text: str):
        """Accent-insensitive search on names; the start of a staff code ("AUDIT" finds
        AUDIT001) and a whole e-mail address match too."""
        words = fold(text).split()
        if not words:
            return self
        condition = Q()
        for word in words:
            condition &= Q(name_folded__contains=word)
        text = clean_text(text)
        # Staff codes are kept in capitals, so a case-sensitive prefix match can use the
        # pattern index (user_staff_code_prefix) where istartswith could not.
        return self.filter(
            condition | Q(staff_code__startswith=text.upper()) | Q(email__iexact=text)
        )

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
        indexes = [
            models.Index(fields=["agency", "is_active"], name="user_agency_active"),
            # Prefix search on staff codes (PostgreSQL; other databases ignore the opclass).
            models.Index(
                fields=["staff_code"],
                name="user_staff_code_prefix",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

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
        return policy_registry.get_by_type(HRRole).narrow(self, user, "view")

    def manageable_by(self, user):
        return policy_registry.get_by_type(HRRole).narrow(self, user, "change")

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
