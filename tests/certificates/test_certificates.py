"""Certificates: issued once on completion, gap-free serials, snapshots, public verification."""

import io
import re
import threading

import pytest
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from certificates import pdf, services, signing, tasks
from certificates.models import Certificate
from courses import services as learning
from courses.models import Enrolment
from tests.certificates.conftest import complete
from tests.courses.conftest import publish
from tests.factories import PersonFactory
from workforce import services as workforce

pytestmark = pytest.mark.django_db


def test_completion_issues_one_certificate_with_a_serial_and_an_unguessable_code(completed):
    certificate = Certificate.objects.get()
    year = timezone.localdate().year
    assert certificate.serial == f"SNV-{year}-000001"
    assert certificate.register_number == 1
    assert re.fullmatch(r"[A-Za-z0-9_-]{20}", certificate.verification_code)  # 120 bits
    assert certificate.learner_name == completed.user.full_name
    assert certificate.result.startswith("Đạt") or certificate.result


def test_issuing_again_returns_the_same_certificate(completed):
    first = Certificate.objects.get()
    assert services.issue_course_certificate(enrolment=completed) == first
    tasks.issue_course_certificate.enqueue(completed.pk)
    assert Certificate.objects.count() == 1


def test_a_certificate_keeps_the_facts_of_its_issue(completed, course, department):
    certificate = Certificate.objects.get()
    workforce.update_person(person=completed.user, family_name="Đổi", given_name="Tên")
    workforce.rename_agency(agency=completed.user.agency, name="Tên mới của đơn vị")
    course.title = "Tên khóa học mới"
    publish(course)
    certificate.refresh_from_db()
    assert certificate.learner_name != "Đổi Văn Tên"
    assert certificate.agency_name == "Văn phòng Sở Nội vụ"
    assert certificate.title == "Sử dụng bảng tính cơ bản"


def test_verification_page_shows_only_public_facts(client, completed):
    certificate = Certificate.objects.get()
    response = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    content = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"].startswith("noindex")
    for public in [certificate.learner_name, certificate.serial, "Sở Nội vụ tỉnh Đồng Nai"]:
        assert public in content
    user = completed.user
    for private in [user.email, user.staff_code, "Văn phòng Sở Nội vụ"]:
        assert private not in content
    assert client.get(reverse("certificates:verify", args=["khong-co-ma-nay"])).status_code == 404


def test_revoked_and_superseded_statuses_show(client, completed, superuser):
    certificate = Certificate.objects.get()
    new = services.reissue_certificate(
        certificate=certificate,
        family_name="Nguyễn",
        middle_name="Thị Hồng",
        given_name="Nhung",
        actor=superuser,
    )
    old_page = client.get(
        reverse("certificates:verify", args=[certificate.verification_code])
    ).content.decode()
    assert "Đã được thay thế" in old_page or "Superseded" in old_page
    assert new.verification_code in old_page
    assert new.learner_name == "Nguyễn Thị Hồng Nhung"
    assert new.serial.endswith("000002")
    services.revoke_certificate(certificate=new, reason="Cấp nhầm", actor=superuser)
    revoked = client.get(
        reverse("certificates:verify", args=[new.verification_code])
    ).content.decode()
    assert timezone.localdate().strftime("%d/%m/%Y") in revoked
    assert Certificate.objects.count() == 2  # the register keeps both


def test_lookup_by_serial_and_family_name_ignores_accents(client, completed):
    certificate = Certificate.objects.get()
    url = reverse("certificates:lookup")
    ok = client.get(url, {"serial": certificate.serial, "family_name": "nguyen"})
    assert ok.status_code == 200 and certificate.learner_name in ok.content.decode()
    assert client.get(url, {"serial": certificate.serial, "family_name": "Trần"}).status_code == 404


def test_the_statement_writes_hours_with_a_decimal_comma_as_the_rest_of_the_page():
    from decimal import Decimal

    fields = {"learner_name": "Lê Văn A", "title": "Khóa học", "hours": Decimal("120.5")}
    assert services.fill_statement("{course}: {hours} giờ.", fields) == "Khóa học: 120,5 giờ."
    fields["hours"] = Decimal("8.0")
    assert services.fill_statement("{hours} giờ", fields) == "8 giờ"


@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_issues_give_twenty_consecutive_serials(template, course):
    if connection.vendor != "postgresql":
        pytest.skip(
            "Row locking across connections is what this shows; SQLite serialises writers anyway."
        )
    enrolments = []
    for number in range(20):
        person = PersonFactory(staff_code=f"SS{number:03d}")
        enrolment = learning.enrol(user=person, course=course)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status="completed", completed_at=timezone.now()
        )
        enrolments.append(Enrolment.objects.get(pk=enrolment.pk))
    barrier = threading.Barrier(20)

    def issue(enrolment):
        barrier.wait()
        try:
            services.issue_course_certificate(enrolment=enrolment)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue, args=(e,)) for e in enrolments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    numbers = sorted(Certificate.objects.values_list("register_number", flat=True))
    assert numbers == list(range(1, 21))
    assert len(set(Certificate.objects.values_list("serial", flat=True))) == 20


def test_a_learner_sees_only_their_own_certificates(client, completed):
    certificate = Certificate.objects.get()
    client.force_login(completed.user)
    assert (
        certificate.verification_code in client.get(reverse("certificates:mine")).content.decode()
    )
    other = PersonFactory(staff_code="KHAC-1", agency=completed.user.agency)
    client.force_login(other)
    content = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.verification_code not in content and certificate.serial not in content
    client.logout()
    assert client.get(reverse("certificates:mine")).status_code == 302


