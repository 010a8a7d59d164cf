from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from workforce.signals import person_moved

from . import signals


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # What imports models (Wagtail's, ours, the policy, the receivers): only once the app
        # registry is ready.
        from wagtail.models import Page, PageViewRestriction, Site

        from workforce.permissions import AgencyScopePolicy, register_policies

        from . import receivers
        from .models import Assignment

        # Scope: HR sees and changes the assignments of their agency subtrees.
        register_policies(AgencyScopePolicy(Assignment, agency_path="agency"))

        # Receivers: any change to what pages show moves the content version on (now, and
        # again once the change is committed, so no other process caches the old tree under
        # the new version); a change to a course's steps recomputes its learners' progress.
        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(receivers.content_changed, dispatch_uid=f"courses-content-{id(signal)}")
        for signal in (post_save, post_delete):
            for sender in (PageViewRestriction, Site):
                signal.connect(
                    receivers.content_changed,
                    sender=sender,
                    dispatch_uid=f"courses-content-{id(signal)}-{sender.__name__}",
                )
        post_delete.connect(
            receivers.content_changed, sender=Page, dispatch_uid="courses-page-delete"
        )
        for signal in (page_published, page_unpublished):
            signal.connect(
                receivers.course_steps_changed, dispatch_uid=f"courses-steps-{id(signal)}"
            )
        # Someone joined an agency (created, imported, transferred): its assignments enrol them.
        person_moved.connect(receivers.person_joined, dispatch_uid="courses-assignments")
        # An assignment made, re-dated or cancelled: its people's enrolments follow, by task.
        signals.assignment_created.connect(
            receivers.assignment_created, dispatch_uid="courses-assignment-created"
        )
        signals.assignment_changed.connect(
            receivers.assignment_changed, dispatch_uid="courses-assignment-changed"
        )
