"""The public verification page: status, name, course, hours, issue date, issuer, serial; nothing else."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from workforce.accounts import two_factor_redirect
from workforce.permissions import may
from workforce.text import fold

from . import services
from .models import Certificate

LOOKUPS_PER_MINUTE = 20


class LookupForm(forms.Form):
    serial = forms.CharField(label=_("Serial"), max_length=40)
    family_name = forms.CharField(label=_("Family name"), max_length=64)


def _too_many_lookups(request) -> bool:
    """A small per-address limit, so serials cannot be tried by the thousand."""
    key = f"verify-lookups:{request.META.get('REMOTE_ADDR', '')}"
    count = cache.get_or_set(key, 0, 60)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, 60)
        count = 1
    return count > LOOKUPS_PER_MINUTE


def _render(request, certificate, form=None, status=200, message=""):
    response = TemplateResponse(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "form": form or LookupForm(), "message": message},
        status=status,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def verify(request, code):
    certificate = get_object_or_404(
        Certificate.objects.select_related("superseded_by"), verification_code=code
    )
    return _render(request, certificate)


def lookup(request):
    form = LookupForm(request.GET or None)
    if not form.is_bound:
        return _render(request, None, form)
    if _too_many_lookups(request):
        return _render(
            request, None, form, status=429, message=_("Too many lookups; try again in a minute.")
        )
    if not form.is_valid():
        return _render(request, None, form, status=400)
    serial = form.cleaned_data["serial"].strip().upper()
    certificate = Certificate.objects.select_related("superseded_by").filter(serial=serial).first()
    if certificate is None or fold(certificate.family_name) != fold(
        form.cleaned_data["family_name"]
    ):
        return _render(
            request,
            None,
            form,
            status=404,
            message=_("No certificate matches this serial and family name."),
        )
    return _render(request, certificate, form)


@login_required
def my_certificates(request):
    """The signed-in learner's own certificates, with the link anyone can use to verify them."""
    certificates = Certificate.objects.filter(user=request.user).select_related("superseded_by")
    return TemplateResponse(
        request, "certificates/my_certificates.html", {"certificates": certificates}
    )


@login_required
def download(request, certificate_id):
    """The PDF, for its holder and for HR who can see the holder; anyone else gets a 404.
    HR downloading someone else's is staff work: it needs two-factor, as the admin does."""
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if certificate.user_id != request.user.pk:
        if not may(request.user, "download", certificate):
            raise Http404
        if asked := two_factor_redirect(request):
            return asked
    response = HttpResponse(
        services.certificate_pdf(certificate=certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{certificate.serial}.pdf"'
    return response
