"""Activation codes: issued in letters, hashed, single use, replaced by later ones, rate limited."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms import audit
from tests.conftest import PASSWORD
from tests.factories import PersonFactory
from workforce import activation
from workforce.activation import ActivationRefused, activate_account, check_activation_code
from workforce.models import ActivationCode

pytestmark = pytest.mark.django_db

CODE_PATTERN = re.compile(r"^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$")


@pytest.fixture
def newcomer(unit):
    return PersonFactory(staff_code="NV-0042", agency=unit, email=None, password=None)


def issue(person, actor, **kwargs):
    [issued] = activation.issue_activation_codes(people=[person], actor=actor, **kwargs)
    return issued.code


def test_codes_are_typable_and_stored_only_as_a_hash(newcomer, department_officer):
    code = issue(newcomer, department_officer)
    assert CODE_PATTERN.match(code)
    assert not set(code) & set("01OIL")
    stored = ActivationCode.objects.get()
    assert code not in stored.code_hash and code.replace("-", "") not in stored.code_hash
    assert stored.expires_at - stored.issued_at == datetime.timedelta(days=30)
    entry = ModelLogEntry.objects.get(action=audit.ACTIVATION_ISSUE)
    assert entry.user == department_officer and entry.object_id == str(newcomer.pk)


def test_a_code_activates_once(newcomer, department_officer):
    code = issue(newcomer, department_officer)
    found = check_activation_code(staff_code="nv-0042", code=code.lower().replace("-", " "))
    activate_account(activation=found, password="Mat-khau-moi-2026")
    newcomer.refresh_from_db()
    assert newcomer.check_password("Mat-khau-moi-2026")
    assert ModelLogEntry.objects.filter(action=audit.ACTIVATION_USE).count() == 1
    with pytest.raises(ActivationRefused):
        check_activation_code(staff_code="NV-0042", code=code)
    with pytest.raises(ActivationRefused):
        activate_account(activation=found, password="Mat-khau-khac-2026")


def test_a_later_code_cancels_the_earlier_one(newcomer, department_officer):
    first = issue(newcomer, department_officer)
    second = issue(newcomer, department_officer)
    with pytest.raises(ActivationRefused):
        check_activation_code(staff_code="NV-0042", code=first)
    assert check_activation_code(staff_code="NV-0042", code=second)
    assert ActivationCode.objects.usable().count() == 1


def test_an_expired_code_is_refused(newcomer, department_officer):
    code = issue(newcomer, department_officer, now=timezone.now() - datetime.timedelta(days=31))
    with pytest.raises(ActivationRefused) as refused:
        check_activation_code(staff_code="NV-0042", code=code)
    with pytest.raises(ActivationRefused) as unknown:
        check_activation_code(staff_code="KHONG-CO", code=code)
    # The same words whether the staff code exists or not.
    assert refused.value.messages == unknown.value.messages


def test_deactivated_people_get_no_code(newcomer, department_officer):
    newcomer.is_active = False
    newcomer.save()
    with pytest.raises(Exception, match="vô hiệu hóa|Deactivated"):
        issue(newcomer, department_officer)


def test_wrong_tries_are_limited_per_staff_code(newcomer, department_officer):
    code = issue(newcomer, department_officer)
    for _ in range(activation.FAILURES_PER_STAFF_CODE):
        with pytest.raises(ActivationRefused):
            check_activation_code(staff_code="NV-0042", code="AAAAA-AAAAA", address="10.0.0.1")
    with pytest.raises(ActivationRefused, match="quá nhiều|Too many"):
        check_activation_code(staff_code="NV-0042", code=code, address="10.0.0.2")


def test_wrong_tries_are_limited_per_address(newcomer, department_officer):
    code = issue(newcomer, department_officer)
    for number in range(activation.FAILURES_PER_ADDRESS):
        with pytest.raises(ActivationRefused):
            check_activation_code(staff_code=f"X{number}", code="AAAAA-AAAAA", address="10.0.0.9")
    with pytest.raises(ActivationRefused, match="quá nhiều|Too many"):
        check_activation_code(staff_code="NV-0042", code=code, address="10.0.0.9")


def test_activation_pages_set_the_first_password(client, newcomer, department_officer):
    code = issue(newcomer, department_officer)
    login_page = client.get(reverse("account_login")).content.decode()
    assert reverse("activation:start") in login_page
    assert "Kích hoạt tài khoản bằng mã" in login_page
    assert (
        reverse("activation:start")
        in client.get(reverse("account_reset_password")).content.decode()
    )

    start = client.get(reverse("activation:start"), {"staff_code": "NV-0042"})
    assert 'value="NV-0042"' in start.content.decode()
    wrong = client.post(
        reverse("activation:start"), {"staff_code": "NV-0042", "code": "AAAAA-BBBBB"}
    )
    assert wrong.status_code == 200 and "không đúng" in wrong.content.decode()

    response = client.post(reverse("activation:start"), {"staff_code": "NV-0042", "code": code})
    assert response.url == reverse("activation:password")
    weak = client.post(
        reverse("activation:password"), {"new_password1": "123", "new_password2": "123"}
    )
    assert weak.status_code == 200
    done = client.post(
        reverse("activation:password"), {"new_password1": PASSWORD, "new_password2": PASSWORD}
    )
    assert done.url == reverse("account_login")
    newcomer.refresh_from_db()
    assert newcomer.check_password(PASSWORD)
    # The code is spent, and the password step closed.
    assert client.get(reverse("activation:password")).url == reverse("activation:start")


def test_letter_pdf_holds_the_code_name_and_expiry(newcomer, department_officer):
    from pypdf import PdfReader

    from workforce.letters import render_letters_pdf

    issued = activation.issue_activation_codes(people=[newcomer], actor=department_officer)
    text = PdfReader(io.BytesIO(render_letters_pdf(issued))).pages[0].extract_text()
    assert issued[0].code in text
    assert newcomer.full_name in text and "NV-0042" in text
    expires = timezone.localdate(issued[0].expires_at)
    assert f"ngày {expires.day:02d} tháng {expires.month:02d} năm {expires.year}" in text
