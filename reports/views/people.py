"""The people report: the people of an agency's subtree with where each stands in the chosen
courses, filtered by status, and as a spreadsheet. People are personal data: the policy's
answer for people decides, not the one for agencies."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from workforce.models import User
from workforce.permissions import scoped

from .. import dashboard
from .scope import ScopedReportView, SpreadsheetExport


class PeopleView(ScopedReportView):
    template_name = "reports/admin/people.html"
    page_title = _("People and their training")
    paginate_by = 50
    model = User

    def get_page_subtitle(self):
        return self.agency.name

    @cached_property
    def status(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in dashboard.PEOPLE_STATUSES else ""

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": _("People")}]

    def people(self):
        return dashboard.people(
            self.agency,
            self.selection,
            self.status,
            self.today,
            among=scoped(self.request.user, "view", User),
        )

    def get_context_data(self, **kwargs):
        page = Paginator(self.people(), self.paginate_by).get_page(self.request.GET.get("p"))
        standing = dashboard.standings([p.pk for p in page], self.selection, self.today)
        query = self.query(status=self.status)
        return super().get_context_data(
            page_obj=page,
            items=[(person, standing[person.pk]) for person in page],
            statuses=dashboard.PEOPLE_STATUSES,
            status=self.status,
            form=self.form,
            query=query,
            base_query=self.query(),
            exports=self.export_links("reports:people_export", query),
            selection=self.selection,
            **kwargs,
        )


def people_spreadsheet(people, selection, today) -> tuple[list, list[list]]:
    columns = [
        _("Staff code"),
        _("Family name"),
        _("Middle name"),
        _("Given name"),
        _("Agency"),
        _("Position"),
        _("Assigned"),
        _("Completed"),
        _("In progress"),
        _("Overdue"),
        _("Status"),
        _("Next due date"),
        _("Last completed"),
    ]
    people = list(people)
    standing = {}
    for start in range(0, len(people), 5000):  # SQLite limits the parameters of one query
        chunk = people[start : start + 5000]
        standing.update(dashboard.standings([p.pk for p in chunk], selection, today))
    rows = []
    for person in people:
        item = standing.get(person.pk) or dashboard.Standing()
        rows.append(
            [
                person.staff_code,
                person.family_name,
                person.middle_name,
                person.given_name,
                person.agency.name if person.agency else "",
                person.position,
                item.assigned,
                item.completed,
                item.in_progress,
                item.overdue,
                item.label,
                item.next_due,
                item.last_completed,  # a moment: in Vietnam time, to the minute
            ]
        )
    return columns, rows


class PeopleExportView(SpreadsheetExport, PeopleView):
    filename_prefix = "can-bo"
    sheet = _("People")

    def table(self):
        return people_spreadsheet(self.people(), self.selection, self.today)
