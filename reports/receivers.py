"""Receivers of the courses and workforce signals, connected in ReportsConfig.ready().

The figures count active people only: a deactivated person's enrolments leave every counter
with them, and come back if they are reactivated.
"""

from courses.models import Enrolment

from . import services


def _agency_of(enrolment) -> int | None:
    """The agency whose counters hold the enrolment: its person's, if the person is active."""
    return (
        Enrolment.objects.filter(pk=enrolment.pk, user__is_active=True)
        .values_list("user__agency", flat=True)
        .first()
    )


def enrolment_changed(sender, enrolment, previous, status, **kwargs):
    services.enrolment_changed(
        agency_id=_agency_of(enrolment), enrolment=enrolment, previous=previous
    )


def enrolments_created(sender, enrolments, **kwargs):
    agencies = dict(
        Enrolment.objects.filter(
            pk__in=[e.pk for e in enrolments], user__is_active=True
        ).values_list("pk", "user__agency")
    )
    services.enrolments_created(
        enrolments=[(agencies.get(enrolment.pk), enrolment) for enrolment in enrolments]
    )


def due_dates_changed(sender, changes, **kwargs):
    """`changes`: (enrolment, previous due date, agency id of an active person or None)."""
    services.due_dates_changed(
        changes=[(agency, enrolment, previous) for enrolment, previous, agency in changes]
    )


def people_moved(sender, people, from_agencies, to_agency, **kwargs):
    services.people_moved(
        moves=[
            (
                person.pk,
                from_agencies.get(person.pk).pk if from_agencies.get(person.pk) else None,
                to_agency.pk if to_agency else None,
            )
            for person in people
            if person.is_active
        ]
    )


def people_activated(sender, people, active, **kwargs):
    """Deactivated: their enrolments and head leave their agency; reactivated: they return."""
    services.people_moved(
        moves=[
            (person.pk, None, person.agency_id) if active else (person.pk, person.agency_id, None)
            for person in people
            if person.agency_id
        ]
    )


def agency_moved(sender, agency, old_ancestor_ids, **kwargs):
    services.agency_moved(agency=agency, old_ancestor_ids=old_ancestor_ids)
