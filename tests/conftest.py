import time
import uuid
from pathlib import Path

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core.cache import cache
from django.http import HttpRequest
from django.test import Client

from courses.content_cache import forget_local_copies
from tests.factories import AgencyFactory, HRRoleFactory, PersonFactory
from tests.processes import MigratedDatabase
from workforce.models import AgencyKind, HRRole

PASSWORD = "mật-khẩu-thử-1"


def _reuse_db(config) -> bool:
    return bool(config.getvalue("reuse_db") and not config.getvalue("create_db"))


def _migrated_database(config) -> MigratedDatabase:
    """The run's migrated database: in pytest's temporary folder of the run, which xdist
    workers see as their own folder's parent; in test-artifacts/ with --reuse-db."""
    if _reuse_db(config):
        folder = Path(__file__).resolve().parent.parent / "test-artifacts" / "reused-db"
    else:
        folder = config._tmp_path_factory.getbasetemp()
        if hasattr(config, "workerinput"):
            folder = folder.parent
    folder.mkdir(parents=True, exist_ok=True)
    run = getattr(config, "workerinput", {}).get("testrunuid") or config.stash.setdefault(
        _run_key, uuid.uuid4().hex
    )
    return MigratedDatabase(folder=folder, run=run[:8], keep=_reuse_db(config))


_run_key = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def migrated_database(request, django_test_environment, django_db_blocker) -> MigratedDatabase:
    """The run's migrated database (tests.processes.MigratedDatabase), made by the first
    process that asks for it."""
    database = _migrated_database(request.config)
    with django_db_blocker.unblock():
        database.make(verbosity=request.config.option.verbose)
    return database


@pytest.fixture(scope="session")
def django_db_setup(request, migrated_database, django_db_blocker):
    """pytest-django's set-up, with a copy of the run's migrated database for this process
    instead of migrations of its own (no test asks for serialized_rollback)."""
    from django.db import connections

    assert list(connections) == ["default"], "this set-up copies one database"
    suffix = getattr(request.config, "workerinput", {}).get("workerid", "main")
    with django_db_blocker.unblock():
        migrated_database.attach(suffix)
    yield
    with django_db_blocker.unblock():
        migrated_database.detach(verbosity=request.config.option.verbose)


def pytest_sessionfinish(session):
    """The process that started the run drops the run's migrated PostgreSQL database."""
    if not hasattr(session.config, "workerinput"):
        _migrated_database(session.config).drop()


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits and the page caches live in the cache; every test starts afresh.
    cache.clear()
    forget_local_copies()
    yield
    cache.clear()
    forget_local_copies()


def totp_code(user=None, *, secret=None) -> str:
    """The current code of `user`'s authenticator (or of a secret being set up), waiting for a
    fresh period when this one is about to end (allauth accepts a code only within its own
    30-second period)."""
    if secret is None:
        secret = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    if 30 - time.time() % 30 < 4:
        time.sleep(30 - time.time() % 30 + 0.5)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


class SignedInClient(Client):
    """Django's test client, whose force_login stands for a whole allauth sign-in: the
    password, and the authenticator's code when the person has one (the admin asks for both
    in each session). force_login(user, two_factor=False) stops after the password."""

    def force_login(self, user, backend=None, *, two_factor=True):
        super().force_login(user, backend)
        request = HttpRequest()
        request.session = self.session
        record_authentication(request, user, "password")
        authenticator = Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).first()
        if two_factor and authenticator is not None:
            record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
        request.session.save()


@pytest.fixture
def client():
    return SignedInClient()


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


def pytest_collection_modifyitems(items):
    """Long tests first: xdist hands out tests in collection order, so one started last would
    keep the whole run waiting after the rest had finished."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


# Modules whose tests share one demo seed (a module-scoped fixture, a quarter of a minute):
# split between two xdist workers, each would seed.
SEEDED_MODULES = {"tests/lms/test_seed_demo.py"}


@pytest.hookimpl(optionalhook=True)  # without xdist (-p no:xdist) there is no such hook
def pytest_xdist_make_scheduler(config, log):
    """xdist's tests one by one, in collection order, except a seeded module's, which go to
    one worker together (and first: xdist starts the largest groups first). xdist's own
    `--dist loadgroup` cannot do it under pytest 9, which ignores the node ids it rewrites."""
    from xdist.scheduler import LoadScopeScheduling

    class SeededModulesTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in SEEDED_MODULES else nodeid

    return SeededModulesTogether(config, log)


def pytest_terminal_summary(terminalreporter):
    """The whole-site authorization test's counts (tests/lms/test_authorization.py)."""
    lines = [
        value
        for report in terminalreporter.stats.get("passed", [])
        + terminalreporter.stats.get("failed", [])
        for name, value in getattr(report, "user_properties", [])
        if name == "site_access" and report.when == "call"
    ]
    if lines:
        terminalreporter.write_sep("-", "whole-site authorization: responses per role")
        for line in sorted(lines):
            terminalreporter.write_line(line)
