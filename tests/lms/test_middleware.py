"""Site-wide headers: Permissions-Policy on every answer; signed-in answers kept out of caches."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

pytestmark = pytest.mark.django_db

POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def test_signed_in_pages_are_kept_private_and_powerful_features_are_off(client, learner):
    anonymous = client.get("/")
    assert anonymous["Permissions-Policy"] == POLICY
    assert "no-store" not in anonymous.get("Cache-Control", "")
    client.force_login(learner)
    for path in ("/", "/learning/transcript/", "/my-certificates/", "/khong-co/"):
        response = client.get(path)
        assert response["Permissions-Policy"] == POLICY, path
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, path


def test_static_files_are_answered_before_the_private_headers():
    middleware = settings.MIDDLEWARE
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < middleware.index(
        "lms.middleware.PrivateResponseMiddleware"
    )


def test_lesson_documents_are_kept_by_the_browser_but_checked_again(client, learner, files_on_disk):
    document = Document.objects.create(
        title="Hướng dẫn", file=ContentFile(b"noi dung", name="huong-dan.txt")
    )
    client.force_login(learner)
    response = client.get(document.url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-cache" in cache_control
    assert "no-store" not in cache_control
