"""Certificate templates: a course's own template, the live preview, what issue freezes, and
safe editing in the admin: moderation before a change goes live, archive rather than delete."""

import io
import shutil
import subprocess

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from certificates import services, template_views
from certificates.models import Certificate, CertificateTemplate, TemplateUse
from courses import services as learning
from lms import audit
from tests.certificates.conftest import complete
from tests.conftest import with_totp
from tests.factories import PersonFactory

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


# --- Editing in the admin: moderation, archive, delete ------------------------------------

TWO_LINES = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"


def url(name, template=None):
    args = [template.pk] if template is not None else []
    return reverse(f"wagtailsnippets_certificates_certificatetemplate:{name}", args=args)


def staff(group: str, code: str):
    person = with_totp(PersonFactory(staff_code=code))
    person.groups.add(Group.objects.get(name=group))
    return person


@pytest.fixture
def editor(db):
    return staff("Biên tập viên", "BT-01")


@pytest.fixture
def moderator(db):
    return staff("Kiểm duyệt viên", "KD-01")


def edit_form(template, **changes) -> dict:
    """The edit form as a browser posts it: a textarea's line breaks arrive as CR LF."""
    values = {
        "name": template.name,
        "issuer": template.issuer,
        "place": template.place,
        "serial_prefix": template.serial_prefix,
        "title": template.title,
        "body": template.body,
        "signer_title": template.signer_title.replace("\n", "\r\n"),
        "signer_name": template.signer_name,
        "border": template.border,
        "validity_months": "",
        "uses-TOTAL_FORMS": "0",
        "uses-INITIAL_FORMS": "0",
        "uses-MIN_NUM_FORMS": "0",
        "uses-MAX_NUM_FORMS": "1000",
    }
    if template.is_default:
        values["is_default"] = "on"
    return values | changes


@pytest.fixture
def two_line_template(template):
    template.signer_title = TWO_LINES
    template.save()
    template.save_revision().publish()
    return template


def test_a_save_without_changes_keeps_the_signer_title_on_two_lines(
    client, moderator, two_line_template
):
    client.force_login(moderator)
    page = client.get(url("edit", two_line_template)).content.decode()
    assert "<textarea" in page and "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC</textarea>" in page
    response = client.post(url("edit", two_line_template), edit_form(two_line_template))
    assert response.status_code == 302
    revision = two_line_template.revisions.order_by("-pk").first()
    assert revision.as_object().signer_title == TWO_LINES
    response = client.post(
        url("edit", two_line_template), edit_form(two_line_template, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    two_line_template.refresh_from_db()
    assert two_line_template.signer_title == TWO_LINES  # stored with a plain line break


def test_an_editor_cannot_publish_a_template_and_the_live_one_waits_for_approval(
    client, editor, moderator, two_line_template
):
    new_title = "KT. GIÁM ĐỐC\r\nPHÓ GIÁM ĐỐC THƯỜNG TRỰC"
    client.force_login(editor)
    page = client.get(url("edit", two_line_template)).content.decode()
    assert 'name="action-publish"' not in page and 'name="action-submit"' in page
    client.post(
        url("edit", two_line_template),
        edit_form(two_line_template, signer_title=new_title, **{"action-publish": "1"}),
    )
    two_line_template.refresh_from_db()
    assert two_line_template.signer_title == TWO_LINES  # the live version did not change
    assert not editor.has_perm("certificates.publish_certificatetemplate")

    client.post(
        url("edit", two_line_template),
        edit_form(two_line_template, signer_title=new_title, **{"action-submit": "1"}),
    )
    two_line_template.refresh_from_db()
    assert two_line_template.workflow_in_progress
    assert two_line_template.signer_title == TWO_LINES
    assert services.default_template().signer_title == TWO_LINES

    client.force_login(moderator)
    task_state = two_line_template.current_workflow_task_state
    response = client.post(
        reverse(
            "wagtailsnippets_certificates_certificatetemplate:workflow_action",
            args=[two_line_template.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    two_line_template.refresh_from_db()
    assert two_line_template.signer_title == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC THƯỜNG TRỰC"


def test_deleting_a_template_certificates_use_is_refused_and_offers_archiving(
    client, moderator, own_template, learner, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete(learning.enrol(user=learner, course=course), course)
    assert Certificate.objects.get().template == own_template
    client.force_login(moderator)
    for response in (
        client.get(url("delete", own_template)),
        client.post(url("delete", own_template)),
    ):
        assert response.status_code == 302
        assert response["Location"] == url("archive", own_template)
    page = client.get(url("archive", own_template)).content.decode()
    assert template_views.deletion_refusal(own_template) in page  # how many, and what to do
    assert CertificateTemplate.objects.filter(pk=own_template.pk).exists()


def test_the_default_template_is_neither_deleted_nor_archived(client, moderator, template):
    client.force_login(moderator)
    response = client.post(url("delete", template), follow=True)
    assert response.redirect_chain == [(url("edit", template), 302)]
    assert template_views.deletion_refusal(template) in response.content.decode()
    response = client.post(url("archive", template), follow=True)
    assert template_views.default_not_archived(template) in response.content.decode()
    template.refresh_from_db()
    assert not template.archived


def test_an_unused_template_that_is_not_the_default_can_be_deleted(
    client, moderator, template, own_template
):
    client.force_login(moderator)
    page = client.get(url("delete", own_template))
    assert page.status_code == 200
    client.post(url("delete", own_template))
    assert not CertificateTemplate.objects.filter(pk=own_template.pk).exists()


def test_editors_archive_and_restore_a_template_from_its_row(
    client, editor, template, own_template, course
):
    client.force_login(editor)
    listing = client.get(url("list")).content.decode()
    assert url("archive", own_template) in listing
    assert url("delete", own_template) not in listing  # editors do not delete
    assert client.get(url("archive", own_template)).status_code == 200
    client.post(url("archive", own_template))
    own_template.refresh_from_db()
    assert own_template.archived
    assert services.template_for(course) == template  # the course falls back to the default
    listing = client.get(url("list")).content.decode()
    assert url("restore", own_template) in listing
    assert "Đã lưu trữ" in listing or "Archived" in listing
    assert own_template.name not in client.get(url("list") + "?archived=false").content.decode()

    edit = client.get(url("edit", own_template)).content.decode()
    assert url("restore", own_template) in edit
    client.post(url("restore", own_template))
    own_template.refresh_from_db()
    assert not own_template.archived
    assert services.template_for(course) == own_template
    actions = ModelLogEntry.objects.filter(object_id=str(own_template.pk)).values_list(
        "action", "user"
    )
    assert (audit.TEMPLATE_ARCHIVE, editor.pk) in actions
    assert (audit.TEMPLATE_RESTORE, editor.pk) in actions


def test_learners_cannot_archive_templates(client, learner, own_template):
    client.force_login(learner)
    assert client.post(url("archive", own_template)).status_code in (302, 403)
    own_template.refresh_from_db()
    assert not own_template.archived
