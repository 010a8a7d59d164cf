"""Pieces shared by the workforce admin screens: scoped lookups and a service-backed form view."""

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
from wagtail.permissions import policy_registry


def scoped_object(model, user, pk, *, manage: bool):
    """The object if `user` may read (or manage) it; 404 otherwise, so scope does not leak."""
    policy = policy_registry.get_by_type(model)
    queryset = policy.instances_user_has_permission_for(user, "change" if manage else "view")
    try:
        return queryset.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def agency_scoped_object(queryset, user, pk):
    """An object with an `agency` that `user` may change: 404 when its agency is outside what
    they may see (scope does not leak), 403 when they may see it but not change it."""
    from workforce.models import Agency

    found = queryset.filter(pk=pk, agency__in=Agency.objects.visible_to(user)).first()
    if found is None:
        raise Http404
    if not Agency.objects.manageable_by(user).filter(pk=found.agency_id).exists():
        raise PermissionDenied
    return found


class ServiceFormView(WagtailAdminTemplateMixin, FormView):
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
            messages.error(self.request, _("Nothing was changed. Please correct the errors below."))
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


def require(condition: bool):
    if not condition:
        raise PermissionDenied


class ManageableRowsMixin:
    """For a listing: which rows on the current page the user may change, in one query."""

    def manageable_queryset(self):
        """What the user may change; the model's permission policy unless a view says otherwise."""
        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_permission_for(self.request.user, "change")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        self.manageable_ids = set(
            self.manageable_queryset()
            .filter(pk__in=[row.pk for row in rows])
            .values_list("pk", flat=True)
        )
        return paginator, page, rows, is_paginated

    def can_manage(self, instance) -> bool:
        return instance.pk in getattr(self, "manageable_ids", ())


class ScopedMenuItem(MenuItem):
    """A menu item shown to whoever may view at least part of a model."""

    model = None

    @classmethod
    def for_model(cls, model):
        return type(f"{model.__name__}MenuItem", (cls,), {"model": model})

    def is_shown(self, request):
        return policy_registry.get_by_type(self.model).user_has_permission(request.user, "view")


class ScopedForm(forms.Form):
    """A form that takes the user (ScopedFormView passes it) to scope its choices."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)


class ScopedFormView(ServiceFormView):
    """A service form for HR: `allowed(user)` guards it, and the form gets the user, so its
    choices (agencies, courses) stay within what the user manages."""

    def allowed(self, user) -> bool:
        raise NotImplementedError

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


def breadcrumbs(index_url_name: str, label, extra=None) -> list[dict]:
    """Home › the screen's index › (the current page, when it is not the index)."""
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse(index_url_name), "label": label},
    ]
    return items + ([{"url": "", "label": extra}] if extra else [])
