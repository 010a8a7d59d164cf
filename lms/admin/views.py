"""The admin toolkit every app's screens share: breadcrumbs, a Wagtail-styled form whose valid
data goes to one service call, a permission guard, and the JSON a progress page polls. Imports
none of our apps; the agency-scoped pieces built on it live in workforce.views.scoped."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


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
