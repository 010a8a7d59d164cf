from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from courses.signals import enrolment_status_changed
        from workforce.signals import person_moved

        from . import receivers

        # Receivers: counters move with every enrolment status change and every change of
        # agency (a transfer, or a merge, which transfers its people), in the same transaction.
        enrolment_status_changed.connect(
            receivers.enrolment_changed, dispatch_uid="reports-enrolment"
        )
        person_moved.connect(receivers.people_moved, dispatch_uid="reports-people-moved")
