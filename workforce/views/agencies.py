"""Admin screens for the agency tree: browse level by level, search, create, rename, move,
merge, close, and the dated history. Everyone sees only the subtrees their HR roles cover."""

from django.db.models import Count
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import policy_registry

from .. import services
from ..forms import (
    AgencyCloseForm,
    AgencyCreateForm,
    AgencyMergeForm,
    AgencyMoveForm,
    AgencyRenameForm,
)
from ..models import Agency, AgencyChange, HRRole, User
from ..permissions import outermost
from .base import ManageableRowsMixin, ScopedMenuItem, ServiceFormView, require, scoped_object


def head_counts(agencies) -> dict[int, int]:
    """Active people in each agency's whole subtree, in one query."""
    agencies = list(agencies)
    if not agencies:
        return {}
    rows = (
        User.objects.active()
        .in_subtrees(agencies)
        .values("agency__path")
        .annotate(people=Count("pk"))
        .values_list("agency__path", "people")
    )
    counts = {agency.pk: 0 for agency in agencies}
    for agency_path, people in rows:
        for agency in agencies:
            if agency_path.startswith(agency.path):
                counts[agency.pk] += people
    return counts


def breadcrumbs_for(user, agency: Agency | None) -> list[dict]:
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("agencies:index"), "label": _("Agencies")},
    ]
    if agency is None:
        return items
    visible = Agency.objects.visible_to(user)
    chain = [*visible.filter(pk__in=[a.pk for a in agency.get_ancestors()]), agency]
    items += [
        {"url": reverse("agencies:index") + f"?parent={node.pk}", "label": node.name}
        for node in chain
    ]
    return items


