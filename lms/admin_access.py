"""Who may reach which part of the Wagtail admin.

Staff only (learners get a plain 403); with two-factor authentication passed in this very
session, not merely set up; and Wagtail's content screens (pages, images, documents, snippets,
workflows and their choosers, admin API and bulk actions) only with a permission on that
content. HR screens answer to the agency-scope policy (workforce.permissions) themselves.
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task, Workflow
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

ADMIN_PREFIX = "/admin/"
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


def passed_two_factor(request) -> bool:
    """Whether this session completed a two-factor step (at sign-in, on reauthentication, or
    by setting up the authenticator), as allauth records it on the session."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def record_two_factor_on_setup(sender, request, user, authenticator, **kwargs):
    """Setting up an authenticator proves it: its code was just entered. allauth records a
    two-factor step only at sign-in and on reauthentication, so without this the person who
    has just set it up would be asked for another code at once. allauth sends this signal once
    its transaction commits, which need not be inside the request, so the session is saved
    here. (allauth has no public function for the record; a test pins it:
    test_setting_up_the_authenticator_opens_the_admin.)"""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
        request.session.save()


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX) or not request.user.is_authenticated:
            return self.get_response(request)
        if not request.user.has_perm("wagtailadmin.access_admin"):
            # Wagtail would send a signed-in learner to the sign-in page, which sends them
            # straight back: a loop. Say plainly that the admin is not for them.
            raise PermissionDenied
        if settings.ADMIN_REQUIRE_TWO_FACTOR:
            if not Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists():
                messages.warning(
                    request,
                    _("Set up two-factor authentication before you use the administration area."),
                )
                return redirect("mfa_activate_totp")
            if not passed_two_factor(request):
                # Signed in with the password alone (before the authenticator was added, say):
                # the authenticator's code is asked for now.
                messages.info(
                    request,
                    _(
                        "Enter the code from your authenticator app to open the administration area."
                    ),
                )
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not request.path_info.startswith(ADMIN_PREFIX) or not user.is_authenticated:
            return None  # Wagtail sends them to the sign-in page
        if user.is_superuser:
            return None
        match = request.resolver_match
        models = content_models(match.view_name or "", view_kwargs) if match else None
        if models is not None and not any(may_use(user, model) for model in models):
            raise PermissionDenied
        return None
