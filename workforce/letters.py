"""Activation letters as one print-ready PDF (WeasyPrint): a page per person with their name,
staff code, agency, the site's address and a QR code to the activation page, the code and
its expiry date. The fonts and the QR drawing are the certificates' (certificates.pdf): the
bundled Noto fonts cover Vietnamese. About 75 ms a page, hence LETTERS_PER_REQUEST."""

import atexit
import base64
import functools

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode

# One QR drawing and one set of bundled fonts for every PDF of the site: an upward import from
# workforce, the one besides the person page's learning record (tests/lms/test_architecture.py).
from certificates.pdf import FONTS, qr_png
from lms.text import official_date

from .models import Agency


def activation_url(staff_code: str = "") -> str:
    """The public activation page; with a staff code, the page opens with it filled in."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("activation:start")
    return f"{url}?{urlencode({'staff_code': staff_code})}" if staff_code else url


def qr_image(url: str) -> str:
    """A QR code as a data URI: the certificates' small greyscale PNG, which WeasyPrint draws
    in half the time of the same code as inline SVG."""
    return "data:image/png;base64," + base64.b64encode(qr_png(url)).decode("ascii")


@functools.cache
def _renderer():
    """The font configuration and the parsed stylesheet, made once per process."""
    # WeasyPrint is heavy: loaded only by the process that draws letters.
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = render_to_string("workforce/activation/letter.css", {"fonts": _fonts_uri()})
    return fonts, CSS(string=css, font_config=fonts)


# Let the font configuration go while WeasyPrint's libraries are still loaded.
atexit.register(_renderer.cache_clear)


def _fonts_uri() -> str:
    return FONTS.as_uri()


def _provinces(people) -> dict[int, str]:
    """Each person's top agency (the province), by person id."""
    steplen = Agency.steplen
    roots = {person.agency.path[:steplen] for person in people if person.agency}
    names = dict(Agency.objects.filter(path__in=roots).values_list("path", "name"))
    return {
        person.pk: names.get(person.agency.path[:steplen], "") if person.agency else ""
        for person in people
    }


def letters_html(issued) -> str:
    people = [item.person for item in issued]
    provinces = _provinces(people)
    letters = [
        {
            "person": item.person,
            "code": item.code,
            "expires_on": official_date(timezone.localdate(item.expires_at)),
            "province": provinces.get(item.person.pk, ""),
            "qr": qr_image(activation_url(item.person.staff_code)),
        }
        for item in issued
    ]
    with translation.override("vi"):
        return render_to_string(
            "workforce/activation/letter.html",
            {
                "letters": letters,
                "site_name": settings.WAGTAIL_SITE_NAME,
                "site_url": activation_url(),
            },
        )


def render_letters_pdf(issued) -> bytes:
    """One PDF, a page per IssuedCode (workforce.activation.issue_activation_codes)."""
    from weasyprint import HTML  # heavy: see _renderer

    fonts, stylesheet = _renderer()
    return HTML(string=letters_html(issued), base_url=_fonts_uri()).write_pdf(
        stylesheets=[stylesheet], font_config=fonts
    )
