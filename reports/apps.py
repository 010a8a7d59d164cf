from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from courses.signals import enrolment_due_changed, enrolment_status_changed, enrolments_created
from workforce.signals import agency_moved, people_activated, person_moved


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        # What imports models (the policy, ours, the receivers): only once the registry is ready.
        from workforce.permissions import AgencyScopePolicy, register_policies

        from . import receivers
        from .models import PlanTarget

        # Scope: HR sees and sets the plan targets of their agency subtrees.
        register_policies(AgencyScopePolicy(PlanTarget, agency_path="agency", deletable=True))

        # Counters move in the same transaction as every enrolment status change, every due
        # date brought forward, every change of a person's agency (a transfer, or a merge, which
        # transfers its people), every agency moved with its units, and (head counts) every
        # person deactivated or reactivated.
        enrolment_status_changed.connect(
            receivers.enrolment_changed, dispatch_uid="reports-enrolment"
        )
        enrolments_created.connect(receivers.enrolments_created, dispatch_uid="reports-created")
        enrolment_due_changed.connect(receivers.due_dates_changed, dispatch_uid="reports-due")
        person_moved.connect(receivers.people_moved, dispatch_uid="reports-people-moved")
        agency_moved.connect(receivers.agency_moved, dispatch_uid="reports-agency-moved")
        people_activated.connect(receivers.people_activated, dispatch_uid="reports-activated")
