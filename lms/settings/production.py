"""Production: everything from the environment; refuses to start without a secret and hosts."""

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
