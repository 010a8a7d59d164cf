"""Adding, editing, deactivating and inviting a person (the People screen's write views)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from lms.admin.views import ServiceFormView, breadcrumbs, require

from .. import services
from ..forms import PersonForm
from ..models import Agency, User
from ..tasks import send_invitation_email
from .scoped import scoped_object


def people_breadcrumbs(extra: str | None = None) -> list[dict]:
    return breadcrumbs("wagtailusers_users:index", _("People"), extra)


def person_url(person) -> str:
    return reverse("wagtailusers_users:detail", args=[person.pk])


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
        return person_url(self.result)


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
        return people_breadcrumbs(self.page_title)

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
        return people_breadcrumbs(self.person.full_name)

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
        return people_breadcrumbs(self.person.full_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            services.set_person_active(
                person=self.person, active=not self.person.is_active, actor=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(person_url(self.person))
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
        return redirect(person_url(self.person))


class PersonInviteView(WagtailAdminTemplateMixin, TemplateView):
    """Send the invitation e-mail again, after a confirmation page (POST only sends)."""

    template_name = "workforce/admin/person_invite.html"
    page_title = _("Send the invitation again")
    header_icon = "mail"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = scoped_object(User, request.user, kwargs["pk"], manage=True)

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return people_breadcrumbs(self.person.full_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def post(self, request, pk):
        person = self.person
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
        return redirect(person_url(person))
