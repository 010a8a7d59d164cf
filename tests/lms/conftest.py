import pytest


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Media on disk, as in production, so Wagtail serves documents as it would there."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