def test_pdf_has_the_nfc_name_the_serial_and_the_verification_address(
    client, template, course, unit, django_capture_on_commit_callbacks
):
    import shutil
    import subprocess
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    person = workforce.create_person(
        staff_code="NFD-1",
        family_name=nfd.split(" ")[0],
        middle_name=" ".join(nfd.split(" ")[1:3]),
        given_name=nfd.split(" ")[3],
        category="civil_servant",
        agency=unit,
        invite=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=person, course=course), course)
    certificate = Certificate.objects.get(user=person)
    client.force_login(person)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "make test installs poppler-utils"
    text = subprocess.run(
        [pdftotext, "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    text = " ".join(text.split())
    assert unicodedata.normalize("NFC", "Nguyễn Thị Hồng Nhung") in text
    assert certificate.serial in text
    assert certificate.get_verification_url() in text
    assert "ngày" in text and "tháng" in text and "năm" in text


def test_nobody_else_downloads_a_learners_pdf(client, completed, sibling_department, department):
    certificate = Certificate.objects.get()
    url = reverse("certificates:download", args=[certificate.pk])
    client.force_login(PersonFactory(staff_code="HV-KHAC", agency=completed.user.agency))
    assert client.get(url).status_code == 404
    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    outside_officer = with_totp(PersonFactory(staff_code="HR-STC", agency=sibling_department))
    HRRoleFactory(person=outside_officer, agency=sibling_department)
    client.force_login(outside_officer)
    assert client.get(url).status_code == 404
    inside_officer = with_totp(PersonFactory(staff_code="HR-SNV2", agency=department))
    HRRoleFactory(person=inside_officer, agency=department)
    client.force_login(inside_officer)
    assert client.get(url).status_code == 200


def test_hr_register_is_scoped_and_viewers_cannot_revoke(
    client, completed, department, sibling_department, superuser
):
    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    certificate = Certificate.objects.get()
    index = reverse("certificate_register:index")
    results = reverse("certificate_register:index_results")  # the table alone, not the search box
    revoke = reverse("certificate_register:revoke", args=[certificate.pk])

    outside = with_totp(PersonFactory(staff_code="HR-NGOAI", agency=sibling_department))
    HRRoleFactory(person=outside, agency=sibling_department)
    client.force_login(outside)
    assert certificate.serial not in client.get(index).content.decode()
    # (the serial itself is echoed in the export links, so look for the row's name)
    assert (
        certificate.learner_name
        not in client.get(results, {"q": certificate.serial}).content.decode()
    )
    assert client.post(revoke, {"reason": "x"}).status_code == 404

    viewer = with_totp(PersonFactory(staff_code="XEM-2", agency=department))
    HRRoleFactory(person=viewer, agency=department, role="viewer")
    client.force_login(viewer)
    assert certificate.serial in client.get(results, {"q": "nguyen"}).content.decode()
    refused = client.post(revoke, {"reason": "x"})  # Wagtail answers a 403 with its home page
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")

    officer = with_totp(PersonFactory(staff_code="HR-TRONG", agency=department))
    HRRoleFactory(person=officer, agency=department)
    client.force_login(officer)
    assert client.post(revoke, {"reason": ""}).status_code == 200  # the reason is required
    assert client.post(revoke, {"reason": "Cấp nhầm đối tượng"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED and certificate.revoked_by == officer


def test_register_export_is_scoped_and_formula_safe(
    client, completed, department, sibling_department
):
    import io

    import openpyxl

    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    certificate = Certificate.objects.get()
    Certificate.objects.filter(pk=certificate.pk).update(learner_name='=HYPERLINK("http://x")')
    index = reverse("certificate_register:index")

    officer = with_totp(PersonFactory(staff_code="HR-XUAT", agency=department))
    HRRoleFactory(person=officer, agency=department)
    client.force_login(officer)
    csv_text = b"".join(client.get(index, {"export": "csv"}).streaming_content).decode()
    assert certificate.serial in csv_text
    assert "'=HYPERLINK" in csv_text
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(client.get(index, {"export": "xlsx"}).streaming_content))
    )
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert certificate.serial in values and '\'=HYPERLINK("http://x")' in values

    outside = with_totp(PersonFactory(staff_code="HR-XUAT2", agency=sibling_department))
    HRRoleFactory(person=outside, agency=sibling_department)
    client.force_login(outside)
    assert (
        certificate.serial
        not in b"".join(client.get(index, {"export": "csv"}).streaming_content).decode()
    )


def test_pdfs_are_signed_when_a_key_is_configured_and_the_signature_validates(
    settings, tmp_path, completed
):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sở Nội vụ tỉnh Đồng Nai (thử)")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    bundle = tmp_path / "ky-so.p12"
    bundle.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ky-so", key, cert, None, serialization.BestAvailableEncryption(b"mat-khau")
        )
    )
    settings.CERTIFICATE_SIGNING_KEY = str(bundle)
    settings.CERTIFICATE_SIGNING_PASSWORD = "mat-khau"
    # No trust roots configured: the self-signed certificate in the bundle is its own anchor.
    settings.CERTIFICATE_TRUST_ROOTS = []
    try:
        signed = pdf.render_certificate_pdf(Certificate.objects.get())
    finally:
        signing.reset()
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_signatures
    from asn1crypto import x509 as asn1_x509

    trust = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[trust]))
    assert status.intact and status.valid and status.trusted


def test_without_a_key_pdfs_are_unsigned(completed):
    signing.reset()
    assert b"/ByteRange" not in pdf.render_certificate_pdf(Certificate.objects.get())
