"""Admin screens for course reference data: topics (editable) and competencies (read only)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import AssignmentViewSet
from .models import Competency, Enrolment, LessonProgress, QuizAttempt, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class CompetencyViewSet(SnippetViewSet):
    """The 15 modules of Circular 03/2014/TT-BTTTT, loaded by a migration."""

    model = Competency
    icon = "list-ul"
    menu_label = _("Competencies")
    list_display = ["code", "name", "level"]
    inspect_view_enabled = True


register_snippet(TopicViewSet)
register_snippet(CompetencyViewSet)


@hooks.register("before_delete_page")
def keep_pages_with_learning_records(request, page):
    """A course, lesson or quiz someone learned from is unpublished, never deleted."""
    pages = page.get_descendants(inclusive=True)
    if (
        Enrolment.objects.filter(course__in=pages).exists()
        or LessonProgress.objects.filter(lesson__in=pages).exists()
        or QuizAttempt.objects.filter(quiz__in=pages).exists()
    ):
        messages.error(
            request,
            _(
                "Learners have records in this page or the pages under it; unpublish it instead of deleting it."
            ),
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("register_admin_viewset")
def register_assignments():
    return AssignmentViewSet()
