"""The history HR can read: what was done in their agency subtree (certificates, imports,
agencies, roles, activation codes, extra attempts), who did it and when, in Vietnamese words."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from lms.admin.views import breadcrumbs
from lms.text import fold
from workforce.models import Agency, User
from workforce.permissions import may, outermost, policy_for
from workforce.views.scoped import ScopedMenuItem

from . import audit


def entries_visible_to(user, queryset):
    """The log entries of our actions that concern agencies inside `user`'s read scope;
    administrators (who may view every agency) see all of them."""
    queryset = queryset.filter(action__startswith="lms.")
    policy = policy_for(Agency)
    if policy.has_model_permission(user, "view"):
        return queryset
    paths = outermost(policy.paths(user, "view"))
    if not paths:
        return queryset.none()
    condition = Q(pk__in=[])
    for agency_path in paths:
        condition |= Q(data__agency_path__startswith=agency_path)
    return queryset.filter(condition)


class HistoryFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=_("Action"), choices=[(action, label) for action, label, _message in audit.ACTIONS]
    )
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = ModelLogEntry
        fields = []


def local_time(entry) -> str:
    return timezone.localtime(entry.timestamp).strftime("%d/%m/%Y %H:%M")


def actor_name(entry) -> str:
    user = entry.user
    if user is None:
        return str(_("The system"))
    return f"{user.full_name} ({user.staff_code})" if user.staff_code else user.full_name


def description(entry) -> str:
    formatter = log_registry.get_formatter(entry)
    return str(formatter.format_message(entry)) if formatter else entry.label


def action_label(entry) -> str:
    formatter = log_registry.get_formatter(entry)
    return str(formatter.label) if formatter else entry.action


class HistoryView(IndexView):
    model = ModelLogEntry
    permission_policy = None  # the rows follow the agency scope (entries_visible_to)
    page_title = _("Activity history")
    header_icon = "history"
    index_url_name = "hr_history:index"
    index_results_url_name = "hr_history:index_results"
    filterset_class = HistoryFilterSet
    search_fields = ["label"]
    search_backend_name = None
    paginate_by = 50
    default_ordering = "-timestamp"

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, "view", Agency):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        entries = ModelLogEntry.objects.select_related("user")
        return entries_visible_to(self.request.user, entries)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        text = self.search_query.strip()
        people = User.objects.search(text).values("pk")
        actions = [
            action for action, label, _message in audit.ACTIONS if fold(text) in fold(str(label))
        ]
        return queryset.filter(
            Q(label__icontains=text) | Q(user__in=people) | Q(action__in=actions)
        )

    def order_queryset(self, queryset):
        return queryset.order_by("-timestamp", "-pk")

    def get_breadcrumbs_items(self):
        return breadcrumbs(self.index_url_name, self.page_title)

    @cached_property
    def columns(self):
        return [
            Column("timestamp", label=_("Time"), accessor=local_time, width="14%"),
            Column("user", label=_("By"), accessor=actor_name, width="20%"),
            Column("action", label=_("Action"), accessor=action_label, width="18%"),
            Column("description", label=_("Details"), accessor=description),
        ]


class HistoryViewSet(ViewSet):
    name = "hr_history"
    url_prefix = "history"
    icon = "history"
    menu_icon = "history"
    menu_label = _("Activity history")
    menu_order = 240
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(Agency)

    def get_urlpatterns(self):
        return [
            path("", HistoryView.as_view(), name="index"),
            path("results/", HistoryView.as_view(results_only=True), name="index_results"),
        ]
