"""The public site: Vietnamese by default, English on request, friendly error pages."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_home_page_is_the_site_root_in_vietnamese(client):
    response = client.get("/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="vi">' in content
    assert "Đăng nhập" in content


def test_language_switcher_changes_to_english(client):
    response = client.get("/language/en/", {"next": "/"}, follow=True)
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert "Sign in" in content


def test_signed_in_home_greets_the_learner(client, learner):
    client.force_login(learner)
    content = client.get("/").content.decode()
    assert learner.given_name in content
    assert learner.agency.name in content


def test_missing_page_is_a_friendly_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_page_is_friendly_and_vietnamese(client):
    from lms.views import server_error

    response = server_error(None)  # no request: the default language
    assert response.status_code == 500
    content = response.content.decode()
    assert "Đã xảy ra lỗi" in content
    assert "Traceback" not in content


def test_unhandled_error_shows_the_friendly_page_without_details(client, settings):
    from django.urls import path

    def broken(request):
        raise RuntimeError("secret detail")

    settings.ROOT_URLCONF = type(
        "urls",
        (),
        {"urlpatterns": [path("broken/", broken)], "handler500": "lms.views.server_error"},
    )
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "Đã xảy ra lỗi" in content
    assert "secret detail" not in content


def test_browser_language_does_not_override_vietnamese(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in response.content.decode()


def test_language_switch_refuses_unknown_languages_and_foreign_redirects(client):
    assert client.get("/language/fr/").status_code == 404
    response = client.get("/language/en/", {"next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_an_expired_or_forged_form_is_explained_in_vietnamese(learner):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/accounts/login/", {"login": "HV001", "password": "x"})
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()


def test_a_tampered_redirect_import_is_a_400_not_a_server_error(client, superuser):
    """Wagtail's second step of a redirect import fails on a form without step one's data."""
    client.force_login(superuser)
    response = client.post("/admin/redirects/import/process/", {})
    assert response.status_code == 400
    assert "Không xử lý được yêu cầu" in response.content.decode()
