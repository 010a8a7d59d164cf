"""The data the whole-site authorization test fills every URL pattern with.

Everything belongs to one department (Sở Nội vụ) and one learner of it; the people who ask
for it are someone else: another learner, an HR officer of a sibling department, an HR viewer,
an editor, a moderator. The administrator is the control: what they get shows the probe filled
the address with something real.
"""

import datetime
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    PageViewRestriction,
    Site,
    Workflow,
)

from certificates import services as certificates
from certificates.models import BulkJob, CertificateTemplate
from courses import quizzes
from courses import services as learning
from courses.models import (
    CatalogPage,
    Competency,
    CoursePage,
    HomePage,
    LessonPage,
    ProgrammeCourse,
    ProgrammePage,
    QuizAttempt,
    QuizPage,
    Topic,
)
from reports.models import PlanTarget
from tests.certificates.conftest import complete
from tests.conftest import with_totp
from tests.courses.conftest import publish, question
from tests.factories import AgencyFactory, HRRoleFactory, PersonFactory
from workforce.models import AgencyKind, HRRole, RosterImport

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"


def _person(code, agency, **fields):
    return PersonFactory(staff_code=code, agency=agency, **fields)


def _pages():
    home = HomePage.objects.get()
    catalog = publish(home.add_child(instance=CatalogPage(title="Khóa học", slug="khoa-hoc")))
    course = publish(
        catalog.add_child(
            instance=CoursePage(title="Bảng tính", slug="iu04", code="IU04", summary="Tóm tắt.")
        )
    )
    prerequisite = publish(
        catalog.add_child(
            instance=CoursePage(title="Máy tính", slug="iu01", code="IU01", summary="Tóm tắt.")
        )
    )
    publish(
        prerequisite.add_child(
            instance=QuizPage(title="Kiểm tra đầu vào", slug="dau-vao", questions=[question()])
        )
    )
    course.prerequisites.add(prerequisite)
    publish(course)
    lesson = publish(
        course.add_child(instance=LessonPage(title="Ô và công thức", slug="o-va-cong-thuc"))
    )
    quiz = publish(
        course.add_child(
            instance=QuizPage(title="Bài kiểm tra", slug="bai-kiem-tra", questions=[question()])
        )
    )
    programme = catalog.add_child(
        instance=ProgrammePage(title="Chương trình", slug="chuong-trinh", summary="Tóm tắt.")
    )
    ProgrammeCourse.objects.create(programme=programme, course=course)
    publish(programme)
    # A page behind a password, for Wagtail's own "enter the password" address.
    private = publish(home.add_child(instance=CatalogPage(title="Nội bộ", slug="noi-bo")))
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="bí-mật"
    )
    return SimpleNamespace(
        home=home,
        catalog=catalog,
        course=course,
        prerequisite=prerequisite,
        lesson=lesson,
        quiz=quiz,
        programme=programme,
        private=private,
        restriction=restriction,
    )


def _draft_in_moderation(pages, editor):
    """A draft course an editor submitted: the moderator's task waits on it."""
    draft = pages.catalog.add_child(
        instance=CoursePage(
            title="Bản nháp bí mật", slug="ban-nhap", code="IU09", summary="Chưa duyệt.", live=False
        )
    )
    draft.prerequisites.add(pages.course)
    revision = draft.save_revision(user=editor)
    workflow_state = draft.get_workflow().start(draft, editor)
    return SimpleNamespace(
        draft=draft,
        draft_revision=revision,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        task=workflow_state.current_task_state.task,
    )


def _templates(default, editor):
    """Besides the default (in use, so it can be neither deleted nor archived): an unused one,
    an archived one, and a change to the default that an editor submitted for moderation."""
    spare = CertificateTemplate.objects.create(
        name="Mẫu dự phòng", issuer="Sở Nội vụ", signer_name="Lê Văn Hòa", serial_prefix="DP"
    )
    archived = CertificateTemplate.objects.create(
        name="Mẫu cũ", issuer="Sở Nội vụ", signer_name="Lê Văn Hòa", serial_prefix="CU",
        archived=True,
    )  # fmt: skip
    revision = default.save_revision(user=editor)
    workflow_state = default.get_workflow().start(default, editor)
    return SimpleNamespace(
        spare=spare.pk,
        archived=archived.pk,
        revision=revision.pk,
        workflow_state=workflow_state.pk,
        task_state=workflow_state.current_task_state.pk,
        task=workflow_state.current_task_state.task_id,
    )


