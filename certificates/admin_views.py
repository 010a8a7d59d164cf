"""HR and administrators: the certificate register of their agency subtrees, one certificate's
page, revoke and reissue. Who may do what to which certificate is the scope policy's answer."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.widgets import Button, HeaderButton

from lms.admin.views import ServiceFormView, breadcrumbs
from lms.spreadsheets import (
    DATETIME_TEXT,
    VietnameseSpreadsheetExportMixin,
    local_datetime,
    number_text,
)
from lms.text import fold
from workforce.permissions import may, policy_for, scoped

from . import services
from .models import BulkJob, Certificate

ACTIONS = ("revoke", "reissue")  # the policy's writes on one certificate


def _breadcrumbs(*extra):
    """Home › Certificates › (the certificate's serial, linked) › (the action)."""
    items = breadcrumbs("certificate_register:index", _("Certificates"))
    return items + list(extra)


def vietnam_time(moment) -> str:
    return local_datetime(moment).strftime(DATETIME_TEXT) if moment else ""


def status_text(certificate) -> str:
    """The status as the register shows it: a valid certificate past its validity is expired
    (expiry is not a revocation: the status itself stays valid)."""
    if certificate.status == Certificate.Status.VALID and certificate.is_expired():
        return str(_("Expired"))
    return certificate.get_status_display()


def register_entry(certificate) -> str:
    """Its line in the one register of the year, across every series: "123/2026"."""
    return f"{certificate.register_number}/{certificate.register_year}"


def certificate_buttons(certificate, allowed, *, view=True, classname="") -> list:
    """The actions on one certificate, for its row menu and its page: the reads, and the writes
    in `allowed` (policy actions); a certificate no longer valid offers only its public page
    and its PDF, which then carries the revocation or the reissue."""
    pk = [certificate.pk]
    new_tab = {"target": "_blank", "rel": "noopener"}
    actions = []
    if view:
        actions.append(
            (_("View"), reverse("certificate_register:inspect", args=pk), "info-circle", {})
        )
    actions.append(
        (_("Verification page"), certificate.get_verification_url(), "link-external", new_tab)
    )
    # A revoked or superseded certificate's PDF is drawn marked as such: HR may still need it.
    actions.append((_("Download PDF"), reverse("certificates:download", args=pk), "download", {}))
    if certificate.status == Certificate.Status.VALID:
        if "revoke" in allowed:
            actions.append(
                (_("Revoke"), reverse("certificate_register:revoke", args=pk), "cross", {})
            )
        if "reissue" in allowed:
            actions.append(
                (
                    _("Reissue (rename)"),
                    reverse("certificate_register:reissue", args=pk),
                    "edit",
                    {},
                )
            )
    return [
        Button(label, url=url, icon_name=icon, attrs=attrs, classname=classname, priority=order)
        for order, (label, url, icon, attrs) in enumerate(actions, start=1)
    ]


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Certificate.Status.choices)

    class Meta:
        model = Certificate
        fields = []


class SelectColumn(BaseColumn):
    """A checkbox per row, for the bulk downloads below the listing."""

    header_template_name = "certificates/admin/select_all_cell.html"
    cell_template_name = "certificates/admin/select_cell.html"


