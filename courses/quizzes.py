"""Quiz attempts: starting, saving and scoring them on the server, and the extra attempts HR
grants a learner who used every attempt allowed.

Each function runs in one transaction and is safe to repeat: a replayed submission or a grant
form sent twice changes nothing.
"""

import datetime
import random
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import audit

from .blocks import QuestionKind
from .models import Enrolment, ExtraAttempt, QuizAttempt, QuizPage
from .selectors import allowed_attempts
from .services import recompute_enrolment


def _snapshot(quiz: QuizPage, rng: random.Random) -> list[dict]:
    """The questions of one attempt: drawn, shuffled, and copied as they are now."""
    questions = []
    for block in quiz.questions:
        value = block.value
        # Keys are random for each attempt, so they say nothing about the editor's order.
        answers = [
            {
                "key": f"{rng.getrandbits(48):012x}",
                "text": answer["text"],
                "correct": bool(answer["correct"]),
            }
            for answer in value["answers"]
        ]
        if quiz.shuffle_answers and value["kind"] != QuestionKind.TRUE_FALSE:
            rng.shuffle(answers)
        questions.append(
            {
                "id": block.id,
                "kind": value["kind"],
                "text": value["text"],
                "answers": answers,
                "explanation": str(value["explanation"] or ""),
            }
        )
    if quiz.draw_count and quiz.draw_count < len(questions):
        drawn = sorted(rng.sample(range(len(questions)), quiz.draw_count))
        questions = [questions[index] for index in drawn]
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    return questions


@transaction.atomic
def start_attempt(
    *, enrolment: Enrolment, quiz: QuizPage, now: datetime.datetime | None = None
) -> QuizAttempt:
    """Start an attempt on the server (its clock starts here), or return the one still open."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    if not quiz.live or quiz.get_parent().pk != enrolment.course_id:
        raise ValidationError(_("This quiz is not part of your course."))
    if not enrolment.course.live:
        raise ValidationError(_("This course is not published."))
    attempts = QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz)
    for attempt in attempts.filter(submitted_at__isnull=True):
        if not attempt.has_expired(now):
            return attempt
        submit_attempt(attempt=attempt, responses=None, now=now)
    used = attempts.count()
    if used >= allowed_attempts(enrolment=enrolment, quiz=quiz):
        raise ValidationError(
            _(
                "You have used every attempt allowed for this quiz. To try again, ask your agency’s HR officer for one more attempt."
            )
        )
    # Question order is not a secret; the seed comes from `secrets` only so no two learners
    # can predict each other's draw.
    questions = _snapshot(quiz, random.Random(secrets.randbits(64)))  # noqa: S311
    if not questions:
        raise ValidationError(_("This quiz has no questions yet."))
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        quiz=quiz,
        number=used + 1,
        started_at=now,
        deadline=now + datetime.timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
        pass_mark=quiz.effective_pass_mark,
        questions=questions,
    )
    recompute_enrolment(enrolment=enrolment)
    return attempt


def _clean_responses(attempt: QuizAttempt, responses: dict | None) -> dict:
    """Keep only answers to this attempt's questions with keys that exist. A single-choice
    question posted with several answers keeps them all, and so is scored as wrong."""
    cleaned = {}
    for question in attempt.questions:
        keys = {answer["key"] for answer in question["answers"]}
        chosen = sorted({key for key in (responses or {}).get(question["id"], []) if key in keys})
        if chosen:
            cleaned[question["id"]] = chosen
    return cleaned


@transaction.atomic
def save_responses(
    *, attempt: QuizAttempt, responses: dict, now: datetime.datetime | None = None
) -> bool:
    """Keep the learner's answers so far on the server; refused once submitted or out of time."""
    attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.is_submitted or attempt.has_expired(now):
        return False
    attempt.responses = _clean_responses(attempt, responses)
    attempt.save(update_fields=["responses"])
    return True


@transaction.atomic
def submit_attempt(
    *, attempt: QuizAttempt, responses: dict | None, now: datetime.datetime | None = None
) -> QuizAttempt:
    """Score an attempt on the server. A second submission returns the first result unchanged.

    After the time limit, what the learner sends is ignored: the attempt is scored on the
    answers saved on the server before the limit, and counts as submitted at the limit.
    """
    now = now or timezone.now()
    # Enrolment first, then attempt: the same order as start_attempt, so they never deadlock.
    Enrolment.objects.select_for_update().filter(pk=attempt.enrolment_id).exists()
    attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.is_submitted:
        return attempt
    if attempt.has_expired(now):
        final, submitted_at = attempt.responses, attempt.deadline
    else:
        final, submitted_at = _clean_responses(attempt, responses), now
    correct = sum(
        1
        for question in attempt.questions
        if set(final.get(question["id"], []))
        == {answer["key"] for answer in question["answers"] if answer["correct"]}
    )
    total = len(attempt.questions)
    attempt.responses = final
    attempt.submitted_at = submitted_at
    attempt.correct_count = correct
    attempt.score = round(100 * correct / total) if total else 0
    # Decided on the exact share, not the rounded score (69.5% does not pass a mark of 70).
    attempt.passed = total > 0 and 100 * correct >= attempt.pass_mark * total
    attempt.save()
    recompute_enrolment(enrolment=attempt.enrolment)
    return attempt


@transaction.atomic
def grant_extra_attempt(
    *, enrolment: Enrolment, quiz: QuizPage, reason: str, actor, token: str
) -> ExtraAttempt:
    """Give the learner one more attempt at `quiz`, for `reason` (logged with who and when).

    Usually for a learner who used every attempt; one granted earlier simply adds to what is
    left. `token` comes from the grant form: the same form sent twice returns the first grant
    rather than granting twice.
    """
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Please give the reason for the extra attempt.")})
    if not token:
        raise ValidationError(_("The form has expired; please open it again."))
    enrolment = Enrolment.objects.select_for_update().select_related("user").get(pk=enrolment.pk)
    if earlier := ExtraAttempt.objects.filter(token=token).first():
        return earlier
    if quiz.get_parent().pk != enrolment.course_id:
        raise ValidationError(_("This quiz is not part of the learner's course."))
    try:
        with transaction.atomic():
            grant = ExtraAttempt.objects.create(
                enrolment=enrolment, quiz=quiz, reason=reason, granted_by=actor, token=token
            )
    except IntegrityError:  # the same form, sent twice at once: the other request granted
        return ExtraAttempt.objects.get(token=token)
    person = enrolment.user
    audit.record(
        person,
        audit.ATTEMPT_GRANT,
        user=actor,
        agency=person.agency,
        quiz=quiz.title,
        reason=reason,
    )
    return grant