def build():
    """Make the world; return its objects by name (the probes' format fields)."""
    province = AgencyFactory(
        code="DN", name="Ủy ban nhân dân tỉnh Đồng Nai", kind=AgencyKind.PROVINCE
    )
    department = AgencyFactory(code="SNV", name="Sở Nội vụ", parent=province)
    unit = AgencyFactory(
        code="SNV-VP", name="Văn phòng Sở", kind=AgencyKind.UNIT, parent=department
    )
    sibling = AgencyFactory(code="STC", name="Sở Tài chính", parent=province)

    owner = _person("HV-SNV", unit, family_name="Quách", middle_name="Thị Bí", given_name="Lan")
    officer = with_totp(_person("NS-SNV", department, given_name="Hòa"))
    HRRoleFactory(person=officer, agency=department, role=HRRole.Role.OFFICER)
    viewer = with_totp(_person("XEM-SNV", department, given_name="Xuân"))
    people = {
        "anonymous": None,
        "learner": owner,
        "other_learner": _person("HV-STC", sibling, given_name="Minh"),
        "sibling_officer": with_totp(_person("NS-STC", sibling, given_name="Bảo")),
        "department_officer": officer,
        "hr_viewer": viewer,
        "viewer_without_code": viewer,
        "editor": with_totp(_person("BT-01", province, given_name="Biên")),
        "moderator": with_totp(_person("KD-01", province, given_name="Duyệt")),
        "administrator": with_totp(
            _person("QTV-01", province, given_name="Quản", is_superuser=True)
        ),
    }
    HRRoleFactory(person=people["sibling_officer"], agency=sibling, role=HRRole.Role.OFFICER)
    viewer_role = HRRoleFactory(person=viewer, agency=department, role=HRRole.Role.VIEWER)
    people["editor"].groups.add(Group.objects.get(name=EDITORS))
    people["moderator"].groups.add(Group.objects.get(name=MODERATORS))

    pages = _pages()
    moderation = _draft_in_moderation(pages, people["editor"])
    template = CertificateTemplate.objects.create(
        name="Mặc định",
        issuer="Sở Nội vụ",
        signer_name="Trần Minh Đức",
        serial_prefix="SNV",
        is_default=True,
    )
    templates = _templates(template, people["editor"])
    enrolment = learning.enrol(user=owner, course=pages.course)
    enrolment = complete(enrolment, pages.course)
    attempt = QuizAttempt.objects.get(enrolment=enrolment)
    certificate = certificates.issue_course_certificate(enrolment=enrolment)
    open_attempt = quizzes.start_attempt(
        enrolment=learning.enrol(user=owner, course=pages.prerequisite),
        quiz=QuizPage.objects.child_of(pages.prerequisite).get(),
    )
    roster = RosterImport.objects.create(
        requested_by=officer,
        original_name="danh-sach.csv",
        file=ContentFile(b"x", name="danh-sach.csv"),
        status=RosterImport.Status.CHECKED,
    )
    assignment = learning.assign(
        page=pages.programme,
        agency=department,
        due_on=timezone.localdate() + datetime.timedelta(days=30),
        actor=officer,
    )
    target = PlanTarget.objects.create(
        agency=department, programme=pages.programme, year=2026, share=50
    )
    job = BulkJob.objects.create(
        kind=BulkJob.Kind.ZIP,
        requested_by=officer,
        items={"certificates": [certificate.pk]},
        total=1,
        status=BulkJob.Status.DONE,
    )
    job.result.save("giay-chung-nhan.zip", ContentFile(b"PK"), save=True)
    collection = Collection.get_first_root_node().add_child(name="Tài liệu khóa học")
    document = Document.objects.create(
        title="Tài liệu nội bộ",
        file=ContentFile(b"noi dung", name="tai-lieu.txt"),
        collection=collection,
    )
    image = Image.objects.create(
        title="Ảnh nội bộ", file=get_test_image_file(), collection=collection
    )
    return SimpleNamespace(
        people=people,
        owner=owner.pk,
        department=department.pk,
        unit=unit.pk,
        viewer_role=viewer_role.pk,
        roster=roster.pk,
        assignment=assignment.pk,
        target=target.pk,
        job=job.pk,
        enrolment=enrolment.pk,
        attempt=attempt.pk,
        open_attempt=open_attempt.pk,
        certificate=certificate.pk,
        code=certificate.verification_code,
        template=template.pk,
        spare_template=templates.spare,
        archived_template=templates.archived,
        template_revision=templates.revision,
        template_workflow_state=templates.workflow_state,
        template_task_state=templates.task_state,
        template_task=templates.task,
        topic=Topic.objects.create(name="Văn phòng", slug="van-phong").pk,
        competency=Competency.objects.get(code="IU01").pk,
        collection=collection.pk,
        document=document.pk,
        document_file=document.filename,
        image=image.pk,
        group=Group.objects.get(name=EDITORS).pk,
        site=Site.objects.get(is_default_site=True).pk,
        redirect=Redirect.objects.create(old_path="/cu", redirect_link="/moi").pk,
        workflow=Workflow.objects.get().pk,
        group_task=GroupApprovalTask.objects.get().pk,
        callout_block=LessonPage.body.field.stream_block.child_blocks["callout"].definition_prefix,
        home=pages.home.pk,
        catalog=pages.catalog.pk,
        course=pages.course.pk,
        prerequisite=pages.prerequisite.pk,
        lesson=pages.lesson.pk,
        quiz=pages.quiz.pk,
        programme=pages.programme.pk,
        private=pages.private.pk,
        restriction=pages.restriction.pk,
        course_revision=pages.course.latest_revision_id,
        draft=moderation.draft.pk,
        draft_revision=moderation.draft_revision.pk,
        task=moderation.task.pk,
        task_state=moderation.task_state.pk,
        workflow_state=moderation.workflow_state.pk,
    )
