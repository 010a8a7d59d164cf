"""How django-allauth fits this project: closed sign-up, staff without e-mail, invitations."""

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.forms import ChangePasswordForm, default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.core import context
from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import User


def display_name(user) -> str:
    """How allauth names a person in its messages ("Signed in as ...")."""
    return user.full_name or user.staff_code


def signup_domains() -> list[str]:
    return [domain.lower().lstrip("@") for domain in settings.SIGNUP_EMAIL_DOMAINS]


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts come from HR; sign-up opens only for the e-mail domains listed in settings.
        return bool(signup_domains())

    def clean_email(self, email):
        email = super().clean_email(email).strip().lower()
        domains = signup_domains()
        if domains and email.rsplit("@", 1)[-1] not in domains:
            raise forms.ValidationError(
                _("Sign-up is open only to addresses at: %(domains)s.")
                % {"domains": ", ".join(domains)}
            )
        return email

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.family_name = data.get("family_name", "")
        user.middle_name = data.get("middle_name", "")
        user.given_name = data.get("given_name", "")
        return super().save_user(request, user, form, commit=commit)

    def _get_login_attempts_cache_key(self, request, **credentials):
        """One count of failed passwords per person, whatever they typed to name themselves:
        allauth counts per typed login, so three tries with the staff code and three with the
        e-mail address would never lock the account. Re-entering the password (to confirm a
        sensitive step, or to change it) counts in the same place. Unknown logins keep their
        own count, so guessing at them tells nothing."""
        login = (credentials.get("email") or credentials.get("username") or "").strip()
        person = (
            User.objects.filter(Q(staff_code__iexact=login) | Q(email__iexact=login))
            .values_list("pk", flat=True)
            .first()
            if login
            else None
        )
        return f"person:{person}" if person else f"login:{login.lower()}"

    def get_reauthentication_methods(self, user):
        """allauth's ways to confirm it is you, minus the password where the admin asks for
        the authenticator's code (lms.admin_access): the password alone would only lead back
        to the same request for the code."""
        methods = super().get_reauthentication_methods(user)
        request = context.request
        if (
            request is not None
            and request.path == reverse("mfa_reauthenticate")
            and request.GET.get("next", "").startswith(reverse("wagtailadmin_home"))
        ):
            return [method for method in methods if method["id"].startswith("mfa_")]
        return methods

    def get_login_stages(self):
        return [
            "workforce.stages.EmailVerificationStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]


class PasswordChangeForm(ChangePasswordForm):
    """allauth's form, with the current password checked the way a sign-in checks it: a wrong
    one counts towards the lock, and a locked account cannot change its password by guessing."""

    def clean_oldpassword(self) -> str:
        password = self.cleaned_data.get("oldpassword", "")
        if not get_adapter().reauthenticate(self.user, password):
            raise get_adapter().validation_error("enter_current_password")
        return password


def mark_email_verified(person) -> None:
    """HR vouches for the addresses it enters; they count as verified for allauth."""
    if not person.email:
        EmailAddress.objects.filter(user=person).delete()
        return
    EmailAddress.objects.filter(user=person).exclude(email__iexact=person.email).delete()
    EmailAddress.objects.update_or_create(
        user=person, email=person.email, defaults={"verified": True, "primary": True}
    )


def invitation_url(person) -> str:
    key = f"{user_pk_to_url_str(person)}-{default_token_generator.make_token(person)}"
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(person), "key": "KEY"},
    ).replace(f"{user_pk_to_url_str(person)}-KEY", key)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(*, person) -> bool:
    """E-mail a person a link to set their first password. False when they have no e-mail."""
    if not person.email or not person.is_active:
        return False
    context = {
        "person": person,
        "url": invitation_url(person),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("workforce/email/invitation_subject.txt", context).strip()
        body = render_to_string("workforce/email/invitation_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
    return True
