"""HR and administrators: the certificate register of their agency subtrees; revoke, reissue."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet

from workforce.models import HRRole
from workforce.text import fold, spreadsheet_safe
from workforce.views.base import ManageableRowsMixin, ServiceFormView

from . import services
from .models import Certificate


def _breadcrumbs(extra=None):
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("certificate_register:index"), "label": _("Certificates")},
    ]
    return items + ([{"url": "", "label": extra}] if extra else [])


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Certificate.Status.choices)

    class Meta:
        model = Certificate
        fields = []


def can_see_register(user) -> bool:
    return user.has_perm("certificates.view_certificate") or bool(HRRole.objects.paths_for(user))


class CertificateIndexView(ManageableRowsMixin, IndexView):
    model = Certificate
    # Access follows HR roles (checked in dispatch) and the rows follow their scope.
    permission_policy = None
    page_title = _("Certificates")
    header_icon = "doc-full-inverse"
    index_url_name = "certificate_register:index"
    index_results_url_name = "certificate_register:index_results"
    filterset_class = CertificateFilterSet
    search_fields = ["learner_name"]
    search_backend_name = None
    paginate_by = 50
    # The register export (XLSX, CSV), of the rows the user may see and has filtered.
    list_export = [
        "serial",
        "register_number",
        "learner_name",
        "date_of_birth",
        "title",
        "hours",
        "period_start",
        "period_end",
        "issued_at",
        "get_status_display",
        "revoked_at",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "so-dang-ky-giay-chung-nhan"
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        str: {"csv": spreadsheet_safe, "xlsx": spreadsheet_safe},
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_register(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return Certificate.objects.visible_to(self.request.user)

    def search_queryset(self, queryset):
        """Accent-insensitive on the name as issued, or an exact serial."""
        if not self.is_searching:
            return queryset
        by_name = queryset
        for word in fold(self.search_query).split():
            by_name = by_name.filter(learner_name_folded__contains=word)
        return by_name | queryset.filter(serial=self.search_query.strip().upper())

    def order_queryset(self, queryset):
        return queryset.order_by("-issued_at", "-pk")

    def get_breadcrumbs_items(self):
        return _breadcrumbs()

    def manageable_queryset(self):
        return Certificate.objects.manageable_by(self.request.user)

    @cached_property
    def columns(self):
        return [
            Column("serial", label=_("Serial")),
            Column("learner_name", label=_("Name")),
            Column("title", label=_("Course or programme")),
            DateColumn("issued_at", label=_("Issued on")),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda c: c.status == Certificate.Status.VALID,
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = [
            MenuItem(_("Verification page"), instance.get_verification_url(), icon_name="view")
        ]
        if self.can_manage(instance) and instance.status == Certificate.Status.VALID:
            buttons += [
                MenuItem(
                    _("Revoke"),
                    reverse("certificate_register:revoke", args=[instance.pk]),
                    icon_name="cross",
                ),
                MenuItem(
                    _("Reissue with a corrected name"),
                    reverse("certificate_register:reissue", args=[instance.pk]),
                    icon_name="edit",
                ),
            ]
        return buttons


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class ReissueForm(forms.Form):
    family_name = forms.CharField(label=_("Family name"), max_length=64)
    middle_name = forms.CharField(label=_("Middle name"), max_length=64, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=64)


class CertificateActionView(ServiceFormView):
    header_icon = "doc-full-inverse"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            Certificate.objects.manageable_by(request.user).valid(), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return f"{self.certificate.serial} · {self.certificate.learner_name}"

    def get_breadcrumbs_items(self):
        return _breadcrumbs(self.page_title)

    def get_success_url(self):
        return reverse("certificate_register:index")


class RevokeView(CertificateActionView):
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


class CertificateRegisterViewSet(ViewSet):
    name = "certificate_register"
    url_prefix = "certificates"
    icon = "doc-full-inverse"
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificates")
    menu_order = 230
    add_to_admin_menu = True

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem as AdminMenuItem

        class Item(AdminMenuItem):
            def is_shown(self, request):
                user = request.user
                return user.has_perm("certificates.view_certificate") or bool(
                    HRRole.objects.paths_for(user)
                )

        return Item

    def get_urlpatterns(self):
        return [
            path("", CertificateIndexView.as_view(), name="index"),
            path("results/", CertificateIndexView.as_view(results_only=True), name="index_results"),
            path("<int:pk>/revoke/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", ReissueView.as_view(), name="reissue"),
        ]
