"""Who may reach which part of the Wagtail admin: staff, with two-factor passed in this
session; Wagtail's content screens only with a permission on that content."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task, Workflow
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from workforce.accounts import two_factor_redirect

ANY_ACTION = ("add", "change", "delete", "view", "choose", "publish", "lock", "unlock")

# The view names (by prefix) of Wagtail's screens for each kind of content. Wagtail checks
# permissions on most of them, but not on its choosers, its admin API, bulk-action
# confirmations and a few confirmation pages: without this, anyone with admin access lists the
# page tree with its drafts, or every document with its address.
PAGE_SCREENS = (
    "wagtailadmin_pages:",
    "wagtailadmin_explore",
    "wagtailadmin_choose_page",  # the page chooser and the link choosers of rich text
    "wagtailadmin_api:pages:",
    "wagtailadmin_block_preview",
    "wagtailembeds:",
    "wagtailforms:",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:page_types_usage",
)
IMAGE_SCREENS = ("wagtailimages", "wagtailadmin_api:images:")
DOCUMENT_SCREENS = ("wagtaildocs", "wagtailadmin_api:documents:")
WORKFLOW_SCREENS = ("wagtailadmin_workflows:task_chooser", "wagtailadmin_workflows:task_chosen")
TAG_SCREENS = ("wagtailadmin_tag_autocomplete", "wagtailadmin_tag_model_autocomplete")


def may_use(user, model) -> bool:
    """Whether `user` holds any permission on `model` (Wagtail's policy for it decides)."""
    return policy_registry.get_by_type(model).user_has_any_permission(user, ANY_ACTION)


def content_models(view_name: str, kwargs: dict) -> list | None:
    """The models one of which the user must hold a permission on to open this screen, or
    None when the screen is not a content screen."""
    if view_name == "wagtail_bulk_action":
        try:
            return [apps.get_model(kwargs["app_label"], kwargs["model_name"])]
        except LookupError:
            return []
    for prefixes, models in (
        (PAGE_SCREENS, [Page]),
        (IMAGE_SCREENS, [get_image_model()]),
        (DOCUMENT_SCREENS, [get_document_model()]),
        (WORKFLOW_SCREENS, [Workflow, Task]),
        (TAG_SCREENS, [Page, get_image_model(), get_document_model()]),
    ):
        if view_name.startswith(prefixes):
            return models
    namespace = view_name.split(":", 1)[0]
    for model in get_snippet_models():
        meta = model._meta
        if namespace == f"wagtailsnippetchoosers_{meta.app_label}_{meta.model_name}":
            return [model]
    return None


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not request.path_info.startswith(settings.ADMIN_URL_PREFIX)
            or not request.user.is_authenticated
        ):
            return self.get_response(request)
        if not request.user.has_perm("wagtailadmin.access_admin"):
            # Wagtail would send a signed-in learner to the sign-in page, which sends them
            # straight back: a loop. Say plainly that the admin is not for them.
            raise PermissionDenied
        return two_factor_redirect(request) or self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Wagtail's content screens: only with a permission on that content."""
        user = request.user
        match = request.resolver_match
        if (
            not request.path_info.startswith(settings.ADMIN_URL_PREFIX)
            or not user.is_authenticated  # Wagtail sends them to the sign-in page
            or user.is_superuser
            or match is None
        ):
            return None
        models = content_models(match.view_name or "", view_kwargs)
        if models is not None and not any(may_use(user, model) for model in models):
            raise PermissionDenied
        return None
