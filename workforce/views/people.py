"""The People screen: it replaces Wagtail's user management, scoped to the HR user's subtrees.

The list (with each row's actions in its "⋯" menu and a selection for activation letters) is
here; the write views are in person_forms, a person's page and learning record in
person_record, the activation letters in letters.
"""

import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from ..forms import AgencyChoiceField
from ..models import Agency, Category, User
from ..permissions import may, policy_for
from .person_forms import (
    PersonCreateView,
    PersonEditView,
    PersonInviteView,
    PersonSetActiveView,
    people_breadcrumbs,
    person_url,
)
from .person_record import GrantAttemptView, PersonDetailView
from .scoped import ScopedMenuItem

# The row actions a person's "⋯" menu may offer, by policy action.
ROW_ACTIONS = ("change", "activate_letter", "deactivate")


class SubtreeFilter(django_filters.ModelChoiceFilter):
    field_class = AgencyChoiceField

    def filter(self, queryset, value):
        return queryset.in_subtrees([value]) if value else queryset


class PersonFilterSet(WagtailFilterSet):
    agency = SubtreeFilter(
        label=_("Agency (with its units)"),
        queryset=lambda request: Agency.objects.visible_to(request.user).order_by("path"),
    )
    category = django_filters.ChoiceFilter(label=_("Category"), choices=Category.choices)
    is_active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)

    class Meta:
        model = User
        fields = []


def filtered_people(request, queryset):
    """`queryset` narrowed by the People screen's filters and search in `request.GET` (the
    letters' "everyone in this filter" uses the same)."""
    filters = PersonFilterSet(request.GET or None, queryset=queryset, request=request)
    if filters.is_valid():
        queryset = filters.qs
    query = (request.GET.get("q") or "").strip()
    return queryset.search(query) if query else queryset


class SelectColumn(Column):
    """A checkbox for the letters selection, on rows the user may print a letter for."""

    cell_template_name = "workforce/admin/person_select_cell.html"


class PersonIndexView(IndexView):
    model = User
    page_title = _("People")
    add_item_label = _("Add a person")
    header_icon = "group"
    index_url_name = "wagtailusers_users:index"
    index_results_url_name = "wagtailusers_users:index_results"
    add_url_name = "wagtailusers_users:add"
    results_template_name = "workforce/admin/person_index_results.html"
    filterset_class = PersonFilterSet
    search_fields = ["name_folded"]
    search_backend_name = None
    paginate_by = 50

    def get_base_queryset(self):
        return User.objects.visible_to(self.request.user).select_related("agency")

    def search_queryset(self, queryset):
        return queryset.search(self.search_query) if self.is_searching else queryset

    def order_queryset(self, queryset):
        return queryset.vietnamese_order()

    def get_breadcrumbs_items(self):
        return people_breadcrumbs()

    @cached_property
    def add_url(self):
        return reverse(self.add_url_name) if may(self.request.user, "add", User) else None

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        # Which rows each action is allowed on: one query per action for the whole page.
        on_page = User.objects.filter(pk__in=[row.pk for row in rows])
        policy = policy_for(User)
        self.allowed = {
            action: set(
                policy.narrow(on_page, self.request.user, action).values_list("pk", flat=True)
            )
            for action in ROW_ACTIONS
        }
        return paginator, page, rows, is_paginated

    def can(self, person, action: str) -> bool:
        return person.pk in getattr(self, "allowed", {}).get(action, ())

    def can_print_letter(self, person) -> bool:
        return person.is_active and self.can(person, "activate_letter")

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "full_name", label=_("Full name"), get_url=person_url, classname="w-text-nowrap"
            ),
            Column("staff_code", label=_("Staff code"), width="12%"),
            Column(
                "agency", label=_("Agency"), accessor=lambda p: p.agency.name if p.agency else "—"
            ),
            Column("category", label=_("Category"), accessor="get_category_display", width="16%"),
            Column("position", label=_("Position"), width="14%"),
            StatusTagColumn(
                "is_active",
                label=_("Status"),
                accessor=lambda p: _("Active") if p.is_active else _("Deactivated"),
                primary=lambda p: p.is_active,
                width="10%",
            ),
            SelectColumn("select", label=_("Select"), accessor=self.can_print_letter, width="6%"),
        ]

    def get_list_more_buttons(self, instance):
        pk = instance.pk
        buttons = [MenuItem(_("View record"), person_url(instance), icon_name="view", priority=10)]
        if self.can(instance, "change"):
            buttons.append(
                MenuItem(
                    _("Edit"),
                    reverse("wagtailusers_users:edit", args=[pk]),
                    icon_name="edit",
                    priority=20,
                )
            )
        if self.can_print_letter(instance):
            buttons.append(
                MenuItem(
                    _("Print activation letter"),
                    reverse("activation_letters:person", args=[pk]),
                    icon_name="doc-full",
                    priority=30,
                )
            )
        if self.can(instance, "deactivate"):
            buttons.append(
                MenuItem(
                    _("Deactivate") if instance.is_active else _("Reactivate"),
                    reverse("wagtailusers_users:set_active", args=[pk]),
                    icon_name="lock" if instance.is_active else "lock-open",
                    priority=40,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_print_letters"] = may(self.request.user, "activate_letter", User)
        query = self.request.GET.copy()
        query.pop("p", None)
        context["letters_for_filter_url"] = (
            f"{reverse('activation_letters:selection')}?{query.urlencode()}&all=1"
            if query
            else None
        )
        return context


class PersonViewSet(ViewSet):
    """Registered by Wagtail's users app as `wagtailusers_users` (see workforce.apps.UsersConfig)."""

    icon = "group"
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 200
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(User)

    def get_urlpatterns(self):
        return [
            path("", PersonIndexView.as_view(), name="index"),
            path("results/", PersonIndexView.as_view(results_only=True), name="index_results"),
            path("new/", PersonCreateView.as_view(), name="add"),
            path("<int:pk>/", PersonEditView.as_view(), name="edit"),
            path("<int:pk>/view/", PersonDetailView.as_view(), name="detail"),
            path("<int:pk>/active/", PersonSetActiveView.as_view(), name="set_active"),
            path("<int:pk>/invite/", PersonInviteView.as_view(), name="invite"),
            path(
                "<int:pk>/enrolments/<int:enrolment_id>/quizzes/<int:quiz_id>/extra-attempt/",
                GrantAttemptView.as_view(),
                name="grant_attempt",
            ),
        ]
