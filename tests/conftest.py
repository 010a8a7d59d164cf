import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from courses.serving import forget_local_copies
from tests.factories import AgencyFactory, HRRoleFactory, PersonFactory
from workforce.models import AgencyKind, HRRole

PASSWORD = "mật-khẩu-thử-1"


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits and the page caches live in the cache; every test starts afresh.
    cache.clear()
    forget_local_copies()
    yield
    cache.clear()
    forget_local_copies()


@pytest.fixture
def province(db):
    return AgencyFactory(code="DN", name="Ủy ban nhân dân tỉnh Đồng Nai", kind=AgencyKind.PROVINCE)


@pytest.fixture
def department(province):
    return AgencyFactory(code="SNV", name="Sở Nội vụ", parent=province)


@pytest.fixture
def sibling_department(province):
    return AgencyFactory(code="STC", name="Sở Tài chính", parent=province)


@pytest.fixture
def unit(department):
    return AgencyFactory(
        code="SNV-VP", name="Văn phòng Sở Nội vụ", kind=AgencyKind.UNIT, parent=department
    )


def with_totp(user):
    """Give a user a TOTP authenticator so the admin's two-factor rule lets them in."""
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


@pytest.fixture
def department_officer(department):
    officer = PersonFactory(staff_code="HR-SNV", agency=department, given_name="Hòa")
    HRRoleFactory(person=officer, agency=department, role=HRRole.Role.OFFICER)
    return with_totp(officer)


@pytest.fixture
def department_viewer(department):
    viewer = PersonFactory(staff_code="XEM-SNV", agency=department, given_name="Xuân")
    HRRoleFactory(person=viewer, agency=department, role=HRRole.Role.VIEWER)
    return with_totp(viewer)


@pytest.fixture
def superuser(province):
    admin = PersonFactory(staff_code="ADMIN", agency=province, is_superuser=True, given_name="Quản")
    return with_totp(admin)


@pytest.fixture
def learner(unit):
    return PersonFactory(staff_code="HV001", agency=unit, given_name="Lan")
