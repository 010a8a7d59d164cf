"""HR role assignment: who is HR officer or viewer of which agency subtree."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import Button

from lms.admin.views import IndexCrumbsMixin, ServiceFormView, require

from .. import services
from ..forms import HRRoleForm
from ..models import Agency, HRRole, User
from ..permissions import may
from .scoped import ScopedIndexMixin, ScopedMenuItem, scoped_object


class HRRoleIndexView(ScopedIndexMixin, IndexView):
    model = HRRole
    page_title = _("HR roles")
    add_item_label = _("Grant an HR role")
    header_icon = "key"
    index_url_name = "hr_roles:index"
    index_results_url_name = "hr_roles:index_results"
    add_url_name = "hr_roles:add"
    search_fields = ["person__name_folded"]
    search_backend_name = None
    paginate_by = 50

    def get_base_queryset(self):
        return HRRole.objects.visible_to(self.request.user).select_related(
            "person", "agency", "granted_by"
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(person__in=User.objects.search(self.search_query))

    def order_queryset(self, queryset):
        return queryset.order_by("agency__path", "person__name_sort_key")

    def get_add_url(self):
        return reverse("hr_roles:add") if may(self.request.user, "add", HRRole) else None

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "person",
                label=_("Person"),
                accessor=lambda r: f"{r.person.full_name} ({r.person.staff_code})",
                get_url=lambda r: None,
            ),
            Column("role", label=_("Role"), accessor="get_role_display"),
            Column("agency", label=_("Agency subtree"), accessor=lambda r: r.agency.name),
            DateColumn("granted_at", label=_("Granted")),
        ]

    def get_list_more_buttons(self, instance):
        if not self.may_on("delete", instance):
            return []
        url = reverse("hr_roles:revoke", args=[instance.pk])
        return [Button(_("Revoke"), url=url, icon_name="bin", priority=10)]


class HRRoleCreateView(ServiceFormView):
    page_title = _("Grant an HR role")
    submit_button_label = _("Grant")
    success_message = _("Role granted: %(object)s.")
    form_class = HRRoleForm
    header_icon = "key"
    index_url_name = "hr_roles:index"
    index_label = _("HR roles")

    def dispatch(self, request, *args, **kwargs):
        require(may(request.user, "add", HRRole))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        user = self.request.user
        return {
            **super().get_form_kwargs(),
            "agencies": Agency.objects.manageable_by(user),
            "people": User.objects.manageable_by(user),
        }

    def perform(self, form):
        data = form.cleaned_data
        return services.grant_hr_role(
            person=data["person"],
            agency=data["agency"],
            role=data["role"],
            granted_by=self.request.user,
        )

    def get_success_url(self):
        return reverse("hr_roles:index")


class HRRoleRevokeView(IndexCrumbsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/hr_role_revoke.html"
    page_title = _("Revoke HR role")
    header_icon = "key"
    index_url_name = "hr_roles:index"
    index_label = _("HR roles")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.hr_role = scoped_object(HRRole, request.user, kwargs["pk"], action="delete")

    def get_context_data(self, **kwargs):
        return super().get_context_data(hr_role=self.hr_role, **kwargs)

    def post(self, request, *args, **kwargs):
        services.revoke_hr_role(hr_role=self.hr_role, actor=request.user)
        messages.success(request, _("Role revoked: %(role)s.") % {"role": self.hr_role})
        return redirect("hr_roles:index")


class HRRoleViewSet(ViewSet):
    name = "hr_roles"
    url_prefix = "hr-roles"
    icon = "key"
    menu_icon = "key"
    menu_label = _("HR roles")
    menu_order = 220
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(HRRole)

    def get_urlpatterns(self):
        return [
            path("", HRRoleIndexView.as_view(), name="index"),
            path("results/", HRRoleIndexView.as_view(results_only=True), name="index_results"),
            path("new/", HRRoleCreateView.as_view(), name="add"),
            path("<int:pk>/revoke/", HRRoleRevokeView.as_view(), name="revoke"),
        ]
