"""Receivers of the courses and workforce signals, connected in ReportsConfig.ready()."""

from courses.models import Enrolment

from . import services


def enrolment_changed(sender, enrolment, previous, status, **kwargs):
    agency_id = (
        Enrolment.objects.filter(pk=enrolment.pk).values_list("user__agency", flat=True).first()
    )
    services.enrolment_changed(
        agency_id=agency_id, course_id=enrolment.course_id, previous=previous, status=status
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
        ]
    )
