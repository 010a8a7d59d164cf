"""The public verification page: status, name, course, hours, issue date, issuer, serial; nothing else."""

import ipaddress
import logging
import math
import time

from allauth.account.adapter import get_adapter
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from lms.text import fold
from workforce.accounts import two_factor_redirect
from workforce.permissions import may

from . import services
from .models import Certificate
from .signing import SigningError

logger = logging.getLogger(__name__)

LOOKUPS_PER_WINDOW = 20
LOOKUP_WINDOW_SECONDS = 60


class LookupForm(forms.Form):
    serial = forms.CharField(label=_("Serial"), max_length=40)
    family_name = forms.CharField(label=_("Family name"), max_length=64)


def client_address(request) -> str:
    """The client's address as the trusted proxy reports it (allauth's reading of
    ALLAUTH_TRUSTED_PROXY_COUNT / ALLAUTH_TRUSTED_CLIENT_IP_HEADER, as its own rate limits
    use); an IPv6 client counts by its /64 network, which one subscriber usually holds whole."""
    address = get_adapter(request).get_client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.IPv6Network(f"{parsed}/64", strict=False).network_address)
    return address


def lookup_wait(request) -> int:
    """Seconds this client must wait before its next lookup (0: it may look up now).

    A fixed window per client address, so serials cannot be tried by the thousand. The window's
    number is part of the key: a lookup never extends the window (some cache backends reset a
    key's timeout on `incr`), and a new window starts from nothing.
    """
    window, elapsed = divmod(time.time(), LOOKUP_WINDOW_SECONDS)
    key = f"verify-lookups:{client_address(request)}:{int(window)}"
    cache.add(key, 0, LOOKUP_WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, LOOKUP_WINDOW_SECONDS * 2)
        count = 1
    if count <= LOOKUPS_PER_WINDOW:
        return 0
    return max(1, math.ceil(LOOKUP_WINDOW_SECONDS - elapsed))


def _render(request, certificate=None, form=None, status=200, message="", unknown=False):
    response = TemplateResponse(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "form": form or LookupForm(),
            "message": message,
            "unknown": unknown,
        },
        status=status,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _certificates():
    return Certificate.objects.select_related("superseded_by", "supersedes")


def verify(request, code):
    """Every code gets an answer in the site's layout; one that names no certificate, a 404."""
    certificate = _certificates().filter(verification_code=code).first()
    if certificate is None:
        return _render(
            request,
            status=404,
            unknown=True,
            message=_(
                "No certificate carries this code. Check the address against the QR code or "
                "the printed link, or look the certificate up by its serial below."
            ),
        )
    return _render(request, certificate)


def lookup(request):
    form = LookupForm(request.GET or None)
    if not form.is_bound:
        return _render(request, form=form)
    if wait := lookup_wait(request):
        response = _render(
            request,
            form=form,
            status=429,
            message=ngettext(
                "Too many lookups from your address; try again in %(seconds)d second.",
                "Too many lookups from your address; try again in %(seconds)d seconds.",
                wait,
            )
            % {"seconds": wait},
        )
        response["Retry-After"] = str(wait)
        return response
    if not form.is_valid():
        return _render(request, form=form, status=400)
    # Serials of series named before prefixes had to be upper-case keep their case.
    certificate = _certificates().filter(serial__iexact=form.cleaned_data["serial"].strip()).first()
    if certificate is None or fold(certificate.family_name) != fold(
        form.cleaned_data["family_name"]
    ):
        return _render(
            request,
            form=form,
            status=404,
            message=_("No certificate matches this serial and family name."),
        )
    return _render(request, certificate, form)


@login_required
def my_certificates(request):
    """The signed-in learner's own certificates, with the link anyone can use to verify them."""
    certificates = Certificate.objects.filter(user=request.user).select_related("superseded_by")
    return TemplateResponse(
        request,
        "certificates/my_certificates.html",
        {"certificates": certificates},
    )


@login_required
def download(request, certificate_id):
    """The PDF, for its holder and for HR who can see the holder; anyone else gets a 404.
    HR downloading someone else's is staff work: it needs two-factor, as the admin does.
    A revoked or superseded certificate's PDF comes drawn marked as such."""
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if certificate.user_id != request.user.pk:
        if not may(request.user, "download", certificate):
            raise Http404
        if asked := two_factor_redirect(request):
            return asked
    try:
        pdf = services.certificate_pdf(certificate=certificate)
    except SigningError:
        logger.exception("Certificate %s: its PDF could not be signed", certificate.serial)
        messages.error(
            request,
            _(
                "The PDF of certificate %(serial)s cannot be signed at the moment; nothing is "
                "lost. Try again in a few minutes."
            )
            % {"serial": certificate.serial},
        )
        if certificate.user_id == request.user.pk:
            return redirect("certificates:mine")
        return redirect(reverse("certificate_register:inspect", args=[certificate.pk]))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.serial}.pdf"'
    return response
