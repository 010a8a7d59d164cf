"""The People screen: it replaces Wagtail's user management, scoped to the HR user's subtrees."""

import django_filters
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.permissions import policy_registry

from .. import services
from ..forms import AgencyChoiceField, PersonForm
from ..models import Agency, Category, User
from ..tasks import send_invitation_email
from .base import ManageableRowsMixin, ScopedMenuItem, ServiceFormView, require, scoped_object


def _people_breadcrumbs(extra: str | None = None) -> list[dict]:
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("wagtailusers_users:index"), "label": _("People")},
    ]
    if extra:
        items.append({"url": "", "label": extra})
    return items


class SubtreeFilter(django_filters.ModelChoiceFilter):
    field_class = AgencyChoiceField

    def filter(self, queryset, value):
        return queryset.in_subtrees([value]) if value else queryset


class PersonFilterSet(WagtailFilterSet):
    agency = SubtreeFilter(
        label=_("Agency (with its units)"),
        queryset=lambda request: Agency.objects.visible_to(request.user).order_by("path"),
    )
    category = django_filters.ChoiceFilter(label=_("Category"), choices=Category.choices)
    is_active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)

    class Meta:
        model = User
        fields = []


class PersonIndexView(ManageableRowsMixin, IndexView):
    model = User
    page_title = _("People")
    add_item_label = _("Add a person")
    header_icon = "group"
    index_url_name = "wagtailusers_users:index"
    index_results_url_name = "wagtailusers_users:index_results"
    add_url_name = "wagtailusers_users:add"
    filterset_class = PersonFilterSet
    search_fields = ["name_folded"]
    search_backend_name = None
    paginate_by = 50

    def get_base_queryset(self):
        return User.objects.visible_to(self.request.user).select_related("agency")

    def search_queryset(self, queryset):
        return queryset.search(self.search_query) if self.is_searching else queryset

    def order_queryset(self, queryset):
        return queryset.vietnamese_order()

    def get_breadcrumbs_items(self):
        return _people_breadcrumbs()

    def person_url(self, person):
        if self.can_manage(person):
            return reverse("wagtailusers_users:edit", args=[person.pk])
        return reverse("wagtailusers_users:detail", args=[person.pk])

    @cached_property
    def columns(self):
        return [
            TitleColumn("full_name", label=_("Full name"), get_url=self.person_url),
            Column("staff_code", label=_("Staff code"), width="12%"),
            Column(
                "agency", label=_("Agency"), accessor=lambda p: p.agency.name if p.agency else "—"
            ),
            Column("category", label=_("Category"), accessor="get_category_display", width="16%"),
            Column("position", label=_("Position"), width="14%"),
            StatusTagColumn(
                "is_active",
                label=_("Status"),
                accessor=lambda p: _("Active") if p.is_active else _("Deactivated"),
                primary=lambda p: p.is_active,
                width="10%",
            ),
        ]

    def get_list_more_buttons(self, instance):
        if not self.can_manage(instance):
            return [
                MenuItem(
                    _("View"),
                    reverse("wagtailusers_users:detail", args=[instance.pk]),
                    icon_name="view",
                )
            ]
        return [
            MenuItem(
                _("Edit"), reverse("wagtailusers_users:edit", args=[instance.pk]), icon_name="edit"
            ),
            MenuItem(
                _("Deactivate") if instance.is_active else _("Reactivate"),
                reverse("wagtailusers_users:set_active", args=[instance.pk]),
                icon_name="lock" if instance.is_active else "lock-open",
            ),
        ]


class PersonFormView(ServiceFormView):
    form_class = PersonForm
    header_icon = "user"

    def get_form_kwargs(self):
        user = self.request.user
        return {
            **super().get_form_kwargs(),
            "agencies": Agency.objects.manageable_by(user),
            "can_grant_rights": user.is_superuser,
        }

    def save_rights(self, form, person):
        # Only administrators get these fields (see PersonForm); runs in perform's transaction.
        if "groups" in form.cleaned_data:
            services.set_person_rights(
                person=person,
                groups=form.cleaned_data["groups"],
                is_superuser=form.cleaned_data["is_superuser"],
                actor=self.request.user,
            )

    def get_success_url(self):
        return reverse("wagtailusers_users:index")


