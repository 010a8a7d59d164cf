"""Deployment of certificates: production starts only with a public https BASE_URL (the address
every PDF prints), `check --deploy` compares it with ALLOWED_HOSTS, a system check reports a
WeasyPrint that cannot load, and `rerender_certificates` draws stored PDFs again."""

import os
import shutil
import subprocess
import sys

import pytest
from django.core import checks
from django.core.management import CommandError, call_command
from django.test import override_settings

from certificates import checks as certificate_checks
from certificates import services
from certificates.management.commands import rerender_certificates
from certificates.models import Certificate
from courses import services as learning
from tests.certificates.conftest import complete
from tests.factories import PersonFactory

pytestmark = pytest.mark.engine_free


def start_production(**env) -> subprocess.CompletedProcess:
    """django.setup() under the production settings, in a fresh process with only `env` set."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("BASE_URL", "HTTPS", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "S3_BUCKET")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="k3y-" + "z9" * 30,
        ALLOWED_HOSTS="lms.example.vn",
        **env,
    )
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.WAGTAILADMIN_BASE_URL)"
    return subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("base_url", "explains"),
    [
        (None, "Set the BASE_URL environment variable"),
        ("http://127.0.0.1:8000", "must start with https://"),
        ("http://lms.example.vn", "must start with https://"),
        ("https://localhost:8443", "points to this machine"),
        ("https://[::1]", "points to this machine"),
    ],
)
def test_production_refuses_to_start_without_a_public_https_base_url(base_url, explains):
    started = start_production(**({"BASE_URL": base_url} if base_url else {}))
    assert started.returncode != 0
    assert "ImproperlyConfigured" in started.stderr and explains in started.stderr


def test_production_starts_with_a_public_https_base_url():
    started = start_production(BASE_URL="https://lms.example.vn/")
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "https://lms.example.vn"


def test_make_serve_over_plain_http_may_use_the_local_address():
    """HTTPS=false is for `make serve` only (deploy/serve.sh sets BASE_URL=http://HOST:PORT)."""
    started = start_production(HTTPS="false", BASE_URL="http://127.0.0.1:8000")
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "http://127.0.0.1:8000"


def deploy_warnings() -> list[str]:
    found = checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.security])
    return [message.id for message in found]


@override_settings(WAGTAILADMIN_BASE_URL="https://hoctap.example.vn", ALLOWED_HOSTS=["lms.vn"])
def test_the_deploy_check_warns_when_base_url_names_a_host_the_site_refuses():
    assert "certificates.W002" in deploy_warnings()


@override_settings(
    WAGTAILADMIN_BASE_URL="https://hoctap.example.vn:8443", ALLOWED_HOSTS=[".example.vn"]
)
def test_the_deploy_check_accepts_base_url_on_an_allowed_host():
    assert "certificates.W002" not in deploy_warnings()


def test_weasyprint_that_cannot_load_is_an_error_naming_the_debian_packages(monkeypatch):
    monkeypatch.setattr(
        certificate_checks,
        "probe_weasyprint",
        lambda: certificate_checks.WeasyPrintSupport(missing=("Pango",), subsetter=False),
    )
    [error] = checks.run_checks(tags=["certificates"])
    assert error.id == "certificates.E001" and error.level == checks.ERROR
    assert "Pango" in error.msg and "libpango-1.0-0" in error.hint


def test_weasyprint_without_harfbuzz_subset_is_a_warning(monkeypatch):
    monkeypatch.setattr(
        certificate_checks,
        "probe_weasyprint",
        lambda: certificate_checks.WeasyPrintSupport(missing=(), subsetter=False),
    )
    [warning] = checks.run_checks(tags=["certificates"])
    assert warning.id == "certificates.W001" and "libharfbuzz-subset0" in warning.hint


def test_the_probe_finds_what_weasyprint_itself_loads(monkeypatch):
    """Without importing WeasyPrint (half a second on every command), the probe opens the same
    libraries; its answer matches the one WeasyPrint gives once imported."""
    import weasyprint.text.ffi

    from_weasyprint = certificate_checks.probe_weasyprint()
    monkeypatch.delitem(sys.modules, "weasyprint.text.ffi")
    from_libraries = certificate_checks.probe_weasyprint()
    assert from_libraries == from_weasyprint
    assert from_libraries.missing == ()
    assert weasyprint.text.ffi.pango is not None


def pdf_text(content: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "make test installs poppler-utils"
    text = subprocess.run(
        [pdftotext, "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()
    return " ".join(text.split())


def stored_text(certificate: Certificate) -> str:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as stored:
        return pdf_text(stored.read())


@pytest.fixture
def two_stored_at_the_old_address(
    django_capture_on_commit_callbacks, completed, course, department
):
    """Two certificates whose PDFs were stored while the site was at http://old.example.vn."""
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=PersonFactory(agency=department), course=course), course)
    certificates = list(Certificate.objects.order_by("pk"))
    with override_settings(WAGTAILADMIN_BASE_URL="http://old.example.vn"):
        for certificate in certificates:
            services.store_pdf(certificate=certificate)
    assert "old.example.vn" in stored_text(certificates[0])
    return certificates


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="https://hoctap.example.vn", LANGUAGE_CODE="en")
def test_rerendering_puts_the_new_address_into_stored_pdfs_and_keeps_serials(
    two_stored_at_the_old_address, capsys
):
    before = [(c.serial, c.verification_code) for c in two_stored_at_the_old_address]
    call_command("rerender_certificates", "--batch-size", "1")
    for certificate in two_stored_at_the_old_address:
        text = stored_text(certificate)
        assert "hoctap.example.vn" in text and "old.example.vn" not in text
        assert certificate.serial in text
    after = [(c.serial, c.verification_code) for c in Certificate.objects.order_by("pk")]
    assert after == before
    output = capsys.readouterr().out
    assert "1 of 2 processed (0 failed)" in output and "2 of 2 processed (0 failed)" in output
    assert "2 certificate PDFs rendered again, with links to https://hoctap.example.vn" in output


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="https://hoctap.example.vn", LANGUAGE_CODE="en")
def test_a_certificate_that_fails_is_reported_and_the_others_are_rendered(
    two_stored_at_the_old_address, monkeypatch, capsys
):
    failing, other = two_stored_at_the_old_address

    def store_pdf(*, certificate):
        if certificate.pk == failing.pk:
            raise OSError("disk full")
        return services.store_pdf(certificate=certificate)

    monkeypatch.setattr(rerender_certificates, "store_pdf", store_pdf)
    with pytest.raises(CommandError, match="1 certificate could not be rendered"):
        call_command("rerender_certificates")
    assert f"{failing.serial}: OSError: disk full" in capsys.readouterr().err
    assert "hoctap.example.vn" in stored_text(other)
    assert "old.example.vn" in stored_text(failing)


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="https://hoctap.example.vn", LANGUAGE_CODE="en")
def test_a_dry_run_changes_nothing_and_serial_picks_one(two_stored_at_the_old_address, capsys):
    first, second = two_stored_at_the_old_address
    call_command("rerender_certificates", "--dry-run")
    assert (
        "2 stored certificate PDFs would be rendered again, with links to "
        "https://hoctap.example.vn." in capsys.readouterr().out
    )
    assert "old.example.vn" in stored_text(first)
    call_command("rerender_certificates", "--serial", second.serial.lower())
    assert "old.example.vn" in stored_text(first)
    assert "hoctap.example.vn" in stored_text(second)
