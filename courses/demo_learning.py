"""Demo learning activity: the basic-skills programme assigned to two departments, with some of
their people part-way and some finished, so HR screens and the certificate register have
something to show. The demo logins are left untouched (the browser tests and benchmarks use them),
but for the one that shows a finished course and its certificate.
"""

import datetime
import random

from django.utils import timezone

from workforce.demo import LOGIN_WITH_CERTIFICATE, demo_logins
from workforce.models import Agency

from . import quizzes, services
from .models import Assignment, Enrolment, LessonPage, ProgrammePage, QuizPage

DEPARTMENTS = ("SNV", "SYT")


def _finish(enrolment) -> None:
    """Every lesson done and every quiz passed, through the learning services."""
    course = enrolment.course
    for lesson in LessonPage.objects.live().child_of(course):
        services.complete_lesson(enrolment=enrolment, lesson=lesson)
    for quiz in QuizPage.objects.live().child_of(course):
        attempt = quizzes.start_attempt(enrolment=enrolment, quiz=quiz)
        answers = {
            q["id"]: [a["key"] for a in q["answers"] if a["correct"]] for q in attempt.questions
        }
        quizzes.submit_attempt(attempt=attempt, responses=answers)


def seed_learning(*, stdout=None) -> dict:
    if Assignment.objects.exists():
        return {"created": {}, "logins": []}
    programme = ProgrammePage.objects.live().first()
    if programme is None:
        return {"created": {}, "logins": []}
    demo_codes = {login["username"] for login in demo_logins()}
    due = timezone.localdate() + datetime.timedelta(days=60)
    rng = random.Random(2026)
    assignments = enrolments = finished = 0
    for code in DEPARTMENTS:
        agency = Agency.objects.filter(code=code).first()
        if agency is None:
            continue
        assignment = services.assign(page=programme, agency=agency, due_on=due, actor=None)
        services.enrol_assignment_members(assignment=assignment)
        assignments += 1
        people = Enrolment.objects.filter(
            course__in=[c.pk for c in assignment.courses()],
            user__agency__path__startswith=agency.path,
        ).exclude(user__staff_code__in=demo_codes)
        enrolments += people.count()
        first_course = assignment.courses()[0]
        for enrolment in Enrolment.objects.filter(
            course=first_course,
            user__staff_code=LOGIN_WITH_CERTIFICATE,
            user__agency__path__startswith=agency.path,
        ):
            _finish(enrolment)  # the demo login that shows a certificate
            finished += 1
        for enrolment in people.filter(course=first_course).select_related("course", "user"):
            if rng.random() < 0.6:
                _finish(enrolment)
                finished += 1
            elif rng.random() < 0.5:
                lesson = LessonPage.objects.live().child_of(first_course).first()
                if lesson:
                    services.complete_lesson(enrolment=enrolment, lesson=lesson)
    created = {"assignments": assignments, "enrolments": enrolments, "completed courses": finished}
    return {"created": created, "logins": []}
