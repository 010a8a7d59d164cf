"""Activation codes for people without e-mail: HR issues them (printed in letters), the person
redeems one with their staff code to set a first password.

A code is short enough to type, so it is kept only as a keyed hash and guessing is stopped by
rate limits (per staff code and per address). Every refusal reads the same, so the page never
tells whether a staff code exists.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from lms import audit
from lms.text import clean_text

from .models import ACTIVATION_CODE_LIFETIME, ActivationCode, User

# No 0/O, 1/I/L: nothing to misread on paper. 10 characters of 31: about 2^49 codes.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
CODE_GROUP = 5

FAILURE_WINDOW = datetime.timedelta(minutes=15)
FAILURES_PER_STAFF_CODE = 5
FAILURES_PER_ADDRESS = 20
# One request renders the PDF (about 75 ms a page): 200 letters stay well within a timeout.
LETTERS_PER_REQUEST = 200


class ActivationRefused(ValidationError):
    """The code cannot be used: wrong, expired, used, cancelled, or too many tries."""


@dataclass(frozen=True)
class IssuedCode:
    """A code as printed in a letter; the plain `code` is not kept anywhere else."""

    person: User
    code: str
    expires_at: datetime.datetime


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, CODE_LENGTH, CODE_GROUP))


def normalise_code(code: str) -> str:
    """What the person typed, as stored: capitals, no spaces or dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_hash(person_id: int, code: str) -> str:
    """HMAC-SHA256 keyed by SECRET_KEY and bound to the person."""
    value = f"{person_id}:{normalise_code(code)}"
    return salted_hmac("workforce.activation", value, algorithm="sha256").hexdigest()


@transaction.atomic
def issue_activation_codes(*, people, actor, now: datetime.datetime | None = None) -> list:
    """A new code for each person (their earlier codes are cancelled), logged per person.

    Returns the plain codes as IssuedCode, in the order given: the only time they exist.
    The caller (an HR screen) decides who `actor` may issue codes to.
    """
    people = list(people)
    if len(people) > LETTERS_PER_REQUEST:
        raise ValidationError(
            _("At most %(count)s letters can be printed at once; narrow the selection.")
            % {"count": LETTERS_PER_REQUEST}
        )
    inactive = [person.full_name for person in people if not person.is_active]
    if inactive:
        raise ValidationError(
            _("Deactivated people cannot receive an activation code: %(names)s")
            % {"names": ", ".join(inactive[:5])}
        )
    now = now or timezone.now()
    expires_at = now + ACTIVATION_CODE_LIFETIME
    ids = [person.pk for person in people]
    ActivationCode.objects.filter(person_id__in=ids).usable(now).update(cancelled_at=now)
    issued = [
        IssuedCode(person=person, code=new_code(), expires_at=expires_at) for person in people
    ]
    ActivationCode.objects.bulk_create(
        [
            ActivationCode(
                person=item.person,
                code_hash=code_hash(item.person.pk, item.code),
                issued_by=actor,
                issued_at=now,
                expires_at=expires_at,
            )
            for item in issued
        ]
    )
    for person in people:
        audit.record(person, audit.ACTIVATION_ISSUE, user=actor, agency=person.agency)
    return issued


# Redeeming a code ------------------------------------------------------------------------------


def _failure_keys(staff_code: str, address: str | None) -> list[tuple[str, int]]:
    keys = [(f"activation-fail:code:{clean_text(staff_code).upper()}", FAILURES_PER_STAFF_CODE)]
    if address:
        keys.append((f"activation-fail:ip:{address}", FAILURES_PER_ADDRESS))
    return keys


def _too_many_failures(keys) -> bool:
    return any((cache.get(key) or 0) >= limit for key, limit in keys)


def _count_failure(keys) -> None:
    timeout = int(FAILURE_WINDOW.total_seconds())
    for key, _limit in keys:
        cache.add(key, 0, timeout)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout)


def _refused() -> ActivationRefused:
    return ActivationRefused(
        _(
            "The staff code or activation code is not right, or the code has expired or was "
            "replaced by a newer one. Check the letter, or ask your HR officer for a new code."
        )
    )


def check_activation_code(
    *, staff_code: str, code: str, address: str | None = None
) -> ActivationCode:
    """The usable code matching this staff code and code; ActivationRefused otherwise.

    Too many failures for the staff code or the address refuse every try for a while.
    """
    keys = _failure_keys(staff_code, address)
    if _too_many_failures(keys):
        raise ActivationRefused(
            _("Too many wrong tries. Please wait %(minutes)s minutes and try again.")
            % {"minutes": int(FAILURE_WINDOW.total_seconds() // 60)}
        )
    person = User.objects.filter(staff_code=clean_text(staff_code).upper(), is_active=True).first()
    activation = None
    if person is not None:
        expected = code_hash(person.pk, code)
        activation = next(
            (
                candidate
                for candidate in ActivationCode.objects.filter(person=person).usable()
                if constant_time_compare(candidate.code_hash, expected)
            ),
            None,
        )
    if activation is None:
        _count_failure(keys)
        raise _refused()
    return activation


@transaction.atomic
def activate_account(*, activation: ActivationCode, password: str) -> User:
    """Use the code: the person's password is set and the code can never serve again.

    `password` has passed the password validators (the form's job).
    """
    activation = (
        ActivationCode.objects.select_for_update().select_related("person").get(pk=activation.pk)
    )
    person = activation.person
    if not activation.is_usable() or not person.is_active:
        raise _refused()
    now = timezone.now()
    activation.used_at = now
    activation.save(update_fields=["used_at"])
    person.set_password(password)
    person.save(update_fields=["password"])
    audit.record(person, audit.ACTIVATION_USE, user=person, agency=person.agency)
    return person
