"""Admin screens for course reference data: topics (editable) and competencies (read only)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Competency, Topic


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
