import datetime
import io
import json
import os

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from workforce.demo import demo_logins
from workforce.models import Agency, AgencyChange, AgencyKind, Category, HRRole, User

from .demo_fingerprint import EXPECTED, demo_fingerprint

SNAPSHOT_MODELS = (Agency, AgencyChange, User, User.groups.through, HRRole, EmailAddress)


def seed_demo(*args) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """Every row of the seeded tables, every field included."""
    return {
        model.__name__: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS
    }


@pytest.fixture(scope="module")
def _seeded_once(django_db_setup, django_db_blocker):
    """One demo seed for the tests of this module (it takes a quarter of a minute), inside a
    transaction that is rolled back after them; each test runs in a savepoint within it. The
    seed is `seed_demo --logins` on the empty database, which seeds first: its output is kept
    for the test of that option. The media storage starts empty too (the suite keeps media in
    memory, where another module's seed would have left the demo's images under their names)."""
    media = override_settings(STORAGES={**settings.STORAGES})
    media.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        assert not User.objects.exists()
        output = seed_demo("--logins")
    yield output
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    media.disable()


@pytest.fixture
def seeded(_seeded_once, db):
    """The seeded demo; what a test changes is undone after it."""
    return _seeded_once


def test_logins_option_seeds_an_empty_database_and_prints_only_the_table(seeded):
    output = seeded

    lines = output.splitlines()
    assert lines[0].startswith("Role")
    assert len(lines) == 2 + len(demo_logins())
    assert "created" not in output
    assert User.objects.filter(staff_code="HV0001").exists()


def test_second_run_creates_and_changes_nothing(seeded):
    before = snapshot()

    output = seed_demo()

    after = snapshot()
    assert {name: len(rows) for name, rows in after.items()} == {
        name: len(rows) for name, rows in before.items()
    }
    assert after == before
    assert "nothing" in output


def test_tree_has_province_departments_and_communes(seeded):
    (province,) = Agency.get_root_nodes()
    children = province.get_children()

    assert province.name == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert province.kind == AgencyKind.PROVINCE
    assert children.filter(kind=AgencyKind.DEPARTMENT, is_active=True).count() >= 20
    assert children.filter(kind=AgencyKind.COMMUNE).count() >= 30
    assert children.get(name="Ủy ban nhân dân phường Trấn Biên").kind == AgencyKind.COMMUNE


def test_merged_department_is_closed_and_keeps_its_former_name(seeded):
    merged = Agency.objects.get(is_active=False, successor__isnull=False)

    assert merged.successor.name == "Sở Khoa học và Công nghệ"
    assert merged.closed_on is not None
    assert merged.get_children().filter(is_active=True).count() == 0
    assert merged.name_on(merged.closed_on - datetime.timedelta(days=1)) == (
        "Sở Thông tin và Truyền thông"
    )


def test_roster_has_300_people_in_all_four_categories(seeded):
    people = User.objects.filter(agency__isnull=False)

    assert people.count() >= 300
    assert set(people.values_list("category", flat=True)) == set(Category.values)
    assert not people.filter(agency__is_active=False).exists()


def test_every_demo_login_signs_in_with_staff_code_and_email(seeded):
    for login in demo_logins():
        person = User.objects.get(staff_code=login["username"])
        assert authenticate(None, username=login["username"], password=login["password"]) == person
        if login["email"]:
            assert authenticate(None, username=login["email"], password=login["password"]) == person


def test_learner_has_no_email_and_signs_in_with_staff_code(seeded):
    learner = User.objects.get(staff_code="HV0001")

    assert learner.email is None
    assert not EmailAddress.objects.filter(user=learner).exists()
    assert learner.agency.get_parent().code == "SNV"


def test_department_hr_officer_role_is_on_one_department_only(seeded):
    roles = HRRole.objects.filter(person__staff_code="NS0002")

    assert [(role.agency.code, role.agency.kind, role.role) for role in roles] == [
        ("SNV", AgencyKind.DEPARTMENT, HRRole.Role.OFFICER)
    ]


def test_logins_option_creates_nothing_when_already_seeded(seeded):
    before = snapshot()

    seed_demo("--logins")

    assert snapshot() == before


def test_demo_is_the_one_recorded_in_its_fingerprint(seeded):
    """The demo content moved from Python to data files (demo/); what learners read, the tree,
    the roster and the learning seeded on it stay as they were. After a deliberate change of
    the demo, write the file again: LMS_WRITE_DEMO_FINGERPRINT=1 pytest -k fingerprint."""
    found = demo_fingerprint()

    if os.environ.get("LMS_WRITE_DEMO_FINGERPRINT"):
        EXPECTED.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    expected = json.loads(EXPECTED.read_text())
    assert json.loads(json.dumps(found, default=str)) == expected
