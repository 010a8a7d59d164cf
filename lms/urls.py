import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.defaults import page_not_found
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from courses.serving import serve_page
from lms import views
from workforce.views.account import AccountSettingsView

urlpatterns = [
    # Everyone signs in through allauth, so two-factor and rate limits always apply.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login_redirect",
    ),
    path(
        "admin/account/",
        require_admin_access(AccountSettingsView.as_view()),
        name="wagtailadmin_account",
    ),
    # People are never bulk-edited: Wagtail's user bulk actions are not scoped to HR subtrees.
    re_path(r"^admin/bulk/workforce/user/", page_not_found, {"exception": None}),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("", include("certificates.urls")),
    path("language/<str:language>/", views.switch_language, name="switch-language"),
    path("healthz/", views.health, name="health"),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [
    # Pages: Wagtail's view behind the page caches (same pattern and name as Wagtail's own).
    # (Wagtail's own _util/ addresses, for restricted pages, are left to its patterns below.)
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]

handler404 = "lms.views.page_not_found"
handler500 = "lms.views.server_error"
