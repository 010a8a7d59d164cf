"""How django-allauth fits this project: closed sign-up, staff without e-mail, invitations,
one count of failed passwords per person, and two-factor passed in the session for staff work."""

from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.authentication import get_authentication_records
from allauth.account.forms import ChangePasswordForm, default_token_generator
from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from lms.text import clean_text

from .models import User


def display_name(user) -> str:
    """How allauth names a person in its messages ("Signed in as ...")."""
    return user.full_name or user.staff_code


def signup_domains() -> list[str]:
    return [domain.lower().lstrip("@") for domain in settings.SIGNUP_EMAIL_DOMAINS]


def at_home(url: str) -> str:
    """`url` on the site's own address (BASE_URL), whatever host the request came in on: links
    in e-mails must not carry a Host header a client chose."""
    parts = urlsplit(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + urlunsplit(
        ("", "", parts.path, parts.query, parts.fragment)
    )


class AccountAdapter(DefaultAccountAdapter):
    def get_reset_password_from_key_url(self, key):
        return at_home(super().get_reset_password_from_key_url(key))

    def get_email_confirmation_url(self, request, emailconfirmation):
        return at_home(super().get_email_confirmation_url(request, emailconfirmation))

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
        allauth counts per typed login, so tries with the staff code, the e-mail address and
        a second address would each get their own five. Re-entering the password (to confirm
        a step, or to change it) counts in the same place. Unknown logins keep a count of
        their own, so guessing at them tells nothing."""
        email = (credentials.get("email") or "").strip()
        staff_code = clean_text(credentials.get("username") or "")
        if email:  # allauth puts the e-mail first when it has both (reauthentication)
            person = (
                EmailAddress.objects.filter(email__iexact=email)
                .values_list("user_id", flat=True)
                .first()
            )
        else:
            person = (
                User.objects.filter(staff_code__iexact=staff_code)
                .values_list("pk", flat=True)
                .first()
            )
        return f"person:{person}" if person else f"login:{(email or staff_code).lower()}"

    def get_reauthentication_methods(self, user):
        """Someone with an authenticator confirms a sensitive step with it, not the password:
        otherwise a session that passed only the password could re-enter it, read the recovery
        codes or swap the authenticator, and so open the admin (see two_factor_redirect)."""
        methods = super().get_reauthentication_methods(user)
        if has_authenticator(user):
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
    one counts towards the lock, and a locked account cannot change its password by guessing.
    (Here, not in forms.py: allauth's forms import that module for the sign-up form.)"""

    def clean_oldpassword(self) -> str:
        password = self.cleaned_data.get("oldpassword", "")
        if not get_adapter().reauthenticate(self.user, password):
            raise get_adapter().validation_error("enter_current_password")
        return password


def has_authenticator(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def passed_two_factor(request) -> bool:
    """Whether this session completed a two-factor step (at sign-in, on reauthentication, or
    by setting up the authenticator), as allauth records it on the session."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def two_factor_redirect(request):
    """Where a signed-in person must go before staff work (the admin, HR downloads), or None.

    With ADMIN_REQUIRE_TWO_FACTOR they need an authenticator, and this very session must have
    passed it: a session signed in with the password alone (before the authenticator was
    added, say) is asked for the code, then goes on to where it was going.
    """
    if not settings.ADMIN_REQUIRE_TWO_FACTOR:
        return None
    if not has_authenticator(request.user):
        messages.warning(
            request,
            _("Set up two-factor authentication before you use the administration area."),
        )
        return redirect("mfa_activate_totp")
    if passed_two_factor(request):
        return None
    messages.info(
        request,
        _("Enter the code from your authenticator app to open the administration area."),
    )
    query = urlencode({"next": request.get_full_path()})
    return redirect(f"{reverse('mfa_reauthenticate')}?{query}")


def record_two_factor_on_setup(sender, request, user, authenticator, **kwargs):
    """Receiver (allauth.mfa's authenticator_added): setting up an authenticator proves it, its
    code was just entered, so the session counts as having passed two-factor. allauth sends
    this once its transaction commits, which need not be inside the request: the session is
    saved here. (allauth has no public function for the record; a test pins it:
    test_setting_up_the_authenticator_opens_the_admin.)"""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
        request.session.save()


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
