"""HR dashboards in the Wagtail admin: completion per agency, drill-down, people, exports, and
the plan's targets. Everything is scoped to the agencies the user may see; writing targets needs
an HR officer role over the agency (a viewer reads only)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from courses.admin_views import can_assign
from courses.models import CoursePage, ProgrammePage
from workforce.models import Agency, HRRole, User
from workforce.text import fold
from workforce.views.base import (
    ScopedForm,
    ScopedFormView,
    agency_scoped_object,
    breadcrumbs,
)

from . import dashboard, exports, services
from .models import PLAN_YEARS, PlanTarget


def can_see_reports(user) -> bool:
    return bool(HRRole.objects.paths_for(user)) or user.has_perm("workforce.view_agency")


def can_set_targets(user) -> bool:
    return bool(HRRole.objects.paths_for(user, manage=True)) or user.has_perm(
        "reports.add_plantarget"
    )


def top_agencies(user) -> list[Agency]:
    """The agencies a user's dashboard starts from: the outermost ones they may see."""
    visible = Agency.objects.visible_to(user)
    paths = sorted(visible.values_list("path", flat=True))
    outermost = []
    for agency_path in paths:
        if not any(agency_path.startswith(outer) for outer in outermost):
            outermost.append(agency_path)
    return list(Agency.objects.filter(path__in=outermost).vietnamese_order())


class MonthInput(forms.DateInput):
    input_type = "month"

    def __init__(self):
        super().__init__(format="%Y-%m")


class DashboardForm(forms.Form):
    """The choices behind every dashboard URL, checked against the user's scope."""

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
            return Agency.objects.visible_to(self.user).get(pk=pk)
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
    """Reads the choices, refuses anyone with no HR role, and keeps the query for links."""

    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
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
        visible = Agency.objects.visible_to(self.request.user)
        return list(
            visible.filter(pk__in=[a.pk for a in self.agency.get_ancestors()]).order_by("depth")
        ) + [self.agency]

    def get_breadcrumbs_items(self):
        items = breadcrumbs("reports:dashboard", _("Training dashboard"))[:1]
        for agency in self.lineage():
            url = reverse("reports:dashboard") + "?" + self.query(agency=agency.pk)
            items.append({"url": url, "label": agency.name})
        return items


class DashboardView(ScopedReportView):
    template_name = "reports/admin/dashboard.html"
    page_title = _("Training dashboard")

    @cached_property
    def board(self):
        return dashboard.build(self.agency, self.selection, self.period, self.today)

    def get_page_subtitle(self):
        return self.board.name

    def get_context_data(self, **kwargs):
        board = self.board
        rows = [
            {
                "row": row,
                "drill": reverse("reports:dashboard") + "?" + self.query(agency=row.agency.pk)
                if row.agency and row.has_units
                else "",
                "people": reverse("reports:people") + "?" + self.query(agency=row.agency.pk)
                if row.agency
                else "",
            }
            for row in board.rows
        ]
        charted = [r for r in board.rows if r.agency]
        chart = {
            "labels": [r.name for r in charted],
            "completed": [r.figures.completed for r in charted],
            "in_progress": [r.figures.in_progress for r in charted],
            "not_started": [r.figures.not_started for r in charted],
            "months": [month.strftime("%m/%Y") for month in board.months],
            "cumulative": board.cumulative,
            "names": {
                "completed": str(_("Completed")),
                "in_progress": str(_("In progress")),
                "not_started": str(_("Not started")),
                "cumulative": str(_("Completions (cumulative)")),
            },
        }
        return super().get_context_data(
            board=board,
            rows=rows,
            chart=chart,
            form=self.form,
            tops=[
                (top, reverse("reports:dashboard") + "?" + self.query(agency=top.pk))
                for top in top_agencies(self.request.user)
            ],
            can_assign=can_assign(self.request.user),
            query=self.query(),
            people_url=reverse("reports:people") + "?" + self.query(),
            **kwargs,
        )


