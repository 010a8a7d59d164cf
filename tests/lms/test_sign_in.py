"""One way in: allauth's sign-in, with its rate limits and two-factor step. No other address
signs anyone in; the admin asks for the authenticator in each session; six wrong passwords
lock the account whichever way they are typed; signing out takes a POST."""

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import resolve, reverse

from tests.conftest import PASSWORD, totp_code, with_totp
from tests.factories import PersonFactory
from tests.lms.resolver import example_path, url_patterns
from workforce import services

pytestmark = pytest.mark.django_db

LOCKED = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau."
SIGN_IN_VIEWS = (
    auth_views.LoginView,
    auth_views.PasswordChangeView,
    auth_views.PasswordResetView,
    auth_views.PasswordResetConfirmView,
)


def sign_in(client, login, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_no_address_reaches_django_or_wagtail_own_sign_in_or_password_pages():
    """Wagtail's admin and wagtail.urls bring Django's own sign-in, password-change and
    password-reset views; an earlier pattern must answer every address they would serve."""
    found = []
    for route, pattern in url_patterns():
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, SIGN_IN_VIEWS):
            found.append(route)
            assert resolve(example_path(route)).func is not pattern.callback, route
    assert found, "Wagtail no longer brings its own sign-in views: update this test"


def test_posting_credentials_anywhere_but_allauth_signs_no_one_in(client, department_officer):
    for path in ("/_util/login/", "/admin/login/", "/admin/password_reset/"):
        response = client.post(
            path,
            {"username": department_officer.staff_code, "password": PASSWORD, "login": "x"},
        )
        assert response.status_code == 302, path
        assert response["Location"].startswith("/accounts/"), path
        assert not signed_in(client), path


def test_a_password_alone_never_opens_the_admin_to_someone_with_an_authenticator(
    client, department_officer
):
    response = sign_in(client, department_officer.staff_code)
    assert response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302

    # A session that passed the password but not the authenticator (one signed in before the
    # authenticator was added, say) is asked for the code, and then goes where it was going.
    client.force_login(department_officer, two_factor=False)
    response = client.get("/admin/reports/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('mfa_reauthenticate')}?next=%2Fadmin%2Freports%2F"
    # Only the code will do here: the password is not offered as another way.
    asking = client.get(response["Location"]).content.decode()
    assert "Nhập mã từ ứng dụng xác thực" in asking
    assert reverse("account_reauthenticate") not in asking
    response = client.post(response["Location"], {"code": totp_code(department_officer)})
    assert response["Location"] == "/admin/reports/"
    assert client.get("/admin/reports/").status_code == 200


def test_the_password_never_stands_in_for_the_authenticator(client, department_officer):
    """Otherwise a session that passed only the password could re-enter it to read the
    recovery codes, or to swap the authenticator for one of its own, and open the admin."""
    RecoveryCodes.activate(department_officer)
    client.force_login(department_officer, two_factor=False)
    asked = reverse("mfa_reauthenticate")
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response["Location"].startswith(asked)
    for name in ("mfa_view_recovery_codes", "mfa_deactivate_totp", "mfa_generate_recovery_codes"):
        assert client.get(reverse(name))["Location"].startswith(asked), name
    assert client.get("/admin/")["Location"].startswith(asked)


def test_a_session_from_before_the_authenticator_must_pass_it(client, department):
    officer = PersonFactory(agency=department)
    services.grant_hr_role(person=officer, agency=department, role="officer")
    client.force_login(officer)
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")
    with_totp(officer)  # added from another device
    assert client.get("/admin/")["Location"].startswith(reverse("mfa_reauthenticate"))


def test_setting_up_the_authenticator_opens_the_admin(
    client, department, django_capture_on_commit_callbacks
):
    officer = PersonFactory(agency=department)
    services.grant_hr_role(person=officer, agency=department, role="officer")
    sign_in(client, officer.staff_code)
    assert client.get("/admin/reports/")["Location"] == reverse("mfa_activate_totp")
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    # (Inside the test's transaction, allauth's "authenticator added" comes after the response.)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret=secret)})
    assert response.status_code == 302
    assert client.get("/admin/reports/").status_code == 200


def test_six_wrong_passwords_lock_the_account_on_every_sign_in_path(client, unit):
    person = PersonFactory(staff_code="HV-KHOA", email="khoa@dongnai.gov.vn", agency=unit)
    elsewhere = type(client)()
    elsewhere.force_login(person)  # signed in earlier, on another computer
    for login in ("HV-KHOA", "hv-khoa", "khoa@dongnai.gov.vn"):
        sign_in(client, login, "sai-1")
        sign_in(client, login.upper(), "sai-2")
    assert not signed_in(client)

    for login in ("HV-KHOA", "khoa@dongnai.gov.vn"):
        response = sign_in(client, login)
        assert LOCKED in response.content.decode(), login
        assert not signed_in(client)
    response = elsewhere.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert LOCKED in response.content.decode()
    response = elsewhere.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "Mật-khẩu-mới-2026",
            "password2": "Mật-khẩu-mới-2026",
        },
    )
    assert LOCKED in response.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


def test_a_wrong_current_password_when_changing_it_counts_towards_the_lock(client, unit):
    person = PersonFactory(staff_code="HV-DOI", agency=unit)
    client.force_login(person)
    new = {"password1": "Mật-khẩu-mới-2026", "password2": "Mật-khẩu-mới-2026"}
    for attempt in range(6):
        client.post(reverse("account_change_password"), {"oldpassword": f"sai-{attempt}", **new})
    assert LOCKED in sign_in(type(client)(), "HV-DOI").content.decode()


def test_signing_out_takes_a_post(client, department_officer):
    client.force_login(department_officer)
    for path in ("/admin/logout/", reverse("account_logout")):
        response = client.get(path)
        assert response.status_code == 200, path  # "Do you want to sign out?"
        assert settings.SESSION_COOKIE_NAME not in response.cookies, path
        assert client.get("/admin/").status_code == 200, path
    response = client.post("/admin/logout/")  # Wagtail's menu posts here
    assert response.status_code == 302
    assert not signed_in(client)