class CertificateIndexView(VietnameseSpreadsheetExportMixin, IndexView):
    model = Certificate
    permission_required = "view"
    any_permission_required = None
    page_title = _("Certificates")
    header_icon = "doc-full-inverse"
    index_url_name = "certificate_register:index"
    index_results_url_name = "certificate_register:index_results"
    inspect_url_name = "certificate_register:inspect"
    filterset_class = CertificateFilterSet
    template_name = "certificates/admin/register.html"
    results_template_name = "certificates/admin/register_results.html"
    search_fields = ["learner_name"]
    search_backend_name = None
    paginate_by = 50
    # The register export (XLSX, CSV), of the rows the user may see and has filtered.
    list_export = [
        "serial",
        "register_year",
        "register_number",
        "learner_name",
        "date_of_birth",
        "title",
        "hours",
        "period_start",
        "period_end",
        "issued_at",
        "valid_until",
        "get_status_display",
        "revoked_at",
        "replaces_serial",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "so-dang-ky-giay-chung-nhan"
    export_sheet_title = _("Certificates")

    @cached_property
    def header_buttons(self):
        if not may(self.request.user, "issue", Certificate):
            return []
        return [
            HeaderButton(
                _("Issue missing certificates"),
                url=reverse("certificate_register:issue_missing"),
                icon_name="plus",
            )
        ]

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if may(self.request.user, "view", BulkJob):
            buttons.append(
                Button(
                    _("Bulk jobs"), url=reverse("certificate_register:jobs"), icon_name="download"
                )
            )
        return buttons

    def get_base_queryset(self):
        return scoped(self.request.user, "view", Certificate)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A bulk download holds valid certificates only: the form says how many of the filtered.
        paginator = context.get("paginator")
        rows = paginator.object_list if paginator is not None else context["object_list"]
        context["valid_items_count"] = rows.valid().count()
        return context

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["get_status_display"] = status_text(item)
        return row

    def search_queryset(self, queryset):
        """Accent-insensitive on the name as issued, or a serial in any case (series named
        before prefixes had to be upper-case keep their serials as issued)."""
        if not self.is_searching:
            return queryset
        by_name = queryset
        for word in fold(self.search_query).split()[:8]:  # a name has no more words
            by_name = by_name.filter(learner_name_folded__contains=word)
        return by_name | queryset.filter(serial__iexact=self.search_query.strip())

    def order_queryset(self, queryset):
        return queryset.order_by("-issued_at", "-pk")

    def get_breadcrumbs_items(self):
        return breadcrumbs("certificate_register:index", _("Certificates"))

    def paginate_queryset(self, queryset, page_size):
        """Which rows of the page the user may revoke or reissue: one query per action."""
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        ids = [row.pk for row in rows]
        policy = policy_for(Certificate)
        self.allowed_ids = {
            action: set(
                policy.instances_user_has_permission_for(self.request.user, action)
                .filter(pk__in=ids)
                .values_list("pk", flat=True)
            )
            for action in ACTIONS
        }
        return paginator, page, rows, is_paginated

    @cached_property
    def columns(self):
        return [
            SelectColumn("select", label=_("Select")),
            self._get_title_column("serial"),
            Column("register", label=_("Register no."), accessor=register_entry),
            Column("learner_name", label=_("Name")),
            Column("title", label=_("Course or programme")),
            Column(
                "issued_at",
                label=_("Issued on"),
                accessor=lambda c: local_datetime(c.issued_at).strftime("%d/%m/%Y"),
            ),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor=status_text,
                primary=lambda c: c.status == Certificate.Status.VALID and not c.is_expired(),
            ),
        ]

    def get_list_more_buttons(self, instance):
        allowed = {a for a in ACTIONS if instance.pk in getattr(self, "allowed_ids", {}).get(a, ())}
        return certificate_buttons(instance, allowed)


class CertificateInspectView(InspectView):
    """One certificate for HR: the facts of its issue, what became of it, and its actions."""

    model = Certificate
    any_permission_required = ["view"]
    page_title = _("Certificate")
    header_icon = "doc-full-inverse"
    index_url_name = "certificate_register:index"
    template_name = "certificates/admin/inspect.html"
    fields = [
        "serial",
        "register_number",
        "learner_name",
        "title",
        "hours",
        "period",
        "issued_at",
        "valid_until",
        "status",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "superseded_by",
        "supersedes",
    ]
    labels = {
        "learner_name": _("Name as issued"),
        "period": _("Period"),
        "revoked_by": _("Revoked by"),
        "revocation_reason": _("Reason for revoking"),
        "superseded_by": _("Superseded by"),
        "supersedes": _("Replaces"),
    }

    def get_object(self, queryset=None):
        return _visible_certificate(self.request.user, self.pk)

    def get_page_subtitle(self):
        return self.object.serial

    def get_breadcrumbs_items(self):
        return _breadcrumbs({"url": "", "label": self.object.serial})

    @cached_property
    def allowed(self):
        return {action for action in ACTIONS if may(self.request.user, action, self.object)}

    @cached_property
    def header_more_buttons(self):
        return certificate_buttons(self.object, self.allowed, view=False)

    def get_context_data(self, **kwargs):
        # The same actions as a bar below the facts: visible at once, and wrapping on a phone.
        bar = certificate_buttons(
            self.object, self.allowed, view=False, classname="button button-secondary"
        )
        return super().get_context_data(action_buttons=bar, **kwargs)

    def get_fields(self):
        fields = list(self.fields)
        if self.object.status != Certificate.Status.REVOKED:
            fields = [
                f for f in fields if f not in ("revoked_at", "revoked_by", "revocation_reason")
            ]
        if not self.object.valid_until:
            fields.remove("valid_until")
        if not self.object.superseded_by_id:
            fields.remove("superseded_by")
        if not hasattr(self.object, "supersedes"):
            fields.remove("supersedes")
        return fields

    def setup(self, request, *args, **kwargs):
        # The fields depend on the object: find it first.
        super(InspectView, self).setup(request, *args, **kwargs)
        self.pk = self.kwargs[self.pk_url_kwarg]
        self.object = self.get_object()
        self.fields = self.get_fields()

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return self.labels[field_name]
        return super().get_field_label(field_name, field)

    def get_register_number_display_value(self):
        return register_entry(self.object)

    def get_status_display_value(self):
        return status_text(self.object)

    def get_valid_until_display_value(self):
        return self.object.valid_until.strftime("%d/%m/%Y")

    def get_hours_display_value(self):
        return number_text(self.object.hours)

    def get_period_display_value(self):
        start, end = self.object.period_start, self.object.period_end
        days = [day.strftime("%d/%m/%Y") for day in (start, end) if day]
        return " – ".join(days)

    def get_issued_at_display_value(self):
        return vietnam_time(self.object.issued_at)

    def get_revoked_at_display_value(self):
        return vietnam_time(self.object.revoked_at)

    def get_revoked_by_display_value(self):
        person = self.object.revoked_by
        return f"{person.full_name} ({person.staff_code})" if person else ""

    def _link(self, other):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("certificate_register:inspect", args=[other.pk]),
            other.serial,
        )

    def get_superseded_by_display_value(self):
        return self._link(self.object.superseded_by)

    def get_supersedes_display_value(self):
        return self._link(self.object.supersedes)


