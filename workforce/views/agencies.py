"""Admin screens for the agency tree: browse level by level, search, create, rename, move,
merge, close, and the dated history. Everyone sees only the subtrees their HR roles cover;
each action shows where the policy allows it, on the row ("⋯") and on the agency's own page."""

from django.db.models import Count
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import Button

from lms.admin.views import ServiceFormView, require

from .. import services
from ..forms import (
    AgencyCloseForm,
    AgencyCreateForm,
    AgencyMergeForm,
    AgencyMoveForm,
    AgencyRenameForm,
)
from ..models import Agency, AgencyChange, HRRole, User
from ..permissions import may, outermost, policy_for
from .scoped import ScopedIndexMixin, ScopedMenuItem, scoped_object

# (policy action, URL name, label, icon) of the changes made to one active agency.
CHANGES = (
    ("rename", "agencies:rename", _("Rename"), "edit"),
    ("move", "agencies:move", _("Move"), "arrow-right-full"),
    ("merge", "agencies:merge", _("Merge into another agency"), "resubmit"),
    ("close", "agencies:close", _("Close or dissolve"), "cross"),
)


def units_url(agency: Agency | None) -> str:
    """The listing of `agency`'s units (the agency's own page), or the top of the tree."""
    return reverse("agencies:index") + (f"?parent={agency.pk}" if agency else "")


def agency_buttons(agency: Agency, allowed, *, on_its_page: bool = False) -> list[Button]:
    """What may be done to `agency`: `allowed(action)` answers for this user. A closed agency
    offers only its history. On the agency's own page "Open" is left out: that is the page."""
    buttons = []
    if not on_its_page and agency.is_active:
        buttons.append(
            Button(
                _("Open the units"),
                url=units_url(agency),
                icon_name="folder-open-inverse",
                priority=10,
            )
        )
    if agency.is_active:
        if allowed("add"):
            buttons.append(
                Button(
                    _("Add a unit"),
                    url=reverse("agencies:add") + f"?parent={agency.pk}",
                    icon_name="plus",
                    priority=20,
                )
            )
        for priority, (action, url_name, label, icon) in enumerate(CHANGES, 30):
            if allowed(action):
                url = reverse(url_name, args=[agency.pk])
                buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
    buttons.append(
        Button(
            _("History"),
            url=reverse("agencies:history", args=[agency.pk]),
            icon_name="history",
            priority=90,
        )
    )
    return buttons


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
    """Home › Agencies › each ancestor the user may see › the agency."""
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": units_url(None), "label": _("Agencies")},
    ]
    if agency is None:
        return items
    paths = [agency.path[: agency.steplen * depth] for depth in range(1, agency.depth)]
    visible = Agency.objects.visible_to(user).filter(path__in=paths).order_by("path")
    return items + [{"url": units_url(node), "label": node.name} for node in [*visible, agency]]


def listing_after_change(user, agency: Agency) -> str:
    """Where to go after changing `agency`: the listing it appears in, if the user may see it."""
    parent = agency.get_parent(update=True)
    if parent is not None and may(user, "view", parent):
        return units_url(parent)
    return units_url(None)


class AgencyIndexView(ScopedIndexMixin, IndexView):
    model = Agency
    page_title = _("Agencies")
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
        return scoped_object(Agency, self.request.user, parent_id)

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
        user = self.request.user
        if self.parent is None:
            return reverse("agencies:add") if user.has_perm("workforce.add_agency") else None
        if self.parent.is_active and may(user, "add", self.parent):
            return reverse("agencies:add") + f"?parent={self.parent.pk}"
        return None

    @cached_property
    def add_item_label(self):
        return _("Add a unit") if self.parent else _("Add an agency")

    def get_breadcrumbs_items(self):
        return breadcrumbs_for(self.request.user, self.parent)

    def get_page_title(self):
        return self.parent.name if self.parent else self.page_title

    def get_page_subtitle(self):
        return self.parent.code if self.parent else ""

    @cached_property
    def header_more_buttons(self):
        """The agency's own actions on its page, so what is looked at can be changed."""
        if self.parent is None:
            return []
        user = self.request.user

        def allowed(action):
            return action != "add" and may(user, action, self.parent)

        return agency_buttons(self.parent, allowed, on_its_page=True)

    @cached_property
    def counts(self):
        return head_counts(self.object_list)

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column("name", label=_("Name"), get_url=units_url),
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
        return agency_buttons(instance, lambda action: self.may_on(action, instance))