class AgencyIndexView(ManageableRowsMixin, IndexView):
    model = Agency
    page_title = _("Agencies")
    add_item_label = _("Add an agency")
    header_icon = "folder-open-inverse"
    index_url_name = "agencies:index"
    index_results_url_name = "agencies:index_results"
    add_url_name = "agencies:add"
    search_fields = ["name"]
    search_backend_name = None
    paginate_by = 50

    @cached_property
    def parent(self) -> Agency | None:
        parent_id = self.request.GET.get("parent")
        if not parent_id:
            return None
        return scoped_object(Agency, self.request.user, parent_id, manage=False)

    def get_base_queryset(self):
        user = self.request.user
        visible = Agency.objects.visible_to(user)
        if self.parent is not None:
            if self.is_searching:
                return visible.filter(path__startswith=self.parent.path)
            return visible.filter(path__startswith=self.parent.path, depth=self.parent.depth + 1)
        if self.is_searching:
            return visible
        if user.has_perm("workforce.view_agency"):
            return visible.filter(depth=1)
        return visible.filter(path__in=outermost(HRRole.objects.paths_for(user)))

    def search_queryset(self, queryset):
        return queryset.search(self.search_query) if self.is_searching else queryset

    def order_queryset(self, queryset):
        return queryset.order_by("-is_active", "sort_key", "pk")

    def get_add_url(self):
        if (
            self.parent is not None
            and self.parent.is_active
            and Agency.objects.manageable_by(self.request.user).filter(pk=self.parent.pk).exists()
        ):
            return reverse("agencies:add") + f"?parent={self.parent.pk}"
        if self.parent is None and self.request.user.has_perm("workforce.add_agency"):
            return reverse("agencies:add")
        return None

    def get_breadcrumbs_items(self):
        return breadcrumbs_for(self.request.user, self.parent)

    def get_page_subtitle(self):
        return self.parent.name if self.parent else ""

    @cached_property
    def counts(self):
        return head_counts(self.object_list)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "name",
                label=_("Name"),
                get_url=lambda agency: reverse("agencies:index") + f"?parent={agency.pk}",
            ),
            Column("code", label=_("Code"), width="12%"),
            Column("kind", label=_("Kind"), accessor="get_kind_display", width="14%"),
            Column(
                "people",
                label=_("People"),
                accessor=lambda agency: self.counts.get(agency.pk, 0),
                width="10%",
            ),
            StatusTagColumn(
                "is_active",
                label=_("Status"),
                accessor=lambda agency: _("Active") if agency.is_active else _("Closed"),
                primary=lambda agency: agency.is_active,
                width="12%",
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = [
            MenuItem(
                _("History"), reverse("agencies:history", args=[instance.pk]), icon_name="history"
            ),
        ]
        if self.can_manage(instance) and instance.is_active:
            buttons = [
                MenuItem(
                    _("Add a unit"),
                    reverse("agencies:add") + f"?parent={instance.pk}",
                    icon_name="plus",
                ),
                MenuItem(
                    _("Rename"), reverse("agencies:rename", args=[instance.pk]), icon_name="edit"
                ),
                MenuItem(
                    _("Move"),
                    reverse("agencies:move", args=[instance.pk]),
                    icon_name="arrow-right-full",
                ),
                MenuItem(
                    _("Merge into another agency"),
                    reverse("agencies:merge", args=[instance.pk]),
                    icon_name="resubmit",
                ),
                MenuItem(
                    _("Close"), reverse("agencies:close", args=[instance.pk]), icon_name="cross"
                ),
                *buttons,
            ]
        return buttons


class AgencyActionView(ServiceFormView):
    """One change to one agency the user manages."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.agency = scoped_object(Agency, request.user, kwargs["pk"], manage=True)

    def dispatch(self, request, *args, **kwargs):
        require(self.agency.is_active)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.agency.name

    def get_breadcrumbs_items(self):
        return [
            *breadcrumbs_for(self.request.user, self.agency),
            {"url": "", "label": self.page_title},
        ]

    def get_success_url(self):
        parent = self.result.get_parent(update=True)
        return reverse("agencies:index") + (f"?parent={parent.pk}" if parent else "")

    def targets(self):
        return Agency.objects.manageable_by(self.request.user)


class AgencyCreateView(ServiceFormView):
    page_title = _("Add an agency")
    submit_button_label = _("Create")
    success_message = _("Agency “%(object)s” created.")
    form_class = AgencyCreateForm

    def get_form_kwargs(self):
        user = self.request.user
        kwargs = super().get_form_kwargs()
        kwargs["parents"] = Agency.objects.manageable_by(user)
        kwargs["require_parent"] = not user.has_perm("workforce.add_agency")
        return kwargs

    def get_initial(self):
        return {"parent": self.request.GET.get("parent")}

    def dispatch(self, request, *args, **kwargs):
        require(policy_registry.get_by_type(Agency).user_has_permission(request.user, "add"))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*breadcrumbs_for(self.request.user, None), {"url": "", "label": self.page_title}]

    def perform(self, form):
        data = form.cleaned_data
        self.created = services.create_agency(
            code=data["code"],
            name=data["name"],
            kind=data["kind"],
            parent=data["parent"],
            effective_on=data["effective_on"],
            actor=self.request.user,
        )
        return self.created

    def get_success_url(self):
        parent = self.created.get_parent(update=True)
        return reverse("agencies:index") + (f"?parent={parent.pk}" if parent else "")


class AgencyRenameView(AgencyActionView):
    page_title = _("Rename")
    submit_button_label = _("Rename")
    success_message = _("Agency renamed to “%(object)s”.")
    form_class = AgencyRenameForm

    def get_initial(self):
        return {"name": self.agency.name}

    def perform(self, form):
        data = form.cleaned_data
        return services.rename_agency(
            agency=self.agency,
            name=data["name"],
            effective_on=data["effective_on"],
            note=data["note"],
            actor=self.request.user,
        )


class AgencyMoveView(AgencyActionView):
    page_title = _("Move")
    submit_button_label = _("Move")
    success_message = _("Agency “%(object)s” moved.")
    form_class = AgencyMoveForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agency": self.agency, "targets": self.targets()}

    def perform(self, form):
        data = form.cleaned_data
        return services.move_agency(
            agency=self.agency,
            new_parent=data["new_parent"],
            effective_on=data["effective_on"],
            note=data["note"],
            actor=self.request.user,
        )


class AgencyMergeView(AgencyActionView):
    page_title = _("Merge into another agency")
    submit_button_label = _("Merge")
    success_message = _("Agency “%(object)s” merged and closed.")
    form_class = AgencyMergeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agency": self.agency, "targets": self.targets()}

    def perform(self, form):
        data = form.cleaned_data
        return services.merge_agency(
            agency=self.agency,
            into=data["into"],
            effective_on=data["effective_on"],
            note=data["note"],
            actor=self.request.user,
        )


class AgencyCloseView(AgencyActionView):
    page_title = _("Close")
    submit_button_label = _("Close agency")
    success_message = _("Agency “%(object)s” closed.")
    form_class = AgencyCloseForm

    def perform(self, form):
        data = form.cleaned_data
        return services.close_agency(
            agency=self.agency,
            effective_on=data["effective_on"],
            note=data["note"],
            actor=self.request.user,
        )


class AgencyHistoryView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/agency_history.html"
    page_title = _("History")
    header_icon = "history"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.agency = scoped_object(Agency, request.user, kwargs["pk"], manage=False)

    def get_page_subtitle(self):
        return self.agency.name

    def get_breadcrumbs_items(self):
        return [
            *breadcrumbs_for(self.request.user, self.agency),
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        changes = (
            AgencyChange.objects.filter(agency=self.agency)
            .select_related("parent", "other_agency", "actor")
            .order_by("-effective_on", "-recorded_at", "-pk")
        )
        return super().get_context_data(agency=self.agency, changes=changes, **kwargs)


class AgencyViewSet(ViewSet):
    name = "agencies"
    url_prefix = "agencies"
    icon = "folder-open-inverse"
    menu_label = _("Agencies")
    menu_order = 210
    add_to_admin_menu = True

    def get_urlpatterns(self):
        index = AgencyIndexView.as_view()
        return [
            path("", index, name="index"),
            path("results/", AgencyIndexView.as_view(results_only=True), name="index_results"),
            path("new/", AgencyCreateView.as_view(), name="add"),
            path("<int:pk>/rename/", AgencyRenameView.as_view(), name="rename"),
            path("<int:pk>/move/", AgencyMoveView.as_view(), name="move"),
            path("<int:pk>/merge/", AgencyMergeView.as_view(), name="merge"),
            path("<int:pk>/close/", AgencyCloseView.as_view(), name="close"),
            path("<int:pk>/history/", AgencyHistoryView.as_view(), name="history"),
        ]

    menu_icon = "folder-open-inverse"
    menu_item_class = ScopedMenuItem.for_model(Agency)
