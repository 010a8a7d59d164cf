"""What every report screen shares: the choices behind its URL (agency, course or programme,
months), checked against the user's scope through the one policy, and the query string that
keeps them in links."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import CoursePage, ProgrammePage
from lms import spreadsheets
from lms.admin.views import breadcrumbs
from lms.text import fold
from workforce.models import Agency
from workforce.permissions import may, outermost, scoped

from .. import dashboard


def top_agencies(user) -> list[Agency]:
    """The agencies a user's dashboard starts from: the outermost ones they may see."""
    paths = outermost(scoped(user, "view", Agency).values_list("path", flat=True))
    return list(Agency.objects.filter(path__in=paths).vietnamese_order())


class MonthInput(forms.DateInput):
    input_type = "month"

    def __init__(self):
        super().__init__(format="%Y-%m")


class DashboardForm(forms.Form):
    """The choices behind every report URL, checked against the user's scope."""

    agency = forms.IntegerField(required=False, widget=forms.HiddenInput)
    page = forms.ChoiceField(label=_("Course or programme"), required=False)
    start = forms.DateField(
        label=_("From month"), required=False, input_formats=["%Y-%m"], widget=MonthInput()
    )
    end = forms.DateField(
        label=_("To month"), required=False, input_formats=["%Y-%m"], widget=MonthInput()
    )

    def __init__(self, data, *, user):
        super().__init__(data)
        self.user = user
        programmes = ProgrammePage.objects.live().order_by("title")
        courses = CoursePage.objects.live().order_by("code", "title")
        self.fields["page"].choices = [
            ("", _("All courses")),
            (_("Programmes"), [(f"p{p.pk}", p.title) for p in programmes]),
            (
                _("Courses"),
                [(f"c{c.pk}", f"{c.code} · {c.title}" if c.code else c.title) for c in courses],
            ),
        ]

    def clean_agency(self):
        pk = self.cleaned_data["agency"]
        if pk is None:
            tops = top_agencies(self.user)
            if not tops:
                raise PermissionDenied
            return tops[0]
        try:
            return scoped(self.user, "view", Agency).get(pk=pk)
        except Agency.DoesNotExist:
            raise Http404 from None

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end month is before the start month."))
        for name in ("start", "end"):
            value = data.get(name)
            if value and not 2020 <= value.year <= 2035:
                self.add_error(name, _("Choose a month between 2020 and 2035."))
        return data

    def selection(self) -> dashboard.Selection:
        key = self.cleaned_data.get("page") or ""
        if key.startswith("p"):
            return dashboard.Selection(programme=ProgrammePage.objects.get(pk=key[1:]))
        if key.startswith("c"):
            return dashboard.Selection(course=CoursePage.objects.get(pk=key[1:]))
        return dashboard.Selection()

    def period(self, today) -> dashboard.Period:
        default = dashboard.Period.this_year(today)
        if self.errors:
            return default
        start = self.cleaned_data.get("start") or default.start
        end = self.cleaned_data.get("end") or max(start, default.end)
        return dashboard.Period.of_months(start, end)


class ScopedReportView(WagtailAdminTemplateMixin, TemplateView):
    """Asks the policy whether the user may take `action` on `model`, reads the choices and
    keeps the query for links."""

    header_icon = "table"
    model = Agency
    action = "view"

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, self.action, self.model):
            raise PermissionDenied
        self.today = timezone.localdate()
        # The month fields show the period in use, the current year unless chosen.
        data = request.GET.copy()
        default = dashboard.Period.this_year(self.today)
        data.setdefault("start", default.start.strftime("%Y-%m"))
        data.setdefault("end", default.end.strftime("%Y-%m"))
        self.form = DashboardForm(data, user=request.user)
        # The agency decides the scope: check it even when another field is wrong.
        if self.form.is_valid() or "agency" not in self.form.errors:
            self.agency = self.form.cleaned_data["agency"]
        else:
            raise Http404
        self.selection = (
            self.form.selection() if "page" in self.form.cleaned_data else dashboard.Selection()
        )
        self.period = self.form.period(self.today)
        return super().dispatch(request, *args, **kwargs)

    def query(self, **changes) -> str:
        params = {
            "agency": self.agency.pk,
            "page": self.selection.key,
            "start": self.period.start.strftime("%Y-%m"),
            "end": self.period.end.strftime("%Y-%m"),
            **changes,
        }
        return urlencode({key: value for key, value in params.items() if value not in ("", None)})

    def lineage(self) -> list[Agency]:
        """The agencies from the user's outermost visible one down to the current one."""
        visible = scoped(self.request.user, "view", Agency)
        ancestors = [a.pk for a in self.agency.get_ancestors()]
        return [*visible.filter(pk__in=ancestors).order_by("depth"), self.agency]

    def get_breadcrumbs_items(self):
        items = breadcrumbs("reports:dashboard", _("Training dashboard"))[:1]
        for agency in self.lineage():
            url = reverse("reports:dashboard") + "?" + self.query(agency=agency.pk)
            items.append({"url": url, "label": agency.name})
        return items

    def export_links(self, url_name: str, query: str) -> list[dict]:
        """The download buttons, XLSX (the default) first."""
        return [
            {"format": fmt, "url": reverse(url_name, args=[fmt]) + "?" + query}
            for fmt in spreadsheets.FORMATS
        ]


class SpreadsheetExport:
    """For a report view: `?…` as the screen, `fmt` from the URL, a download instead of a page.
    Exports are reads with their own action name ("export"), which the policy grants viewers."""

    action = "export"
    filename_prefix = ""

    def dispatch(self, request, *args, **kwargs):
        if kwargs["fmt"] not in spreadsheets.FORMATS:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def filename(self) -> str:
        code = fold(self.agency.code or str(self.agency.pk)).replace(" ", "-")
        return f"{self.filename_prefix}-{code}-{self.period.start:%Y%m}-{self.period.end:%Y%m}"

    def preamble(self) -> list[tuple]:
        """What the table covers and when it was made, above the headings."""
        period = f"{self.period.start:%m/%Y} – {self.period.end:%m/%Y}"
        return [
            (_("Agency"), self.agency.name),
            (_("Course or programme"), self.selection.label),
            (_("Reporting period"), period),
            (_("Generated at"), timezone.now()),
        ]

    def table(self) -> tuple[list, list[list]]:
        raise NotImplementedError

    sheet = ""

    def get(self, request, *args, **kwargs):
        columns, rows = self.table()
        return spreadsheets.spreadsheet_response(
            columns,
            rows,
            filename=self.filename(),
            fmt=kwargs["fmt"],
            sheet=str(self.sheet),
            preamble=self.preamble(),
        )
