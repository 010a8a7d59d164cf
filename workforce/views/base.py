"""Pieces shared by the HR admin screens, all deciding scope through the one policy
(workforce.permissions): object lookups (404 outside the scope, 403 for a forbidden write),
menu items, per-row permissions for listings, a service-backed form view, progress JSON."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..permissions import may, policy_for


def scoped_object(model, user, pk, *, manage: bool = False, action: str = "", queryset=None):
    """The object for `action` ("change" when `manage`, else "view"): 404 when `user` may not
    even see it, so scope does not leak; 403 when they see it but may not take the action
    (a viewer's write). `queryset` narrows or prefetches the lookup."""
    policy = policy_for(model)
    action = action or ("change" if manage else "view")
    rows = model._default_manager.all() if queryset is None else queryset
    try:
        found = policy.narrow(rows, user, "view").get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if action != "view":
        require(policy.user_has_permission_for_instance(user, action, found))
    return found


def require(condition: bool):
    if not condition:
        raise PermissionDenied


def breadcrumbs(index_url_name: str, label, extra=None) -> list[dict]:
    """Home › the screen's index › (the current page, when it is not the index)."""
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse(index_url_name), "label": label},
    ]
    return items + ([{"url": "", "label": extra}] if extra else [])


class IndexCrumbsMixin:
    """Breadcrumbs Home › the listing (`index_url_name`, `index_label`) › this page."""

    index_url_name = ""
    index_label = ""

    def get_breadcrumbs_items(self):
        if not self.index_url_name:
            return super().get_breadcrumbs_items()
        return breadcrumbs(self.index_url_name, self.index_label, self.get_page_title())


class ServiceFormView(IndexCrumbsMixin, WagtailAdminTemplateMixin, FormView):
    """A Wagtail-styled form whose valid data goes to one service call.

    Subclasses set `page_title`, `submit_button_label`, `success_message` and implement
    `perform(form)`; a ValidationError from the service is shown on the form, nothing saved.
    """

    template_name = "wagtailadmin/generic/form.html"
    submit_button_label = _("Save")
    success_message = ""
    header_icon = "folder-open-inverse"

    def perform(self, form):
        raise NotImplementedError

    def get_success_url(self):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            with transaction.atomic():
                result = self.result = self.perform(form)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
            # Wagtail's generic form shows no errors outside the fields: say them in the message.
            reasons = " ".join(str(message) for message in form.non_field_errors())
            if reasons:
                messages.error(
                    self.request, _("Nothing was changed: %(reasons)s") % {"reasons": reasons}
                )
            else:
                messages.error(
                    self.request, _("Nothing was changed. Please correct the errors below.")
                )
            return self.form_invalid(form)
        if self.success_message:
            messages.success(self.request, self.success_message % {"object": result})
        return redirect(self.get_success_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=self.submit_button_label,
            media=form.media,
        )
        return context


class ManageableRowsMixin:
    """For a listing: which rows on the current page the user may take an action on, one
    query per action asked (`may_on(action, row)`); `can_manage` is `may_on("change", row)`."""

    def manageable_queryset(self):
        """What the user may change; the model's permission policy unless a view says otherwise."""
        return policy_for(self.model).instances_user_has_permission_for(self.request.user, "change")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        self.page_ids = [row.pk for row in rows]
        self.manageable_ids = set(
            self.manageable_queryset().filter(pk__in=self.page_ids).values_list("pk", flat=True)
        )
        return paginator, page, rows, is_paginated

    def permitted_ids(self, action: str) -> set:
        cache = self.__dict__.setdefault("_permitted_ids", {})
        if action not in cache:
            rows = self.model._default_manager.filter(pk__in=getattr(self, "page_ids", ()))
            narrowed = policy_for(self.model).narrow(rows, self.request.user, action)
            cache[action] = set(narrowed.values_list("pk", flat=True))
        return cache[action]

    def may_on(self, action: str, instance) -> bool:
        return instance.pk in self.permitted_ids(action)

    def can_manage(self, instance) -> bool:
        return instance.pk in getattr(self, "manageable_ids", ())


class ScopedIndexMixin(ManageableRowsMixin):
    """A Wagtail listing of `model` guarded by its scope policy: opening it needs "view" on
    some row (403 otherwise); the rows' buttons ask `may_on(action, row)`."""

    permission_required = "view"
    any_permission_required = None

    @property
    def permission_policy(self):
        return policy_for(self.model)


class ScopedMenuItem(MenuItem):
    """A menu item shown to whoever may take `action` (view, unless told) on some row."""

    model = None
    action = "view"

    @classmethod
    def for_model(cls, model, action: str = "view"):
        return type(f"{model.__name__}MenuItem", (cls,), {"model": model, "action": action})

    def is_shown(self, request):
        return may(request.user, self.action, self.model)


class ScopedForm(forms.Form):
    """A form that takes the user (ScopedFormView passes it) to scope its choices."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)


class ScopedFormView(ServiceFormView):
    """A service form for HR: the user must be allowed `permission_action` on some row of
    `permission_model` (or a subclass's `allowed(user)` says), and the form gets the user, so
    its choices (agencies, courses) stay within what the user manages."""

    permission_model = None
    permission_action = "add"

    def allowed(self, user) -> bool:
        return may(user, self.permission_action, self.permission_model)

    def dispatch(self, request, *args, **kwargs):
        require(self.allowed(request.user))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


def progress_json(work) -> JsonResponse:
    """What a progress page polls: a background job's status, count done, total and percent."""
    return JsonResponse(
        {
            "status": work.status,
            "status_label": str(work.get_status_display()),
            "done": work.done,
            "total": work.total,
            "percent": work.percent,
            "finished": work.is_finished,
        }
    )
