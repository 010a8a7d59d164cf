"""Receivers of the courses and workforce signals, connected in ReportsConfig.ready()."""

from courses.models import Enrolment

from . import services


def _agency_of(enrolment) -> int | None:
    return Enrolment.objects.filter(pk=enrolment.pk).values_list("user__agency", flat=True).first()


def enrolment_changed(sender, enrolment, previous, status, **kwargs):
    services.enrolment_changed(
        agency_id=_agency_of(enrolment), enrolment=enrolment, previous=previous
    )


def due_dates_changed(sender, changes, **kwargs):
    agencies = dict(
        Enrolment.objects.filter(pk__in=[e.pk for e, _previous in changes]).values_list(
            "pk", "user__agency"
        )
    )
    services.due_dates_changed(
        changes=[
            (agencies.get(enrolment.pk), enrolment, previous) for enrolment, previous in changes
        ]
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
        ],
        active={person.pk for person in people if person.is_active},
    )


def people_activated(sender, people, active, **kwargs):
    services.people_activated(agency_ids=[person.agency_id for person in people], active=active)


def agency_moved(sender, agency, old_ancestor_ids, **kwargs):
    services.agency_moved(agency=agency, old_ancestor_ids=old_ancestor_ids)
