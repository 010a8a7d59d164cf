"""Media on S3-compatible object storage (S3_BUCKET, django-storages), against moto's S3
emulation: certificate PDFs and bulk-job results are written to the bucket, nothing to local
disk, and the learner, the public verification page and the HR officer all get them back."""

import io
import zipfile

import boto3
import pytest
from django.urls import reverse
from moto import mock_aws

from certificates.models import BulkJob, Certificate
from lms.settings import env
from tests.certificates.test_bulk import download, officer_of

pytestmark = pytest.mark.django_db

BUCKET = "lms-media"


@pytest.fixture
def bucket(settings, monkeypatch, tmp_path):
    """The settings as production builds them from S3_* variables, on an emulated bucket."""
    for name, value in {
        "S3_BUCKET": BUCKET,
        "S3_REGION": "ap-southeast-1",
        "S3_ACCESS_KEY_ID": "test",
        "S3_SECRET_ACCESS_KEY": "test",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="ap-southeast-1")
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"}
        )
        settings.MEDIA_ROOT = str(tmp_path / "media")  # must stay empty
        settings.STORAGES = {**settings.STORAGES, "default": env.media_storage()}
        yield s3


def keys(s3) -> list[str]:
    return [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_certificates_and_job_results_live_in_the_bucket(
    bucket, client, django_capture_on_commit_callbacks, completed, department, tmp_path
):
    certificate = Certificate.objects.get()
    assert certificate.pdf.name and f"media/{certificate.pdf.name}" in keys(bucket)
    assert not (tmp_path / "media").exists()

    client.force_login(completed.user)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    assert pdf.startswith(b"%PDF")
    verify = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert verify.status_code == 200 and certificate.serial in verify.content.decode()

    # The learner's agency is a unit of the department: its officer bundles the certificate.
    client.force_login(officer_of(department, "HR-S3"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("certificate_register:bulk_download"),
            {"kind": "zip", "scope": "filtered", "filters": ""},
        )
    job = BulkJob.objects.get()
    assert job.status == BulkJob.Status.DONE and f"media/{job.result.name}" in keys(bucket)
    archive = zipfile.ZipFile(io.BytesIO(download(client, job)))
    assert archive.namelist() == [f"{certificate.serial}.pdf"]
    assert not (tmp_path / "media").exists()
