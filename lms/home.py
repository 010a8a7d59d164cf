"""The admin home for HR: each of the officer's agencies at a glance, with links into the
screens where the work is done."""

from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from certificates.models import BulkJob
from reports import dashboard
from reports.models import PlanTarget
from workforce.models import Agency, RosterImport, User
from workforce.permissions import may, scoped, top_agencies

MAX_AGENCIES = 3
RECENT = 5


def agency_summary(agency: Agency, today) -> dict:
    period = dashboard.Period.this_year(today)
    board = dashboard.build(agency, dashboard.Selection(), period, today)
    plans = []
    targets = PlanTarget.objects.filter(agency=agency, year=today.year).select_related("programme")
    for target in targets:
        selection = dashboard.Selection(programme=target.programme)
        plan = dashboard.build(agency, selection, period, today).total.plan
        if plan is not None:
            plans.append({"programme": target.programme.title, "plan": plan})
    query = urlencode({"agency": agency.pk})
    return {
        "agency": agency,
        "figures": board.total.figures,
        "plans": plans,
        "dashboard_url": reverse("reports:dashboard") + "?" + query,
        "overdue_url": reverse("reports:people")
        + "?"
        + urlencode({"agency": agency.pk, "status": "overdue"}),
    }


class HRSummaryPanel(Component):
    name = "hr_summary"
    template_name = "lms/admin/home_panel.html"
    order = 50

    def __init__(self, user, agencies):
        self.user = user
        self.agencies = agencies

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        user = self.user
        return {
            "summaries": [agency_summary(agency, today) for agency in self.agencies],
            "more_agencies": max(len(self.agencies) - MAX_AGENCIES, 0),
            "imports": scoped(user, "view", RosterImport).order_by("-pk")[:RECENT],
            "jobs": scoped(user, "view", BulkJob).order_by("-pk")[:RECENT],
            "year": today.year,
            "links": self.links(),
        }

    def links(self) -> list[tuple[str, str]]:
        candidates = [
            (may(self.user, "view", User), _("People"), "wagtailusers_users:index"),
            (may(self.user, "view", Agency), _("Agencies"), "agencies:index"),
            (may(self.user, "view", Agency), _("Training dashboard"), "reports:dashboard"),
            (may(self.user, "add", RosterImport), _("Import staff"), "roster_import:index"),
            (may(self.user, "view", Agency), _("Activity history"), "hr_history:index"),
        ]
        return [(label, reverse(name)) for allowed, label, name in candidates if allowed]


def add_hr_summary(request, panels) -> None:
    """For the construct_homepage_panels hook: HR (and administrators who see agencies)."""
    user = request.user
    if not may(user, "view", Agency):
        return
    agencies = top_agencies(user)
    if agencies:
        panels.insert(0, HRSummaryPanel(user, agencies[:MAX_AGENCIES]))
