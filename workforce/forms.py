"""Forms for sign-up and for the admin screens. They validate; services write."""

from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.text import clean_name, clean_text

from .models import Agency, AgencyKind, HRRole, User


class DateInput(forms.DateInput):
    """The browser's own date picker (yyyy-mm-dd), which needs no inline script: Wagtail's
    AdminDateInput writes one, and the Content-Security-Policy runs none."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (used only when sign-up is open)."""

    family_name = forms.CharField(label=_("Family name"), max_length=64)
    middle_name = forms.CharField(label=_("Middle name"), max_length=64, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=64)

    field_order = ["family_name", "middle_name", "given_name", "email", "username"]

    def signup(self, request, user):
        """allauth calls this after saving; the names were set by the adapter."""


class AgencyChoiceIterator(forms.models.ModelChoiceIterator):
    """The options at once, then their ancestors' names in one query (materialised paths)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        agencies = list(self.queryset)
        top = min((agency.depth for agency in agencies), default=1)
        names = ancestor_names(agencies, from_depth=top)
        for agency in agencies:
            yield (
                forms.models.ModelChoiceIteratorValue(self.field.prepare_value(agency), agency),
                self.field.label_with_path(agency, names),
            )


def ancestor_names(agencies, *, from_depth: int = 1) -> dict[str, str]:
    """Path → name of every ancestor of `agencies` at `from_depth` or deeper, in one query."""
    steplen = Agency.steplen
    paths = {
        agency.path[: steplen * depth]
        for agency in agencies
        for depth in range(from_depth, agency.depth)
    }
    if not paths:
        return {}
    return dict(Agency.objects.filter(path__in=paths).values_list("path", "name"))


class AgencyChoiceField(forms.ModelChoiceField):
    """An agency picker in tree order, each option named with its parents ("Sở Nội vụ › Phòng
    Hành chính - Tổng hợp") so that units of one name in several places are told apart. The
    path starts at the highest agency offered, so an officer does not read their province on
    every line. Closed agencies are left out unless `include_closed`.

    AgencyChoiceField(queryset=..., include_closed=False, **ModelChoiceField's arguments)
    """

    iterator = AgencyChoiceIterator
    separator = " › "

    def __init__(self, queryset, *, include_closed: bool = False, **kwargs):
        self.include_closed = include_closed
        super().__init__(queryset=queryset, **kwargs)

    def _set_queryset(self, queryset):
        if queryset is not None:
            if not self.include_closed:
                queryset = queryset.filter(is_active=True)
            queryset = queryset.order_by("path")
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)

    def label_with_path(self, agency, names: dict[str, str]) -> str:
        steplen = agency.steplen
        parents = [
            names[agency.path[: steplen * depth]]
            for depth in range(1, agency.depth)
            if agency.path[: steplen * depth] in names
        ]
        label = self.separator.join([*parents, agency.name])
        return label if agency.is_active else f"{label} ({_('closed')})"

    def label_from_instance(self, obj):
        return self.label_with_path(obj, ancestor_names([obj]))


def _effective_on_field():
    return forms.DateField(
        label=_("Effective from"),
        initial=timezone.localdate,
        widget=DateInput,
        help_text=_(
            "The date the decision takes effect; reports for earlier dates keep the old state."
        ),
    )


class AgencyCreateForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=32)
    name = forms.CharField(label=_("Name"), max_length=255)
    kind = forms.ChoiceField(label=_("Kind"), choices=AgencyKind.choices, initial=AgencyKind.UNIT)
    parent = None  # set per request
    effective_on = None

    def __init__(self, *args, parents, require_parent: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"] = AgencyChoiceField(
            queryset=parents, label=_("Parent agency"), required=require_parent
        )
        self.fields["effective_on"] = _effective_on_field()

    def clean_code(self):
        code = clean_text(self.cleaned_data["code"]).upper()
        if Agency.objects.filter(code__iexact=code).exists():
            raise forms.ValidationError(_("An agency with this code already exists."))
        return code


class AgencyRenameForm(forms.Form):
    name = forms.CharField(label=_("New name"), max_length=255)
    note = forms.CharField(
        label=_("Decision or note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["effective_on"] = _effective_on_field()


class AgencyMoveForm(forms.Form):
    note = forms.CharField(
        label=_("Decision or note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, agency: Agency, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_parent"] = AgencyChoiceField(
            queryset=targets.exclude(path__startswith=agency.path),
            label=_("New parent agency"),
        )
        self.fields["effective_on"] = _effective_on_field()
        self.order_fields(["new_parent", "effective_on", "note"])


class AgencyMergeForm(forms.Form):
    note = forms.CharField(
        label=_("Decision or note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    confirm = forms.BooleanField(
        label=_("I understand that this agency will close and its people and units will move."),
    )

    def __init__(self, *args, agency: Agency, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"] = AgencyChoiceField(
            queryset=targets.exclude(path__startswith=agency.path),
            label=_("Merge into"),
        )
        self.fields["effective_on"] = _effective_on_field()
        self.order_fields(["into", "effective_on", "note", "confirm"])


class AgencyCloseForm(forms.Form):
    note = forms.CharField(
        label=_("Decision or note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    confirm = forms.BooleanField(label=_("Close this agency."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["effective_on"] = _effective_on_field()
        self.order_fields(["effective_on", "note", "confirm"])


class PersonForm(forms.ModelForm):
    """Create or edit a person. Administrators also see sign-in rights (groups, superuser)."""

    class Meta:
        model = User
        fields = [
            "staff_code",
            "family_name",
            "middle_name",
            "given_name",
            "email",
            "date_of_birth",
            "gender",
            "category",
            "position",
            "agency",
        ]
        widgets = {"date_of_birth": DateInput}

    def __init__(self, *args, agencies, can_grant_rights: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"] = AgencyChoiceField(queryset=agencies, label=_("Agency"))
        self.fields["category"].required = True
        if can_grant_rights:
            self.fields["groups"] = forms.ModelMultipleChoiceField(
                queryset=Group.objects.order_by("name"),
                required=False,
                label=_("Groups"),
                widget=forms.CheckboxSelectMultiple,
                initial=self.instance.groups.all() if self.instance.pk else None,
            )
            self.fields["is_superuser"] = forms.BooleanField(
                label=_("Administrator (all permissions)"),
                required=False,
                initial=self.instance.is_superuser,
            )

    def clean_staff_code(self):
        code = clean_text(self.cleaned_data["staff_code"]).upper()
        others = User.objects.filter(staff_code__iexact=code).exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Another person already has this staff code."))
        return code

    def clean_email(self):
        email = clean_text(self.cleaned_data.get("email")).lower() or None
        if email and (
            User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists()
            or EmailAddress.objects.filter(email__iexact=email)
            .exclude(user_id=self.instance.pk)
            .exists()
        ):
            raise forms.ValidationError(_("Another person already uses this e-mail address."))
        return email

    def clean_family_name(self):
        return clean_name(self.cleaned_data["family_name"])

    def clean_middle_name(self):
        return clean_name(self.cleaned_data["middle_name"])

    def clean_given_name(self):
        return clean_name(self.cleaned_data["given_name"])

    def clean_date_of_birth(self):
        born = self.cleaned_data.get("date_of_birth")
        if born and born >= timezone.localdate():
            raise forms.ValidationError(_("The date of birth must be in the past."))
        return born

    def person_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class HRRoleForm(forms.Form):
    staff_code = forms.CharField(
        label=_("Staff code of the person"),
        max_length=32,
        help_text=_("The person must work in an agency you manage."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=HRRole.Role.choices)

    def __init__(self, *args, agencies, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = people
        self.fields["agency"] = AgencyChoiceField(queryset=agencies, label=_("Agency subtree"))
        self.order_fields(["staff_code", "agency", "role"])

    def clean_staff_code(self):
        code = clean_text(self.cleaned_data["staff_code"])
        person = self.people.active().filter(staff_code__iexact=code).first()
        if person is None:
            raise forms.ValidationError(
                _("No active person with this staff code in your agencies.")
            )
        self.cleaned_data["person"] = person
        return code


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file"),
        help_text=_("Excel (.xlsx) or CSV in UTF-8, with the headers of the template."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deactivate_missing"] = AgencyChoiceField(
            queryset=Agency.objects.manageable_by(user),
            label=_("Deactivate people missing from the file"),
            required=False,
            empty_label=_("No: only add and update"),
            help_text=_(
                "Choose an agency to deactivate its people (and those of its units) who are not "
                "in the file. They keep their records and can be reactivated."
            ),
        )
