"""The "Training reports" menu: the dashboard and people report (a plain ViewSet, shown to
whoever may view agencies) and the plan targets (a ModelViewSet on the scope policy)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup

from workforce.models import Agency
from workforce.views.scoped import ScopedMenuItem

from .views.dashboard import DashboardExportView, DashboardView
from .views.people import PeopleExportView, PeopleView
from .views.targets import PlanTargetViewSet


class ReportsViewSet(ViewSet):
    name = "reports"
    url_prefix = "reports"
    icon = "table"
    menu_label = _("Training dashboard")
    menu_item_class = ScopedMenuItem.for_model(Agency)

    def get_urlpatterns(self):
        return [
            path("", DashboardView.as_view(), name="dashboard"),
            path("export/<str:fmt>/", DashboardExportView.as_view(), name="dashboard_export"),
            path("people/", PeopleView.as_view(), name="people"),
            path("people/export/<str:fmt>/", PeopleExportView.as_view(), name="people_export"),
        ]


class TrainingReportsGroup(ViewSetGroup):
    """ "Báo cáo đào tạo" in the admin menu."""

    menu_label = _("Training reports")
    menu_icon = "table"
    menu_name = "training-reports"
    menu_order = 205
    items = (ReportsViewSet, PlanTargetViewSet)


@hooks.register("register_admin_viewset")
def register_reports():
    return TrainingReportsGroup()
