"""The public activation pages: staff code + the code from the letter, then a first password.

Not signed in. Every refusal reads the same (workforce.activation says why); after the
password is set the person signs in as usual, through allauth and its rules.
"""

from allauth.account.adapter import get_adapter
from django import forms
from django.contrib import messages
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from ..activation import ActivationRefused, activate_account, check_activation_code
from ..models import ActivationCode

SESSION_KEY = "activation"
# How long the password step stays open after the code was accepted.
PASSWORD_STEP_SECONDS = 15 * 60


class ActivationCodeForm(forms.Form):
    staff_code = forms.CharField(
        label=_("Staff code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "characters"}),
    )
    code = forms.CharField(
        label=_("Activation code"),
        max_length=32,
        help_text=_("As printed in your letter, e.g. ABCDE-FGHJK."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}
        ),
    )


class ActivationStartView(FormView):
    form_class = ActivationCodeForm
    template_name = "workforce/activation/start.html"

    def get_initial(self):
        return {"staff_code": self.request.GET.get("staff_code", "")[:32]}

    def form_valid(self, form):
        try:
            activation = check_activation_code(
                staff_code=form.cleaned_data["staff_code"],
                code=form.cleaned_data["code"],
                address=get_adapter(self.request).get_client_ip(self.request),
            )
        except ActivationRefused as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        self.request.session[SESSION_KEY] = {
            "id": activation.pk,
            "at": int(timezone.now().timestamp()),
        }
        return redirect("activation:password")


def _pending_activation(request) -> ActivationCode | None:
    """The code accepted in this session a short while ago, if it is still usable."""
    pending = request.session.get(SESSION_KEY) or {}
    if not pending or timezone.now().timestamp() - pending.get("at", 0) > PASSWORD_STEP_SECONDS:
        return None
    activation = (
        ActivationCode.objects.select_related("person").filter(pk=pending.get("id")).first()
    )
    if activation is None or not activation.is_usable() or not activation.person.is_active:
        return None
    return activation


class ActivationPasswordView(FormView):
    form_class = SetPasswordForm  # Django's password validators, as allauth's forms use
    template_name = "workforce/activation/password.html"

    def dispatch(self, request, *args, **kwargs):
        self.activation = _pending_activation(request)
        if self.activation is None:
            request.session.pop(SESSION_KEY, None)
            messages.error(request, _("Please enter your staff code and activation code again."))
            return redirect("activation:start")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.activation.person}

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.activation.person, **kwargs)

    def form_valid(self, form):
        try:
            activate_account(
                activation=self.activation, password=form.cleaned_data["new_password1"]
            )
        except ActivationRefused as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        self.request.session.pop(SESSION_KEY, None)
        messages.success(
            self.request,
            _("Your account is active. Sign in with your staff code and your new password."),
        )
        return redirect("account_login")


start = never_cache(ActivationStartView.as_view())
password = never_cache(ActivationPasswordView.as_view())
