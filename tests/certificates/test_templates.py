"""Certificate templates: a course's own template, the live preview, and what issue freezes."""

import io
import shutil
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate, CertificateTemplate, TemplateUse
from courses import services as learning
from tests.certificates.conftest import complete

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "make test installs poppler-utils"
    return subprocess.run(
        [pdftotext, "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()


@pytest.fixture
def own_template(db, course):
    template = CertificateTemplate.objects.create(
        name="Trung tâm Chuyển đổi số",
        issuer="Trung tâm Chuyển đổi số tỉnh Đồng Nai",
        title="CHỨNG NHẬN HOÀN THÀNH",
        signer_name="Lê Thu Hà",
        serial_prefix="CDS",
    )
    TemplateUse.objects.create(template=template, page=course)
    return template


def test_a_course_uses_its_own_template_and_issue_freezes_it(
    django_capture_on_commit_callbacks, template, own_template, learner, course
):
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=learner, course=course), course)
    certificate = Certificate.objects.get()
    assert certificate.template == own_template
    assert certificate.serial.startswith("CDS-") and certificate.heading == "CHỨNG NHẬN HOÀN THÀNH"

    own_template.title = "GIẤY KHEN"
    own_template.signer_name = "Người Khác"
    own_template.save()
    certificate.refresh_from_db()
    certificate.pdf.delete(save=True)  # lost from storage: drawn again from the snapshot
    text = pdf_text(services.certificate_pdf(certificate=certificate))
    assert "CHỨNG NHẬN HOÀN THÀNH" in text and "Lê Thu Hà" in text
    assert "GIẤY KHEN" not in text and "Người Khác" not in text


def test_courses_without_a_template_of_their_own_use_the_default(template, own_template, course):
    assert services.template_for(course) == own_template
    TemplateUse.objects.all().delete()
    assert services.template_for(course) == template


def test_a_course_can_use_only_one_template(own_template, course):
    second = CertificateTemplate.objects.create(name="Khác", signer_name="Ai đó", serial_prefix="K")
    use = TemplateUse(template=second, page=course)
    with pytest.raises(ValidationError) as error:
        use.validate_unique()
    assert "đã dùng mẫu" in str(error.value) or "already uses" in str(error.value)


def test_editors_preview_a_template_as_a_sample_pdf(client, template):
    from django.contrib.auth.models import Group

    from tests.conftest import with_totp
    from tests.factories import PersonFactory

    editor = with_totp(PersonFactory(staff_code="BT-01"))
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(editor)
    edit = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    assert client.get(edit).status_code == 200

    preview = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    form = {
        "name": template.name,
        "issuer": "Sở Nội vụ tỉnh Đồng Nai",
        "place": "Biên Hòa",
        "serial_prefix": "SNV",
        "title": "GIẤY CHỨNG NHẬN",
        "body": "Đã học xong “{course}” ({hours} giờ).",
        "signer_title": "GIÁM ĐỐC",
        "signer_name": "Phạm Văn Bình",
        "border": "simple",
        "is_default": "on",
        "uses-TOTAL_FORMS": "0",
        "uses-INITIAL_FORMS": "0",
        "uses-MIN_NUM_FORMS": "0",
        "uses-MAX_NUM_FORMS": "1000",
    }
    assert client.post(preview, form).json()["is_valid"] is True
    response = client.get(preview)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    # The unsaved wording, a sample learner, and a mark that it is not a real certificate.
    assert "Phạm Văn Bình" in text and "Biên Hòa, ngày" in text
    assert "Nguyễn Thị Hồng Nhung" in text
    assert PdfReader(io.BytesIO(response.content)).metadata.title.startswith("Bản xem thử")
    template.refresh_from_db()
    assert template.signer_name == "Trần Minh Đức"  # previewing saves nothing


def test_learners_cannot_open_template_screens(client, template, learner):
    client.force_login(learner)
    edit = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    assert client.get(edit).status_code in (302, 403)


def test_a_body_may_use_only_the_listed_placeholders(template):
    for body in ("Học {name.upper()} xong", "Học {name[0]}", "Học {ho_ten}", "Học {course"):
        template.body = body
        with pytest.raises(ValidationError) as error:
            template.full_clean()
        assert "body" in error.value.message_dict
    template.body = "Ông/Bà {name} đã học “{course}” ({hours} giờ), {start}–{end}: {result}."
    template.full_clean()
    # A body saved before the check (or by a migration) never stops issuing.
    assert services.fill_statement("{name.upper()}", {"learner_name": "An", "title": "x"})
