"""Signing in with django-allauth: staff code or e-mail, closed sign-up, invitations, 2FA for the admin."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.factories import PersonFactory
from workforce import services
from workforce.accounts import mark_email_verified
from workforce.models import User

pytestmark = pytest.mark.django_db


def sign_in(client, login, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def test_staff_without_email_signs_in_with_staff_code_in_any_case(client, unit):
    person = PersonFactory(staff_code="HV0001", email=None, agency=unit)
    response = sign_in(client, "hv0001")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get("/").context["user"] == person


def test_staff_with_email_signs_in_with_email(client, unit):
    person = PersonFactory(email="lan.tran@dongnai.gov.vn", agency=unit)
    mark_email_verified(person)
    response = sign_in(client, "Lan.Tran@DongNai.gov.vn")
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == person.pk


def test_wrong_password_is_refused_with_a_message(client, unit):
    PersonFactory(staff_code="HV0002", agency=unit)
    response = sign_in(client, "HV0002", "sai-mật-khẩu")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_deactivated_person_cannot_sign_in(client, unit):
    person = PersonFactory(staff_code="HV0003", email=None, agency=unit)
    services.set_person_active(person=person, active=False)
    sign_in(client, "HV0003")
    assert "_auth_user_id" not in client.session


def test_failed_sign_ins_are_rate_limited(client, unit):
    PersonFactory(staff_code="HV0004", email=None, agency=unit)
    for attempt in range(5):
        sign_in(client, "HV0004", f"sai-{attempt}")
    # The limit is per account: even the right password is refused for a while.
    response = sign_in(client, "HV0004")
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_sign_up_is_closed_by_default(client):
    response = client.get(reverse("account_signup"))
    assert "account/signup_closed.html" in [t.name for t in response.templates]
    client.post(
        reverse("account_signup"),
        {
            "email": "a@dongnai.gov.vn",
            "username": "X1",
            "password1": "Mật-khẩu-dài-2026",
            "password2": "Mật-khẩu-dài-2026",
        },
    )
    assert not User.objects.filter(staff_code="X1").exists()


@override_settings(SIGNUP_EMAIL_DOMAINS=["dongnai.gov.vn"])
def test_sign_up_opens_for_listed_domains_with_email_verification(client, mailoutbox):
    data = {
        "family_name": "Võ",
        "middle_name": "Thị",
        "given_name": "Yến",
        "username": "dn777",
        "password1": "Mật-khẩu-dài-2026",
        "password2": "Mật-khẩu-dài-2026",
    }
    client.post(reverse("account_signup"), {**data, "email": "yen@gmail.com"})
    assert not User.objects.filter(staff_code__iexact="dn777").exists()

    response = client.post(reverse("account_signup"), {**data, "email": "yen@dongnai.gov.vn"})
    assert response.status_code == 302
    person = User.objects.get(staff_code__iexact="dn777")
    assert person.full_name == "Võ Thị Yến"
    assert "_auth_user_id" not in client.session  # must verify the e-mail first
    assert len(mailoutbox) == 1


def test_invitation_link_lets_the_person_choose_a_password(
    client, unit, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = services.create_person(
            staff_code="DN-INV",
            email="moi@dongnai.gov.vn",
            family_name="Hồ",
            given_name="Tâm",
            category="worker",
            agency=unit,
        )
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+", mailoutbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        form_url, {"password1": "Mật-khẩu-mới-2026", "password2": "Mật-khẩu-mới-2026"}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password("Mật-khẩu-mới-2026")


def test_wagtail_login_page_redirects_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_admin_user_without_two_factor_is_sent_to_set_it_up(client, department):
    officer = PersonFactory(agency=department)
    services.grant_hr_role(person=officer, agency=department, role="officer")
    client.force_login(officer)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@override_settings(ADMIN_REQUIRE_TWO_FACTOR=False)
def test_relaxed_setting_lets_admin_users_in_without_two_factor(client, department):
    officer = PersonFactory(agency=department)
    services.grant_hr_role(person=officer, agency=department, role="officer")
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200


def test_admin_user_with_two_factor_reaches_the_admin(client, department_officer):
    client.force_login(department_officer)
    assert client.get("/admin/").status_code == 200


def test_learner_is_not_asked_for_two_factor(client, learner):
    client.force_login(learner)
    assert client.get("/").status_code == 200
