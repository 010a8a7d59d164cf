"""The training dashboard: completion per child agency with drill-down, two charts, and the
table as a spreadsheet."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from courses.models import Assignment
from workforce.permissions import may

from .. import dashboard
from .scope import ScopedReportView, SpreadsheetExport, top_agencies


class DashboardView(ScopedReportView):
    template_name = "reports/admin/dashboard.html"
    page_title = _("Training dashboard")

    @cached_property
    def board(self):
        return dashboard.build(self.agency, self.selection, self.period, self.today)

    def get_page_subtitle(self):
        return self.board.name

    def link(self, url_name, agency) -> str:
        return reverse(url_name) + "?" + self.query(agency=agency.pk)

    def get_context_data(self, **kwargs):
        board = self.board
        rows = [
            {
                "row": row,
                "drill": self.link("reports:dashboard", row.agency)
                if row.agency and row.has_units
                else "",
                "people": self.link("reports:people", row.agency) if row.agency else "",
            }
            for row in board.rows
        ]
        return super().get_context_data(
            board=board,
            rows=rows,
            chart=chart_data(board),
            form=self.form,
            tops=[
                (top, self.link("reports:dashboard", top))
                for top in top_agencies(self.request.user)
            ],
            can_assign=may(self.request.user, "add", Assignment),
            exports=self.export_links("reports:dashboard_export", self.query()),
            people_url=reverse("reports:people") + "?" + self.query(),
            **kwargs,
        )


def chart_data(board) -> dict:
    charted = [row for row in board.rows if row.agency]
    return {
        "labels": [row.name for row in charted],
        "completed": [row.figures.completed for row in charted],
        "in_progress": [row.figures.in_progress for row in charted],
        "not_started": [row.figures.not_started for row in charted],
        "months": [month.strftime("%m/%Y") for month in board.months],
        "cumulative": board.cumulative,
        "names": {
            "completed": str(_("Completed")),
            "in_progress": str(_("In progress")),
            "not_started": str(_("Not started")),
            "cumulative": str(_("Completions (cumulative)")),
            "enrolments": str(_("Enrolments")),
        },
    }


def table_spreadsheet(board) -> tuple[list, list[list]]:
    """The dashboard table as columns and rows of values (lms.spreadsheets formats them)."""
    columns = [
        _("Agency"),
        _("Head count"),
        _("Assigned"),
        _("Completed"),
        _("In progress"),
        _("Not started"),
        _("Overdue"),
        _("Completion (%)"),
        _("Completed in the period"),
    ]
    if board.has_plan:
        columns += [
            _("Target (%)"),
            _("Trained (people)"),
            _("Trained (%)"),
            _("Projected at year end (%)"),
            _("Behind target"),
        ]
    rows = []
    for row in [*board.rows, board.total]:
        figures = row.figures
        name = row.name if row is not board.total else _("Total: %(name)s") % {"name": row.name}
        line = [
            name,
            figures.head_count,
            figures.assigned,
            figures.completed,
            figures.in_progress,
            figures.not_started,
            figures.overdue,
            figures.percent,
            figures.completed_in_period,
        ]
        if board.has_plan:
            plan = row.plan
            line += (
                [plan.target, plan.trained, plan.share, plan.projected, plan.behind]
                if plan
                else [None] * 5
            )
        rows.append(line)
    return columns, rows


class DashboardExportView(SpreadsheetExport, DashboardView):
    filename_prefix = "tong-hop"
    sheet = _("Summary")

    def table(self):
        return table_spreadsheet(self.board)