def table_spreadsheet(board) -> tuple[list, list[list]]:
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
        f = row.figures
        name = (
            str(row.name) if row is not board.total else _("Total: %(name)s") % {"name": row.name}
        )
        line = [
            name,
            f.head_count,
            f.assigned,
            f.completed,
            f.in_progress,
            f.not_started,
            f.overdue,
            f.percent,
            f.completed_in_period,
        ]
        if board.has_plan:
            plan = row.plan
            line += (
                [
                    plan.target,
                    plan.trained,
                    plan.share,
                    plan.projected,
                    str(_("Yes") if plan.behind else _("No")),
                ]
                if plan
                else [None] * 5
            )
        rows.append(line)
    return columns, rows


def _fmt(kwargs) -> str:
    fmt = kwargs["fmt"]
    if fmt not in exports.FORMATS:
        raise Http404
    return fmt


def _filename(prefix, view) -> str:
    code = fold(view.agency.code or str(view.agency.pk)).replace(" ", "-")
    return f"{prefix}-{code}-{view.period.start:%Y%m}-{view.period.end:%Y%m}"


class DashboardExportView(ScopedReportView):
    def get(self, request, *args, **kwargs):
        fmt = _fmt(kwargs)
        board = dashboard.build(self.agency, self.selection, self.period, self.today)
        columns, rows = table_spreadsheet(board)
        return exports.spreadsheet_response(
            columns, rows, filename=_filename("tong-hop", self), fmt=fmt, sheet=str(_("Summary"))
        )


class PeopleView(ScopedReportView):
    template_name = "reports/admin/people.html"
    page_title = _("People and their training")
    paginate_by = 50

    def get_page_subtitle(self):
        return self.agency.name

    @cached_property
    def status(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in dashboard.PEOPLE_STATUSES else ""

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": _("People")}]

    def dispatch(self, request, *args, **kwargs):
        # People are personal data: the people permission decides, not the agency one.
        if not User.objects.visible_to(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def people(self):
        return dashboard.people(
            self.agency,
            self.selection,
            self.status,
            self.today,
            among=User.objects.visible_to(self.request.user),
        )

    def get_context_data(self, **kwargs):
        people = self.people()
        page = Paginator(people, self.paginate_by).get_page(self.request.GET.get("p"))
        standing = dashboard.standings([p.pk for p in page], self.selection, self.today)
        return super().get_context_data(
            page_obj=page,
            items=[(person, standing[person.pk]) for person in page],
            statuses=dashboard.PEOPLE_STATUSES,
            status=self.status,
            form=self.form,
            query=self.query(status=self.status),
            base_query=self.query(),
            selection=self.selection,
            **kwargs,
        )


def people_spreadsheet(view) -> tuple[list, list[list]]:
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
    people = list(view.people())
    standing = {}
    for start in range(0, len(people), 5000):
        chunk = people[start : start + 5000]
        standing.update(dashboard.standings([p.pk for p in chunk], view.selection, view.today))
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
                str(item.label),
                item.next_due.strftime("%d/%m/%Y") if item.next_due else "",
                timezone.localtime(item.last_completed).strftime("%d/%m/%Y")
                if item.last_completed
                else "",
            ]
        )
    return columns, rows


class PeopleExportView(PeopleView):
    def get(self, request, *args, **kwargs):
        fmt = _fmt(kwargs)
        columns, rows = people_spreadsheet(self)
        return exports.spreadsheet_response(
            columns, rows, filename=_filename("can-bo", self), fmt=fmt, sheet=str(_("People"))
        )


# Plan targets -----------------------------------------------------------------------------------


class TargetListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/targets.html"
    page_title = _("Plan targets 2025–2030")
    header_icon = "crosshairs"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return breadcrumbs("reports:targets", self.page_title)

    def get_context_data(self, **kwargs):
        user = self.request.user
        targets = PlanTarget.objects.filter(
            agency__in=Agency.objects.visible_to(user)
        ).select_related("agency", "programme")
        year = self.request.GET.get("year", "")
        if year in {str(plan_year) for plan_year in PLAN_YEARS}:
            targets = targets.filter(year=int(year))
        page = Paginator(targets, 50).get_page(self.request.GET.get("p"))
        manageable = set(
            Agency.objects.manageable_by(user)
            .filter(pk__in=[t.agency_id for t in page])
            .values_list("pk", flat=True)
        )
        return super().get_context_data(
            page_obj=page,
            items=[(target, target.agency_id in manageable) for target in page],
            years=list(PLAN_YEARS),
            year=year,
            can_set=can_set_targets(user),
            **kwargs,
        )


class TargetForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=ProgrammePage.objects.none())
    year = forms.TypedChoiceField(
        label=_("Year"), coerce=int, choices=[(y, str(y)) for y in PLAN_YEARS]
    )
    share = forms.IntegerField(
        label=_("Target share of staff trained (%)"),
        min_value=1,
        max_value=100,
        help_text=_(
            "The share of the agency's staff, units included, to have completed the programme by 31 December."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = (
            Agency.objects.manageable_by(user).filter(is_active=True).vietnamese_order()
        )
        self.fields["programme"].queryset = ProgrammePage.objects.live().order_by("title")


class TargetShareForm(ScopedForm):
    """Editing a target changes its share; agency, programme and year make the target."""

    share = TargetForm.base_fields["share"]


class TargetFormView(ScopedFormView):
    page_title = _("Set a plan target")
    submit_button_label = _("Save")
    success_message = _("Target saved: %(object)s.")
    header_icon = "crosshairs"
    form_class = TargetForm

    def allowed(self, user):
        if not can_set_targets(user):
            return False
        pk = self.kwargs.get("pk")
        self.target = _manageable_target(user, pk) if pk else None
        return True

    def get_form_class(self):
        return TargetShareForm if self.target else TargetForm

    def get_page_subtitle(self):
        return str(self.target) if self.target else ""

    def get_initial(self):
        if self.target:
            return {"share": self.target.share}
        return {"year": max(min(timezone.localdate().year, PLAN_YEARS[-1]), PLAN_YEARS[0])}

    def get_breadcrumbs_items(self):
        return breadcrumbs("reports:targets", _("Plan targets 2025–2030"), self.page_title)

    def perform(self, form):
        data = form.cleaned_data
        target = self.target
        return services.set_target(
            agency=target.agency if target else data["agency"],
            programme=target.programme if target else data["programme"],
            year=target.year if target else data["year"],
            share=data["share"],
            actor=self.request.user,
        )

    def get_success_url(self):
        return reverse("reports:targets") + f"?year={self.result.year}"


def _manageable_target(user, pk) -> PlanTarget:
    return agency_scoped_object(PlanTarget.objects.select_related("agency", "programme"), user, pk)


class TargetDeleteView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/target_delete.html"
    page_title = _("Remove a plan target")
    header_icon = "crosshairs"

    def dispatch(self, request, *args, **kwargs):
        if not can_set_targets(request.user):
            raise PermissionDenied
        self.target = _manageable_target(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return breadcrumbs("reports:targets", _("Plan targets 2025–2030"), self.page_title)

    def get_context_data(self, **kwargs):
        return super().get_context_data(target=self.target, **kwargs)

    def post(self, request, *args, **kwargs):
        year = self.target.year
        services.remove_target(target=self.target, actor=request.user)
        messages.success(request, _("Target removed."))
        return redirect(reverse("reports:targets") + f"?year={year}")


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reports(request.user)


def menu_item() -> SubmenuMenuItem:
    """ "Báo cáo đào tạo" in the admin menu: the dashboard and the plan targets."""
    return SubmenuMenuItem(
        _("Training reports"),
        Menu(
            items=[
                ReportMenuItem(
                    _("Dashboard"), reverse_lazy("reports:dashboard"), icon_name="table"
                ),
                ReportMenuItem(
                    _("Plan targets"), reverse_lazy("reports:targets"), icon_name="crosshairs"
                ),
            ]
        ),
        icon_name="table",
        name="training-reports",
        order=205,
    )


class ReportsViewSet(ViewSet):
    name = "reports"
    url_prefix = "reports"
    icon = "table"
    menu_icon = "table"

    def get_urlpatterns(self):
        return [
            path("", DashboardView.as_view(), name="dashboard"),
            path("export/<str:fmt>/", DashboardExportView.as_view(), name="dashboard_export"),
            path("people/", PeopleView.as_view(), name="people"),
            path("people/export/<str:fmt>/", PeopleExportView.as_view(), name="people_export"),
            path("targets/", TargetListView.as_view(), name="targets"),
            path("targets/add/", TargetFormView.as_view(), name="target_add"),
            path("targets/<int:pk>/", TargetFormView.as_view(), name="target_edit"),
            path("targets/<int:pk>/delete/", TargetDeleteView.as_view(), name="target_delete"),
        ]