class AgencyActionView(ServiceFormView):
    """One change (`action`, a policy action) to one active agency: 404 outside the user's
    scope, 403 for a viewer or a closed agency."""

    action = "change"
    index_url_name = "agencies:index"
    index_label = _("Agencies")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.agency = scoped_object(Agency, request.user, kwargs["pk"], action=self.action)

    def dispatch(self, request, *args, **kwargs):
        require(self.agency.is_active)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.agency.name

    def get_breadcrumbs_items(self):
        return [
            *breadcrumbs_for(self.request.user, self.agency),
            {"url": "", "label": self.get_page_title()},
        ]

    def get_success_url(self):
        return listing_after_change(self.request.user, self.result)

    def targets(self):
        return policy_for(Agency).narrow(Agency.objects.all(), self.request.user, self.action)


class AgencyCreateView(ServiceFormView):
    page_title = _("Add an agency")
    submit_button_label = _("Create")
    success_message = _("Agency “%(object)s” created.")
    form_class = AgencyCreateForm
    index_url_name = "agencies:index"
    index_label = _("Agencies")

    def dispatch(self, request, *args, **kwargs):
        require(may(request.user, "add", Agency))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        user = self.request.user
        return {
            **super().get_form_kwargs(),
            "parents": policy_for(Agency).narrow(Agency.objects.all(), user, "add"),
            "require_parent": not user.has_perm("workforce.add_agency"),
        }

    def get_initial(self):
        return {"parent": self.request.GET.get("parent")}

    def perform(self, form):
        data = form.cleaned_data
        return services.create_agency(
            code=data["code"],
            name=data["name"],
            kind=data["kind"],
            parent=data["parent"],
            effective_on=data["effective_on"],
            actor=self.request.user,
        )

    def get_success_url(self):
        return listing_after_change(self.request.user, self.result)


class AgencyRenameView(AgencyActionView):
    action = "rename"
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
    action = "move"
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
    action = "merge"
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
    action = "close"
    page_title = _("Close or dissolve")
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


def describe_change(change: AgencyChange) -> str:
    """One history line in words: "Merged into Sở Nội vụ", "Renamed to …"."""
    Action = AgencyChange.Action
    other = change.other_agency.name if change.other_agency else ""
    if change.action == Action.RENAMED:
        return _("Renamed to “%(name)s”") % {"name": change.name}
    if change.action == Action.MOVED and change.parent:
        return _("Moved under %(parent)s") % {"parent": change.parent.name}
    if change.action == Action.MERGED and other:
        return _("Merged into %(agency)s") % {"agency": other}
    if change.action == Action.ABSORBED and other:
        return _("Took in %(agency)s, merged into it") % {"agency": other}
    return change.get_action_display()


class AgencyHistoryView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/agency_history.html"
    page_title = _("History")
    header_icon = "history"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.agency = scoped_object(Agency, request.user, kwargs["pk"])

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
        rows = [(change, describe_change(change)) for change in changes]
        successor = self.agency.successor
        return super().get_context_data(
            agency=self.agency,
            rows=rows,
            successor=successor
            if successor and may(self.request.user, "view", successor)
            else None,
            **kwargs,
        )


class AgencyViewSet(ViewSet):
    name = "agencies"
    url_prefix = "agencies"
    icon = "folder-open-inverse"
    menu_icon = "folder-open-inverse"
    menu_label = _("Agencies")
    menu_order = 210
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(Agency)

    def get_urlpatterns(self):
        return [
            path("", AgencyIndexView.as_view(), name="index"),
            path("results/", AgencyIndexView.as_view(results_only=True), name="index_results"),
            path("new/", AgencyCreateView.as_view(), name="add"),
            path("<int:pk>/rename/", AgencyRenameView.as_view(), name="rename"),
            path("<int:pk>/move/", AgencyMoveView.as_view(), name="move"),
            path("<int:pk>/merge/", AgencyMergeView.as_view(), name="merge"),
            path("<int:pk>/close/", AgencyCloseView.as_view(), name="close"),
            path("<int:pk>/history/", AgencyHistoryView.as_view(), name="history"),
        ]
