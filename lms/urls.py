import re

from allauth.account.views import LogoutView
from django.conf import settings
from django.urls import include, path, re_path
from django.views.defaults import page_not_found
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from courses.views import serve_page
from lms import views
from workforce.views.account import AccountSettingsView


def to_allauth(name):
    return RedirectView.as_view(pattern_name=name, query_string=True)


urlpatterns = [
    # Everyone signs in, and resets a password, through allauth only, so two-factor and the
    # rate limits always apply: Wagtail's own sign-in and password pages send people there.
    path("admin/login/", to_allauth("account_login"), name="wagtailadmin_login_redirect"),
    re_path(r"^admin/password_reset/", to_allauth("account_reset_password")),
    # Signing out is a POST (allauth's view asks to confirm on GET): Wagtail's own view
    # deletes the session cookie whatever the method, so any link could sign an admin out.
    path("admin/logout/", LogoutView.as_view()),
    path("admin/redirects/import/process/", views.process_redirect_import),
    # Wagtail's test pages: one of them raises an error on purpose.
    re_path(r"^admin/(?:failwhale|test404)/$", page_not_found, {"exception": None}),
    path(
        "admin/account/",
        require_admin_access(AccountSettingsView.as_view()),
        name="wagtailadmin_account",
    ),
    # People are never bulk-edited: Wagtail's user bulk actions are not scoped to HR subtrees.
    re_path(r"^admin/bulk/workforce/user/", page_not_found, {"exception": None}),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("tai-khoan/kich-hoat/", include("workforce.urls")),
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
    # What wagtail.urls holds, minus Django's own sign-in page (which knows no two-factor and
    # no rate limit): the password form of a restricted page, and the pages themselves through
    # Wagtail's view behind the page caches (same pattern and name as Wagtail's own).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("_util/login/", to_allauth("account_login"), name="wagtailcore_login"),
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="wagtail_serve"),
]

handler404 = "lms.views.page_not_found"
handler500 = "lms.views.server_error"