def _visible_certificate(user, pk) -> Certificate:
    """A certificate `user` may see; 404 otherwise, so the scope does not leak."""
    found = scoped(user, "view", Certificate).select_related("revoked_by", "superseded_by")
    try:
        return found.get(pk=pk)
    except (Certificate.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Revoking cannot be undone: the verification page will say the certificate was "
            "revoked, and its PDF will be marked. To correct a name, reissue instead."
        ),
    )


class ReissueForm(forms.Form):
    family_name = forms.CharField(label=_("Family name"), max_length=64)
    middle_name = forms.CharField(label=_("Middle name"), max_length=64, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=64)


class CertificateActionView(ServiceFormView):
    """An action on one certificate: 404 outside the user's scope, 403 for who may only read
    it; a certificate already revoked or superseded (a second click) goes back to its page."""

    action = ""
    header_icon = "doc-full-inverse"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = _visible_certificate(request.user, kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, self.action, self.certificate):
            raise PermissionDenied
        if self.certificate.status != Certificate.Status.VALID:
            messages.warning(request, self.no_longer_valid_message())
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def no_longer_valid_message(self):
        certificate = self.certificate
        if certificate.status == Certificate.Status.SUPERSEDED and certificate.superseded_by:
            return _(
                "Certificate %(serial)s was already replaced by %(new)s; nothing was changed."
            ) % {"serial": certificate.serial, "new": certificate.superseded_by.serial}
        return _("Certificate %(serial)s was already revoked; nothing was changed.") % {
            "serial": certificate.serial
        }

    def get_page_subtitle(self):
        return f"{self.certificate.serial} · {self.certificate.learner_name}"

    def get_breadcrumbs_items(self):
        page = reverse("certificate_register:inspect", args=[self.certificate.pk])
        return _breadcrumbs(
            {"url": page, "label": self.certificate.serial},
            {"url": "", "label": self.page_title},
        )

    def get_success_url(self):
        return reverse("certificate_register:inspect", args=[self.certificate.pk])


class RevokeView(CertificateActionView):
    action = "revoke"
    page_title = _("Revoke")
    submit_button_label = _("Revoke")
    success_message = _("Certificate %(object)s revoked.")
    form_class = RevokeForm

    def perform(self, form):
        return services.revoke_certificate(
            certificate=self.certificate,
            reason=form.cleaned_data["reason"],
            actor=self.request.user,
        )


class ReissueView(CertificateActionView):
    action = "reissue"
    page_title = _("Reissue with a corrected name")
    submit_button_label = _("Reissue")
    success_message = _("New certificate %(object)s issued; the old one is marked superseded.")
    form_class = ReissueForm

    def get_initial(self):
        user = self.certificate.user
        return {
            "family_name": user.family_name,
            "middle_name": user.middle_name,
            "given_name": user.given_name,
        }

    def perform(self, form):
        return services.reissue_certificate(
            certificate=self.certificate, actor=self.request.user, **form.cleaned_data
        )