class PersonCreateView(PersonFormView):
    page_title = _("Add a person")
    submit_button_label = _("Create")
    success_message = _(
        "%(object)s was added. An invitation e-mail is on its way if an address was given."
    )

    def dispatch(self, request, *args, **kwargs):
        require(policy_registry.get_by_type(User).user_has_permission(request.user, "add"))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return _people_breadcrumbs(self.page_title)

    def perform(self, form):
        person = services.create_person(actor=self.request.user, **form.person_fields())
        self.save_rights(form, person)
        return person


class PersonEditView(PersonFormView):
    template_name = "workforce/admin/person_form.html"
    page_title = _("Edit person")
    submit_button_label = _("Save")
    success_message = _("%(object)s was updated.")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = scoped_object(User, request.user, kwargs["pk"], manage=True)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.person}

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return _people_breadcrumbs(self.person.full_name)

    def perform(self, form):
        # The form validated a copy; the service re-reads and saves under a row lock.
        self.person.refresh_from_db()
        person = services.update_person(
            person=self.person, actor=self.request.user, **form.person_fields()
        )
        self.save_rights(form, person)
        return person

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.person
        return context


class PersonDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/person_detail.html"
    page_title = _("Person")
    header_icon = "user"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = scoped_object(User, request.user, kwargs["pk"], manage=False)

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return _people_breadcrumbs(self.person.full_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)


class PersonSetActiveView(WagtailAdminTemplateMixin, TemplateView):
    """Deactivate or reactivate a person, after a confirmation page (POST only changes)."""

    template_name = "workforce/admin/person_set_active.html"
    header_icon = "lock"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = scoped_object(User, request.user, kwargs["pk"], manage=True)

    def get_page_title(self):
        return _("Deactivate") if self.person.is_active else _("Reactivate")

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return _people_breadcrumbs(self.person.full_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            services.set_person_active(
                person=self.person, active=not self.person.is_active, actor=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("wagtailusers_users:index")
        if self.person.is_active:
            messages.success(
                request, _("%(name)s can sign in again.") % {"name": self.person.full_name}
            )
        else:
            messages.success(
                request,
                _("%(name)s was deactivated and can no longer sign in. Their records are kept.")
                % {"name": self.person.full_name},
            )
        return redirect("wagtailusers_users:index")


class PersonInviteView(View):
    """Send the invitation e-mail again (POST only)."""

    def post(self, request, pk):
        person = scoped_object(User, request.user, pk, manage=True)
        if not person.is_active:
            messages.error(
                request,
                _("This person is deactivated; reactivate them before sending an invitation."),
            )
        elif not person.email:
            messages.error(
                request, _("This person has no e-mail address to send an invitation to.")
            )
        elif person.has_usable_password():
            messages.warning(
                request,
                _(
                    "This person has already set a password; they can use “Forgot your password?” on the sign-in page."
                ),
            )
        else:
            send_invitation_email.enqueue(person.pk)
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": person.email})
        return redirect("wagtailusers_users:edit", pk=person.pk)


class PersonViewSet(ViewSet):
    """Registered by Wagtail's users app as `wagtailusers_users` (see workforce.apps.UsersConfig)."""

    icon = "group"
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 200
    add_to_admin_menu = True
    menu_item_class = ScopedMenuItem.for_model(User)

    def get_urlpatterns(self):
        return [
            path("", PersonIndexView.as_view(), name="index"),
            path("results/", PersonIndexView.as_view(results_only=True), name="index_results"),
            path("new/", PersonCreateView.as_view(), name="add"),
            path("<int:pk>/", PersonEditView.as_view(), name="edit"),
            path("<int:pk>/view/", PersonDetailView.as_view(), name="detail"),
            path("<int:pk>/active/", PersonSetActiveView.as_view(), name="set_active"),
            path("<int:pk>/invite/", PersonInviteView.as_view(), name="invite"),
            path("<int:pk>/usage/", PersonDetailView.as_view(), name="usage"),
        ]
