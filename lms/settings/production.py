"""Production: everything from the environment; refuses to start without a secret, hosts and
the site's public address."""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env.required("SECRET_KEY")
env.required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS")
DEBUG = False

# Served over HTTPS (behind a proxy that sets X-Forwarded-Proto). HTTPS=false is for
# `make serve` on one machine over plain HTTP only: no redirect, no Secure cookies, no HSTS.
HTTPS = env.boolean("HTTPS", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.boolean("SECURE_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True


def public_address(url: str, *, https: bool) -> str:
    """BASE_URL as links need it: absolute, https and reachable by others unless HTTPS=false
    (`make serve` on one machine, where http://127.0.0.1:8000 is the right address)."""
    example = "BASE_URL=https://hoctap.dongnai.gov.vn"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(
            f"BASE_URL must be the site's absolute address, e.g. {example} (got {url!r})."
        )
    if parts.query or parts.fragment or parts.username:
        raise ImproperlyConfigured(f"BASE_URL must be the site's address only, e.g. {example}.")
    if https and parts.scheme != "https":
        raise ImproperlyConfigured(
            f"BASE_URL must start with https:// (got {url!r}): it is printed into every "
            f"certificate's QR code and link. Set e.g. {example}."
        )
    if https and _is_local(parts.hostname):
        raise ImproperlyConfigured(
            f"BASE_URL points to this machine ({parts.hostname}): certificates, letters and "
            f"e-mails would carry links no one else can open. Set the site's public address, "
            f"e.g. {example} (a local address is accepted only with HTTPS=false, for make serve)."
        )
    return url.rstrip("/")


def _is_local(hostname: str) -> bool:
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


# The site's public address, printed into every certificate (QR code and link), activation
# letters and e-mails: a PDF stored with a wrong one stays wrong (`manage.py
# rerender_certificates` draws them again). `check --deploy` compares it with ALLOWED_HOSTS.
if not env.string("BASE_URL"):
    raise ImproperlyConfigured(
        "Set the BASE_URL environment variable to the site's public address, e.g. "
        "BASE_URL=https://hoctap.dongnai.gov.vn: it is printed into every certificate's QR "
        "code and link, activation letters and e-mails."
    )
WAGTAILADMIN_BASE_URL = public_address(env.string("BASE_URL"), https=HTTPS)

# Behind the proxy every request comes from its address: allauth's rate limits (sign-in
# attempts per IP) must read the client's address from X-Forwarded-For instead.
ALLAUTH_TRUSTED_PROXY_COUNT = env.integer("TRUSTED_PROXY_COUNT", 1 if HTTPS else 0)

# Media (PDFs, images, uploads) are served by the proxy, or by object storage. SERVE_MEDIA
# lets the app serve them itself, for a single machine with no proxy (`make serve`).
SERVE_MEDIA = env.boolean("SERVE_MEDIA", False)

# The admin previews pages and certificates in a same-origin frame, so frames stay allowed
# from this site (X_FRAME_OPTIONS = "SAMEORIGIN" and CSP frame-ancestors 'self'); no other
# site may frame it.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
