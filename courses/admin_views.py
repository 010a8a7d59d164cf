"""HR in the admin: assignments of courses and programmes to their agency subtrees."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.models import Page

from lms.admin.views import IndexCrumbsMixin
from workforce.forms import AgencyChoiceField, DateInput
from workforce.models import Agency, Category
from workforce.permissions import may
from workforce.views.scoped import (
    ScopedForm,
    ScopedFormView,
    ScopedIndexMixin,
    ScopedMenuItem,
    scoped_object,
)

from . import services
from .models import Assignment, CoursePage, ProgrammePage


class AssignmentCrumbs(IndexCrumbsMixin):
    index_url_name = "assignments:index"
    index_label = _("Assignments")


class AssignmentIndexView(ScopedIndexMixin, IndexView):
    model = Assignment
    page_title = _("Assignments")
    header_icon = "calendar-check"
    index_url_name = "assignments:index"
    index_results_url_name = "assignments:index_results"
    add_url_name = "assignments:add"
    paginate_by = 50

    def get_base_queryset(self):
        return Assignment.objects.visible_to(self.request.user).select_related(
            "course", "programme", "agency"
        )

    def order_queryset(self, queryset):
        return queryset.order_by("-created_at", "-pk")

    def get_add_url(self):
        return reverse("assignments:add") if may(self.request.user, "add", Assignment) else None

    @cached_property
    def add_button(self):
        return HeaderButton(_("Assign"), url=self.add_url, icon_name="plus")

    def edit_url(self, assignment):
        if not assignment.is_cancelled and self.may_on("change", assignment):
            return reverse("assignments:edit", args=[assignment.pk])
        return None

    def get_list_more_buttons(self, instance):
        if not self.edit_url(instance):
            return []
        return [
            Button(_("Edit"), url=self.edit_url(instance), icon_name="edit", priority=10),
            Button(
                _("Cancel the assignment"),
                url=reverse("assignments:cancel", args=[instance.pk]),
                icon_name="cross",
                priority=20,
            ),
        ]

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "page",
                label=_("Course or programme"),
                accessor=lambda a: a.page.title,
                get_url=self.edit_url,
            ),
            Column("agency", label=_("Agency"), accessor=lambda a: a.agency.name),
            Column("categories", label=_("Staff categories"), accessor="category_labels"),
            Column(
                "due_on",
                label=_("Due date"),
                accessor=lambda a: a.due_on.strftime("%d/%m/%Y"),
                width="12%",
            ),
            Column(
                "mandatory",
                label=_("Mandatory"),
                accessor=lambda a: _("Yes") if a.mandatory else _("No"),
            ),
            Column(
                "cancelled_at",
                label=_("Status"),
                accessor=lambda a: (
                    _("Cancelled on %(date)s")
                    % {"date": timezone.localtime(a.cancelled_at).strftime("%d/%m/%Y")}
                    if a.is_cancelled
                    else _("In force")
                ),
            ),
        ]


class AssignmentForm(forms.Form):
    page = forms.TypedChoiceField(label=_("Course or programme"), coerce=int)
    agency = AgencyChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    categories = forms.MultipleChoiceField(
        label=_("Only these staff categories"),
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: everyone in the agency and its units."),
    )
    due_on = forms.DateField(label=_("Due date"), widget=DateInput)
    mandatory = forms.BooleanField(label=_("Mandatory"), required=False, initial=True)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.manageable_by(user)
        programmes = ProgrammePage.objects.live().order_by("title")
        courses = CoursePage.objects.live().order_by("title")
        self.fields["page"].choices = [
            ("", "---------"),
            (_("Programmes"), [(p.pk, p.title) for p in programmes]),
            (
                _("Courses"),
                [(c.pk, f"{c.code} · {c.title}" if c.code else c.title) for c in courses],
            ),
        ]

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date has passed."))
        return due_on


class AssignView(AssignmentCrumbs, ScopedFormView):
    page_title = _("Assign a course or programme")
    submit_button_label = _("Assign")
    success_message = _("Assigned: %(object)s. Its people are being enrolled.")
    header_icon = "calendar-check"
    form_class = AssignmentForm
    permission_model = Assignment

    def perform(self, form):
        data = form.cleaned_data
        return services.assign(
            page=Page.objects.get(pk=data["page"]),
            agency=data["agency"],
            due_on=data["due_on"],
            categories=data["categories"],
            mandatory=data["mandatory"],
            actor=self.request.user,
        )

    def get_success_url(self):
        return reverse("assignments:index")


def _manageable_assignment(user, pk, action: str) -> Assignment:
    """An assignment the user may change (404 outside their scope, 403 for a viewer)."""
    assignments = Assignment.objects.select_related("course", "programme", "agency")
    return scoped_object(Assignment, user, pk, action=action, queryset=assignments)


class AssignmentChangeForm(ScopedForm):
    due_on = forms.DateField(label=_("Due date"), widget=DateInput)
    mandatory = forms.BooleanField(label=_("Mandatory"), required=False)


class AssignmentEditView(AssignmentCrumbs, ScopedFormView):
    page_title = _("Change an assignment")
    submit_button_label = _("Save")
    success_message = _("Assignment changed: %(object)s.")
    header_icon = "calendar-check"
    form_class = AssignmentChangeForm
    template_name = "courses/admin/assignment_edit.html"

    def allowed(self, user):
        self.assignment = _manageable_assignment(user, self.kwargs["pk"], "change")
        return True

    def get_initial(self):
        return {"due_on": self.assignment.due_on, "mandatory": self.assignment.mandatory}

    def get_page_subtitle(self):
        return str(self.assignment)

    @cached_property
    def header_buttons(self):
        if self.assignment.is_cancelled:
            return []
        url = reverse("assignments:cancel", args=[self.assignment.pk])
        return [HeaderButton(_("Cancel the assignment"), url=url, icon_name="cross")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(assignment=self.assignment, **kwargs)

    def perform(self, form):
        return services.change_assignment(
            assignment=self.assignment,
            due_on=form.cleaned_data["due_on"],
            mandatory=form.cleaned_data["mandatory"],
            actor=self.request.user,
        )

    def get_success_url(self):
        return reverse("assignments:index")


class AssignmentCancelView(AssignmentCrumbs, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/assignment_cancel.html"
    page_title = _("Cancel an assignment")
    header_icon = "calendar-check"

    def dispatch(self, request, *args, **kwargs):
        self.assignment = _manageable_assignment(request.user, kwargs["pk"], "cancel")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(assignment=self.assignment, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            services.cancel_assignment(assignment=self.assignment, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Assignment cancelled: %(object)s.") % {"object": self.assignment}
            )
        return redirect("assignments:index")


class AssignmentViewSet(ViewSet):
    name = "assignments"
    url_prefix = "assignments"
    icon = "calendar-check"
    menu_icon = "calendar-check"
    menu_label = _("Assignments")
    menu_order = 210
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(Assignment)

    def get_urlpatterns(self):
        return [
            path("", AssignmentIndexView.as_view(), name="index"),
            path("results/", AssignmentIndexView.as_view(results_only=True), name="index_results"),
            path("add/", AssignView.as_view(), name="add"),
            path("<int:pk>/", AssignmentEditView.as_view(), name="edit"),
            path("<int:pk>/cancel/", AssignmentCancelView.as_view(), name="cancel"),
        ]
