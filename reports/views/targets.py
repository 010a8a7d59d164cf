"""Plan targets as a Wagtail ModelViewSet on the one scope policy: a list with Wagtail's row
buttons and filters, forms whose agency field is the tree-aware chooser, and writes that go
through reports.services (validation, audit entries)."""

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import ProgrammePage
from lms.spreadsheets import VietnameseSpreadsheetExportMixin
from workforce.forms import AgencyChoiceField, ancestor_names
from workforce.models import Agency
from workforce.permissions import may, policy_for
from workforce.views.scoped import ManageableRowsMixin, scoped_object

from .. import services
from ..models import PLAN_YEARS, PlanTarget

SHARE_HELP = _(
    "The share of the agency's staff, units included, to have completed the programme by 31 December."
)


class TargetForm(WagtailAdminModelForm):
    """A new target: the agency (only those the user manages and that are open, shown in
    tree order with their parents), the programme, the year and the share."""

    agency = AgencyChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=ProgrammePage.objects.none())
    year = forms.TypedChoiceField(
        label=_("Year"), coerce=int, choices=[(year, str(year)) for year in PLAN_YEARS]
    )
    share = forms.IntegerField(
        label=_("Target share of staff trained (%)"),
        min_value=1,
        max_value=100,
        help_text=SHARE_HELP,
    )

    class Meta:
        model = PlanTarget
        fields = ["agency", "programme", "year", "share"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The chooser leaves closed agencies out and lists in tree order with parents' names.
        self.fields["agency"].queryset = Agency.objects.manageable_by(self.for_user)
        self.fields["programme"].queryset = ProgrammePage.objects.live().order_by("title")
        if not self.is_bound:
            this_year = timezone.localdate().year
            self.initial.setdefault("year", max(min(this_year, PLAN_YEARS[-1]), PLAN_YEARS[0]))

    def validate_unique(self):
        """Setting a target that exists changes it (reports.services.set_target)."""


class TargetShareForm(WagtailAdminModelForm):
    """Editing a target changes its share; agency, programme and year make the target."""

    share = TargetForm.base_fields["share"]

    class Meta:
        model = PlanTarget
        fields = ["share"]


class ScopedTargetMixin:
    """A target the user may see (404 outside their subtrees, so scope does not leak), and,
    for a write (`object_action`), may take that action on (403)."""

    object_action = None

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        target = scoped_object(PlanTarget, self.request.user, pk, manage=False)
        if self.object_action and not may(self.request.user, self.object_action, target):
            raise PermissionDenied
        return target


class ServiceSaveMixin:
    """Saves through reports.services.set_target; its ValidationError shows on the form."""

    def save_instance(self):
        data = self.form.cleaned_data
        target = self.form.instance
        return services.set_target(
            agency=data.get("agency") or target.agency,
            programme=data.get("programme") or target.programme,
            year=data.get("year") or target.year,
            share=data["share"],
            actor=self.request.user,
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            errors = error.error_dict if hasattr(error, "error_dict") else {None: error.messages}
            for field, messages in errors.items():
                form.add_error(field if field in form.fields else None, messages)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class TargetIndexView(VietnameseSpreadsheetExportMixin, ManageableRowsMixin, generic.IndexView):
    page_title = _("Plan targets 2025–2030")
    template_name = "reports/admin/targets_index.html"
    list_export = ["year", "agency.name", "agency.code", "programme.title", "share", "updated_at"]
    export_headings = {
        "year": _("Year"),
        "agency.name": _("Agency"),
        "agency.code": _("Agency code"),
        "programme.title": _("Programme"),
        "share": _("Target (%)"),
        "updated_at": _("Updated at"),
    }
    export_filename = "chi-tieu-ke-hoach"
    export_sheet_title = _("Plan targets")

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("agency", "programme")
        return policy_for(PlanTarget).narrow(queryset, self.request.user, "view")

    @property
    def columns(self):
        return [
            # The buttons column Wagtail builds: it carries the row's "⋯" buttons.
            self._get_title_column_class(TitleColumn)(
                "agency",
                label=_("Agency"),
                accessor=self.agency_label,
                sort_key="agency__path",
                get_url=self.get_edit_url,
            ),
            Column("programme", label=_("Programme"), accessor="programme.title"),
            Column("year", label=_("Year"), sort_key="year"),
            Column("share", label=_("Target (%)"), sort_key="share"),
            Column("updated_at", label=_("Updated at"), accessor=updated_at_text),
        ]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        agencies = [target.agency for target in rows]
        top = min((agency.depth for agency in agencies), default=1)
        self.agency_names = ancestor_names(agencies, from_depth=top)
        return paginator, page, rows, is_paginated

    def agency_label(self, target) -> str:
        """The agency with its parents, as the chooser names it: units of one name differ."""
        names = getattr(self, "agency_names", {})
        return self.agency_field.label_with_path(target.agency, names)

    @cached_property
    def agency_field(self) -> AgencyChoiceField:
        return AgencyChoiceField(queryset=None)

    def get_edit_url(self, instance):
        if self.can_manage(instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.can_manage(instance):
            return super().get_delete_url(instance)
        return None


def updated_at_text(target) -> str:
    """The moment in Vietnam time, as a date and a time: never "N minutes ago"."""
    return timezone.localtime(target.updated_at).strftime("%d/%m/%Y %H:%M")


class TargetCreateView(ServiceSaveMixin, generic.CreateView):
    page_title = _("Set a plan target")
    success_message = _("Target saved: %(object)s.")


class TargetEditView(ScopedTargetMixin, ServiceSaveMixin, generic.EditView):
    object_action = "change"
    success_message = _("Target saved: %(object)s.")


class TargetDeleteView(ScopedTargetMixin, generic.DeleteView):
    object_action = "delete"
    page_title = _("Remove a plan target")

    @property
    def confirmation_message(self):
        target = self.object
        return gettext(
            "Remove the %(year)s target of %(share)s%% for %(agency)s in “%(programme)s”? "
            "The dashboard will no longer compare the agency with it."
        ) % {
            "year": target.year,
            "share": target.share,
            "agency": target.agency.name,
            "programme": target.programme.title,
        }

    def delete_action(self):
        services.remove_target(target=self.object, actor=self.request.user)

    def get_success_message(self):
        return gettext("Target removed.")


class TargetHistoryView(ScopedTargetMixin, HistoryView):
    pass


class PlanTargetViewSet(ModelViewSet):
    model = PlanTarget
    name = "plan_targets"
    url_prefix = "reports/targets"
    icon = "crosshairs"
    menu_label = _("Plan targets")
    list_filter = ["year", "programme"]
    copy_view_enabled = False  # a target is set, not copied
    index_view_class = TargetIndexView
    add_view_class = TargetCreateView
    edit_view_class = TargetEditView
    delete_view_class = TargetDeleteView
    history_view_class = TargetHistoryView

    @property
    def permission_policy(self):
        return policy_for(PlanTarget)

    def get_common_view_kwargs(self, **kwargs):
        # Nothing refers to a target: no "used 0 times" panel or notice.
        return super().get_common_view_kwargs(**{"usage_url_name": None, **kwargs})

    def get_urlpatterns(self):
        """Wagtail's views at the addresses the targets always had (/add/, /<pk>/, …)."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("add/", self.add_view, name="add"),
            path("<int:pk>/", self.edit_view, name="edit"),
            path("<int:pk>/delete/", self.delete_view, name="delete"),
            path("<int:pk>/history/", self.history_view, name="history"),
            path("<int:pk>/history/results/", self.history_results_view, name="history_results"),
        ]

    def get_form_class(self, for_update=False):
        return TargetShareForm if for_update else TargetForm
