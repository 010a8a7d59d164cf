"""A moderator previews every page type by every route Wagtail offers: the live page's draft,
an older revision, the page under review in the workflow, and the edit and create forms before
anything is saved (a course's prerequisites are then an in-memory stand-in, not a query)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from courses.models import (
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
    ProgrammeCourse,
    ProgrammePage,
    QuizPage,
)
from tests.conftest import with_totp
from tests.courses.conftest import publish
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

DRAFT = "Bản nháp chờ duyệt"
EMPTY = "Chương trình chưa có khóa học"


@pytest.fixture
def moderator(province):
    person = with_totp(PersonFactory(staff_code="KD-01", agency=province))
    person.groups.add(Group.objects.get(name="Kiểm duyệt viên"))
    return person


@pytest.fixture
def editor(province):
    person = with_totp(PersonFactory(staff_code="BT-01", agency=province))
    person.groups.add(Group.objects.get(name="Biên tập viên"))
    return person


@pytest.fixture
def pages(home, catalog, course):
    prerequisite = publish(
        catalog.add_child(
            instance=CoursePage(title="Máy tính", slug="iu01", code="IU01", summary="Tóm tắt.")
        )
    )
    course.prerequisites.add(prerequisite)
    publish(course)
    programme = catalog.add_child(
        instance=ProgrammePage(title="Chương trình", slug="ct", summary="Tóm tắt.")
    )
    ProgrammeCourse.objects.create(programme=programme, course=course)
    publish(programme)
    # A programme with no course yet: no course, saved or not, is part of it.
    publish(catalog.add_child(instance=ProgrammePage(title=EMPTY, slug="rong", summary="—")))
    lesson, quiz = course.get_children().specific()
    return {
        "prerequisite": prerequisite,
        HomePage: home,
        CatalogPage: catalog,
        CoursePage: course,
        LessonPage: lesson,
        QuizPage: quiz,
        ProgrammePage: programme,
    }


PAGE_TYPES = [HomePage, CatalogPage, CoursePage, LessonPage, QuizPage, ProgrammePage]


def submitted_draft(page, editor):
    """The page with a newer draft an editor has submitted for review."""
    page.title = DRAFT
    revision = page.save_revision(user=editor)
    workflow_state = page.get_workflow().start(page, editor)
    return revision, workflow_state.current_task_state.task


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_moderator_previews_drafts_revisions_and_pages_under_review(
    client, pages, editor, moderator, model
):
    page = pages[model]
    first_revision = page.latest_revision or page.save_revision()
    revision, task = submitted_draft(page, editor)
    client.force_login(moderator)
    for url, shows in [
        (reverse("wagtailadmin_pages:view_draft", args=[page.pk]), DRAFT),
        (reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]), DRAFT),
        (
            reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first_revision.pk]),
            first_revision.as_object().title,
        ),
        (reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]), DRAFT),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert shows in response.content.decode(), url


# StreamFields are drawn by scripts, so their inputs are not in the form's HTML: an empty
# stream is posted (the preview must work with any content). Wagtail's switches carry no
# value, which the form reader takes for "off": they are set as a person would leave them.
STREAMS = {LessonPage: "body", QuizPage: "questions"}
SWITCHES = {CoursePage: ["self_enrolment", "require_all_lessons", "require_quizzes_passed"]}


def post_preview(client, preview_url, form_html, changes, model):
    data = querydict_from_html(form_html, form_id="page-edit-form")
    if model in STREAMS:
        data[f"{STREAMS[model]}-count"] = "0"
    for name in SWITCHES.get(model, []):
        data[name] = "on"
    for name, value in changes.items():
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    response = client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}, response.json()
    return client.get(preview_url)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_moderator_previews_an_edit_before_saving_it(client, pages, moderator, model):
    page = pages[model]
    client.force_login(moderator)
    changes = {"title": "Tiêu đề chưa lưu"}
    if model is CoursePage:
        # An unsaved change to the prerequisites, previewed from the form alone.
        changes["prerequisites"] = [str(pages["prerequisite"].pk)]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = post_preview(client, preview, html, changes, model)
    assert response.status_code == 200
    assert "Tiêu đề chưa lưu" in response.content.decode()
    if model is CoursePage:
        assert "Máy tính" in response.content.decode()  # the prerequisite chosen in the form


# The home and the catalogue exist once each, so they are never created.
NEW_PAGE_FIELDS = {
    CoursePage: {"summary": "Tóm tắt.", "code": "IU15"},
    LessonPage: {},
    QuizPage: {},
    ProgrammePage: {"summary": "Tóm tắt."},
}


@pytest.mark.parametrize("model", list(NEW_PAGE_FIELDS), ids=lambda model: model.__name__)
def test_a_moderator_previews_a_new_page_before_creating_it(client, pages, moderator, model):
    parent = {
        CoursePage: pages[CatalogPage],
        LessonPage: pages[CoursePage],
        QuizPage: pages[CoursePage],
        ProgrammePage: pages[CatalogPage],
    }[model]
    client.force_login(moderator)
    meta = model._meta
    args = [meta.app_label, meta.model_name, parent.pk]
    html = client.get(reverse("wagtailadmin_pages:add", args=args)).content.decode()
    changes = {"title": "Trang mới chưa lưu", "slug": "trang-moi", **NEW_PAGE_FIELDS[model]}
    if model is ProgrammePage:
        changes.update(
            {
                "course_links-TOTAL_FORMS": "1",
                "course_links-0-course": str(pages[CoursePage].pk),
                "course_links-0-ORDER": "1",
                "course_links-0-id": "",
                "course_links-0-DELETE": "",
            }
        )
    preview = reverse("wagtailadmin_pages:preview_on_add", args=args)
    response = post_preview(client, preview, html, changes, model)
    assert response.status_code == 200
    assert "Trang mới chưa lưu" in response.content.decode()
    assert EMPTY not in response.content.decode()
