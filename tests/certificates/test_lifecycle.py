"""The life of a certificate: revoked and superseded PDFs come marked, a reissue is drawn at once
and names the serial it replaces, programme certificates are drawn by their task, expiry shows,
and the verification page answers every code, an unknown one too."""

import logging
import shutil
import subprocess
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from certificates import services
from certificates.models import Certificate, CertificateTemplate, TemplateUse
from certificates.signing import SigningError
from courses import services as learning
from courses.models import ProgrammeCourse, ProgrammePage
from tests.certificates.conftest import complete
from tests.courses.conftest import publish

pytestmark = pytest.mark.django_db


def vietnamese(text: str) -> str:
    with translation.override("vi"):
        return gettext(text)


def pdf_text(content: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "make test installs poppler-utils"
    text = subprocess.run(
        # -raw: the mark runs diagonally, and pdftotext leaves diagonal text out otherwise.
        [pdftotext, "-raw", "-", "-"],
        input=content,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return " ".join(text.split())


def stored_text(certificate: Certificate) -> str:
    with certificate.pdf.open("rb") as stored:
        return pdf_text(stored.read())


@pytest.fixture
def certificate(completed):
    return Certificate.objects.get()


def test_a_revoked_certificate_is_redrawn_marked_and_the_learner_gets_no_download(
    client, certificate, superuser, django_capture_on_commit_callbacks
):
    assert certificate.pdf and certificate.pdf_status == Certificate.Status.VALID
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke_certificate(certificate=certificate, reason="Cấp nhầm", actor=superuser)
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.Status.REVOKED  # drawn again by the task
    assert "ĐÃ THU HỒI" in stored_text(certificate)

    client.force_login(certificate.user)
    download = reverse("certificates:download", args=[certificate.pk])
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.serial in mine and download not in mine
    response = client.get(download)  # an old link still answers, with the marked PDF
    text = pdf_text(response.content)
    assert "ĐÃ THU HỒI" in text
    assert timezone.localdate(certificate.revoked_at).strftime("%d/%m/%Y") in text


def test_a_reissue_is_drawn_at_once_names_the_serial_it_replaces_and_the_pages_link_both_ways(
    client, certificate, superuser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue_certificate(
            certificate=certificate,
            family_name="Nguyễn",
            middle_name="Thị Hồng",
            given_name="Nhung",
            actor=superuser,
        )
    new.refresh_from_db()
    certificate.refresh_from_db()
    assert new.replaces_serial == certificate.serial
    assert new.pdf and new.pdf_status == Certificate.Status.VALID  # before anyone downloads it
    new_text = stored_text(new)
    assert "thay thế" in new_text and certificate.serial in new_text
    assert certificate.pdf_status == Certificate.Status.SUPERSEDED
    assert "ĐÃ ĐƯỢC CẤP LẠI" in stored_text(certificate) and new.serial in stored_text(certificate)

    old_page = client.get(certificate.get_verification_url()).content.decode()
    assert new.get_verification_url() in old_page
    assert timezone.localtime(new.issued_at).strftime("%d/%m/%Y") in old_page  # superseded on
    new_page = client.get(new.get_verification_url()).content.decode()
    assert certificate.get_verification_url() in new_page and certificate.serial in new_page


def test_a_programme_certificate_is_drawn_by_its_task(
    template, learner, course, catalog, django_capture_on_commit_callbacks
):
    programme = catalog.add_child(
        instance=ProgrammePage(title="Chuẩn kỹ năng số", slug="cks", summary="x")
    )
    ProgrammeCourse.objects.create(programme=programme, course=course)
    publish(programme)
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=learner, course=course), course)
    certificate = Certificate.objects.get(programme=programme)
    assert certificate.pdf and certificate.pdf_status == Certificate.Status.VALID
    assert certificate.serial in stored_text(certificate)


def test_a_pdf_that_cannot_be_drawn_leaves_the_certificate_issued_and_is_drawn_at_download(
    client, template, learner, course, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    real_render = services.render_certificate_pdf

    def signing_down(certificate, **kwargs):
        raise SigningError("the token is unplugged")

    monkeypatch.setattr(services, "render_certificate_pdf", signing_down)
    with (
        caplog.at_level(logging.ERROR, logger="certificates.tasks"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(learning.enrol(user=learner, course=course), course)
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.VALID and not certificate.pdf
    assert certificate.serial in caplog.text

    client.force_login(learner)
    refused = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert refused.status_code == 302 and refused.url == reverse("certificates:mine")
    monkeypatch.setattr(services, "render_certificate_pdf", real_render)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response["Content-Type"] == "application/pdf"
    certificate.refresh_from_db()
    assert certificate.pdf


def test_validity_is_counted_from_the_issue_and_expiry_shows_without_revoking(
    client, template, learner, course, department_officer, django_capture_on_commit_callbacks
):
    template.validity_months = 24
    template.save()
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=learner, course=course), course)
    certificate = Certificate.objects.get()
    issued = timezone.localdate(certificate.issued_at)
    assert certificate.valid_until.year == issued.year + 2
    assert certificate.valid_until.month == issued.month
    assert not certificate.is_expired()

    expired_on = timezone.localdate() - timedelta(days=3)
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=expired_on)
    page = client.get(certificate.get_verification_url()).content.decode()
    assert vietnamese("Expired") in page and expired_on.strftime("%d/%m/%Y") in page
    assert vietnamese("Valid") not in page.split('role="status"')[1].split("</section>")[0]
    client.force_login(learner)
    assert vietnamese("Expired") in client.get(reverse("certificates:mine")).content.decode()
    client.force_login(department_officer)
    rows = client.get(reverse("certificate_register:index_results")).content.decode()
    assert vietnamese("Expired") in rows
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID  # expiry is not a revocation


def test_an_unknown_code_gets_a_404_answer_in_the_site_layout_with_the_lookup_form(client):
    response = client.get(reverse("certificates:verify", args=["khong-co-ma-nay"]))
    content = response.content.decode()
    assert response.status_code == 404
    assert response["X-Robots-Tag"].startswith("noindex")
    assert 'name="robots" content="noindex' in content
    answer = vietnamese(
        "No certificate carries this code. Check the address against the QR code or the "
        "printed link, or look the certificate up by its serial below."
    )
    assert answer in content
    assert 'name="serial"' in content and 'name="family_name"' in content
    assert reverse("certificates:lookup") in content


def test_an_archived_or_unpublished_template_never_issues(
    template, learner, course, superuser, django_capture_on_commit_callbacks
):
    chosen = CertificateTemplate.objects.create(
        name="Riêng", signer_name="Lê Văn A", serial_prefix="RIENG", archived=True
    )
    TemplateUse.objects.create(template=chosen, page=course)
    draft = CertificateTemplate.objects.create(
        name="Nháp", signer_name="Lê Văn B", serial_prefix="NHAP", live=False
    )
    assert services.template_for(course) == template
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=learner, course=course), course)
    certificate = Certificate.objects.get()
    assert certificate.template == template and certificate.serial.startswith("SNV-")

    # A reissue whose template was archived meanwhile uses the one in use now.
    Certificate.objects.filter(pk=certificate.pk).update(template=chosen)
    certificate.refresh_from_db()
    new = services.reissue_certificate(
        certificate=certificate, family_name="Lê", middle_name="", given_name="Mới", actor=superuser
    )
    assert new.template == template

    # With no usable default either, nothing is issued at all: a clear refusal instead.
    TemplateUse.objects.filter(template=chosen).update(template=draft)
    CertificateTemplate.objects.filter(pk=template.pk).update(archived=True)
    with pytest.raises(ValidationError):
        services.template_for(course)
