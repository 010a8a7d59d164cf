"""System checks for certificates: WeasyPrint's system libraries are there, and the site's
address printed into every certificate (BASE_URL) is one the site answers to."""

import ctypes
import ctypes.util
import importlib.util
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http.request import split_domain_port, validate_host

# The Debian packages that bring them (the Makefile's RUNTIME_PACKAGES).
RUNTIME_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"

# The libraries WeasyPrint 70 opens when it is imported (weasyprint/text/ffi.py), by their
# Linux and macOS file names, then their short names. They are opened here with ctypes (a few
# milliseconds) rather than by importing WeasyPrint (half a second, on every manage.py command).
REQUIRED_LIBRARIES = {
    "GObject": ("libgobject-2.0.so.0", "libgobject-2.0.0.dylib", "gobject-2.0"),
    "Pango": ("libpango-1.0.so.0", "libpango-1.0.dylib", "pango-1.0"),
    "HarfBuzz": ("libharfbuzz.so.0", "libharfbuzz.0.dylib", "harfbuzz"),
    "Fontconfig": ("libfontconfig.so.1", "libfontconfig.1.dylib", "fontconfig"),
    "PangoFT2": ("libpangoft2-1.0.so.0", "libpangoft2-1.0.dylib", "pangoft2-1.0"),
}
SUBSETTER = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "harfbuzz-subset")


@dataclass(frozen=True)
class WeasyPrintSupport:
    missing: tuple[str, ...]  # what WeasyPrint cannot load without: it cannot render at all
    subsetter: bool  # HarfBuzz's subsetter; without it fonts are subset by fontTools, slowly


def _open(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    found = ctypes.util.find_library(names[-1])
    try:
        return ctypes.CDLL(found) if found else None
    except OSError:
        return None


def probe_weasyprint() -> WeasyPrintSupport:
    """What WeasyPrint finds on this machine, asked of WeasyPrint itself when the process has
    already imported it, else by opening the same libraries it opens."""
    loaded = sys.modules.get("weasyprint.text.ffi")
    if loaded is not None:
        # WeasyPrint subsets with HarfBuzz only from version 4.1 (weasyprint/pdf/fonts.py).
        subsetter = loaded.harfbuzz_subset is not None and bool(
            loaded.harfbuzz.hb_version_atleast(4, 1, 0)
        )
        return WeasyPrintSupport(missing=(), subsetter=subsetter)
    if importlib.util.find_spec("weasyprint") is None:
        return WeasyPrintSupport(missing=("the weasyprint Python package",), subsetter=False)
    libraries = {name: _open(names) for name, names in REQUIRED_LIBRARIES.items()}
    missing = tuple(name for name, library in libraries.items() if library is None)
    harfbuzz = libraries["HarfBuzz"]
    subsetter = (
        _open(SUBSETTER) is not None
        and harfbuzz is not None
        and bool(harfbuzz.hb_version_atleast(4, 1, 0))
    )
    return WeasyPrintSupport(missing=missing, subsetter=subsetter)


def check_weasyprint(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    support = probe_weasyprint()
    if support.missing:
        return [
            checks.Error(
                f"WeasyPrint cannot load: {', '.join(support.missing)} not found. Certificate "
                "and letter PDFs cannot be rendered.",
                hint=f"On Debian: apt-get install {RUNTIME_PACKAGES} (make demo installs them).",
                id="certificates.E001",
            )
        ]
    if not support.subsetter:
        return [
            checks.Warning(
                "HarfBuzz's subsetter (libharfbuzz-subset, version 4.1 or later) was not found: "
                "WeasyPrint falls back to fontTools, which makes every PDF slower to render and "
                "warns on each one.",
                hint="On Debian: apt-get install libharfbuzz-subset0 (make demo installs it).",
                id="certificates.W001",
            )
        ]
    return []


def check_base_url_host(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Links in certificates and e-mails must lead to a host this site serves."""
    netloc = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc.rpartition("@")[2]
    host, _port = split_domain_port(netloc)
    if host and validate_host(host, settings.ALLOWED_HOSTS):
        return []
    return [
        checks.Warning(
            f"BASE_URL ({settings.WAGTAILADMIN_BASE_URL}) names a host that is not in "
            f"ALLOWED_HOSTS ({', '.join(settings.ALLOWED_HOSTS) or 'empty'}): the links and QR "
            "codes printed into certificates, letters and e-mails would be refused.",
            hint="Set BASE_URL to the site's public address and list its host in ALLOWED_HOSTS.",
            id="certificates.W002",
        )
    ]
