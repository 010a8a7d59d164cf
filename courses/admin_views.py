"""HR in the admin: assignments of courses and programmes to their agency subtrees."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import HeaderButton

from workforce.forms import DateInput
from workforce.models import Agency, Category, HRRole
from workforce.views.base import (
    ScopedForm,
    ScopedFormView,
    agency_scoped_object,
    breadcrumbs,
    require,
)

from . import services
from .models import Assignment, CoursePage, ProgrammePage


def can_see_assignments(user) -> bool:
    return bool(HRRole.objects.paths_for(user)) or user.has_perm("courses.view_assignment")


def can_assign(user) -> bool:
    return bool(HRRole.objects.paths_for(user, manage=True)) or user.has_perm(
        "courses.add_assignment"
    )


def _breadcrumbs(extra=None):
    return breadcrumbs("assignments:index", _("Assignments"), extra)


class AssignmentIndexView(IndexView):
    model = Assignment
    permission_policy = None  # access follows HR roles; rows follow their scope
    page_title = _("Assignments")
    header_icon = "calendar-check"
    index_url_name = "assignments:index"
    index_results_url_name = "assignments:index_results"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not can_see_assignments(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return Assignment.objects.visible_to(self.request.user).select_related(
            "course", "programme", "agency"
        )

    def order_queryset(self, queryset):
        return queryset.order_by("-created_at", "-pk")

    def get_breadcrumbs_items(self):
        return _breadcrumbs()

    @cached_property
    def header_buttons(self):
        if not can_assign(self.request.user):
            return []
        return [HeaderButton(_("Assign"), url=reverse("assignments:add"), icon_name="plus")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = context.get("object_list") or []
        self.manageable_ids = set(
            Assignment.objects.filter(
                pk__in=[row.pk for row in rows],
                agency__in=Agency.objects.manageable_by(self.request.user),
                cancelled_at__isnull=True,
            ).values_list("pk", flat=True)
        )
        return context

    def edit_url(self, assignment):
        if assignment.pk in getattr(self, "manageable_ids", ()):
            return reverse("assignments:edit", args=[assignment.pk])
        return None

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "page",
                label=_("Course or programme"),
                accessor=lambda a: a.page.title,
                get_url=self.edit_url,
            ),
            Column("agency", label=_("Agency"), accessor=lambda a: a.agency.name),
            Column("categories", label=_("Staff categories"), accessor="category_labels"),
            DateColumn("due_on", label=_("Due date")),
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
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
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
        self.fields["agency"].queryset = Agency.objects.manageable_by(user).filter(is_active=True)
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


class AssignView(ScopedFormView):
    page_title = _("Assign a course or programme")
    submit_button_label = _("Assign")
    success_message = _("Assigned: %(object)s. Its people are being enrolled.")
    header_icon = "calendar-check"
    form_class = AssignmentForm

    def allowed(self, user):
        return can_assign(user)

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

    def perform(self, form):
        from wagtail.models import Page

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


def _manageable_assignment(user, pk) -> Assignment:
    require(can_assign(user))
    assignments = Assignment.objects.select_related("course", "programme", "agency")
    return agency_scoped_object(assignments, user, pk)


class AssignmentChangeForm(ScopedForm):
    due_on = forms.DateField(label=_("Due date"), widget=DateInput)
    mandatory = forms.BooleanField(label=_("Mandatory"), required=False)


class AssignmentEditView(ScopedFormView):
    page_title = _("Change an assignment")
    submit_button_label = _("Save")
    success_message = _("Assignment changed: %(object)s.")
    header_icon = "calendar-check"
    form_class = AssignmentChangeForm
    template_name = "courses/admin/assignment_edit.html"

    def allowed(self, user):
        self.assignment = _manageable_assignment(user, self.kwargs["pk"])
        return True

    def get_initial(self):
        return {"due_on": self.assignment.due_on, "mandatory": self.assignment.mandatory}

    def get_page_subtitle(self):
        return str(self.assignment)

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

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


class AssignmentCancelView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/assignment_cancel.html"
    page_title = _("Cancel an assignment")
    header_icon = "calendar-check"

    def dispatch(self, request, *args, **kwargs):
        self.assignment = _manageable_assignment(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

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

    @property
    def menu_item_class(self):
        class Item(MenuItem):
            def is_shown(self, request):
                return can_see_assignments(request.user)

        return Item

    def get_urlpatterns(self):
        return [
            path("", AssignmentIndexView.as_view(), name="index"),
            path("results/", AssignmentIndexView.as_view(results_only=True), name="index_results"),
            path("add/", AssignView.as_view(), name="add"),
            path("<int:pk>/", AssignmentEditView.as_view(), name="edit"),
            path("<int:pk>/cancel/", AssignmentCancelView.as_view(), name="cancel"),
        ]
