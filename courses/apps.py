from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from .serving import bump_content_version

        # Receivers: any change to what pages show ends the anonymous page cache.
        def content_changed(**kwargs):
            bump_content_version()

        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(
                content_changed, weak=False, dispatch_uid=f"courses-content-{id(signal)}"
            )
        post_delete.connect(
            content_changed, sender=Page, weak=False, dispatch_uid="courses-content-delete"
        )
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=PageViewRestriction,
                weak=False,
                dispatch_uid=f"courses-restriction-{id(signal)}",
            )
