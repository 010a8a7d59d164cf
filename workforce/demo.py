"""Demo data for workforce: the Đồng Nai agency tree with one dated merger, a staff roster, logins.

The tree is described in `demo_agencies` and the roster in `demo_roster`; this module holds the
logins and creates it all. Deterministic and idempotent: everything is found by code or staff
code, and a second run creates nothing and changes nothing. Demo passwords live here and nowhere
else.
"""

import datetime
from collections import Counter

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from . import services
from .demo_agencies import (
    DEPARTMENTS,
    LOCAL_GOVERNMENT_REFORMED,
    MERGED_DEPARTMENT,
    MERGED_INTO,
    MERGED_ON,
    MOVED_AFTER_MERGER,
    ON_RECORD_SINCE,
    PROVINCE_CODE,
    PROVINCE_NAME,
    Department,
    local_governments,
)
from .demo_roster import EMAIL_DOMAIN, roster
from .models import Agency, AgencyKind, Category, Gender, HRRole, User

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed by seed_demo --logins, by design


# --- Demo logins ----------------------------------------------------------------------------

DEMO_ACCOUNTS = (
    {
        "role": _("Administrator (superuser)"),
        "can": _("Everything: the whole admin, every agency and person, all settings."),
        "superuser": True,
        "person": {
            "staff_code": "QTV001",
            "email": f"quantri.demo@{EMAIL_DOMAIN}",
            "family_name": "Trần",
            "middle_name": "Quốc",
            "given_name": "Khánh",
            "gender": Gender.MALE,
            "date_of_birth": datetime.date(1984, 5, 12),
            "category": Category.CIVIL_SERVANT,
            "position": "Quản trị hệ thống",
            "agency": "STTTT-BCVT",
        },
    },
    {
        "role": _("HR officer, whole province"),
        "can": _("Manage agencies, people and HR roles across the province; read every report."),
        "hr_roles": ((PROVINCE_CODE, HRRole.Role.OFFICER),),
        "person": {
            "staff_code": "NS0001",
            "email": f"nhansu.tinh.demo@{EMAIL_DOMAIN}",
            "family_name": "Nguyễn",
            "middle_name": "Thị Thu",
            "given_name": "Hà",
            "gender": Gender.FEMALE,
            "date_of_birth": datetime.date(1979, 9, 2),
            "category": Category.CIVIL_SERVANT,
            "position": "Chuyên viên chính",
            "agency": "SNV-CCVC",
        },
    },
    {
        "role": _("HR officer, one department"),
        "can": _("Manage the people and units of Sở Nội vụ only; read its reports."),
        "hr_roles": (("SNV", HRRole.Role.OFFICER),),
        "person": {
            "staff_code": "NS0002",
            "email": f"nhansu.snv.demo@{EMAIL_DOMAIN}",
            "family_name": "Phạm",
            "middle_name": "Minh",
            "given_name": "Tuấn",
            "gender": Gender.MALE,
            "date_of_birth": datetime.date(1986, 3, 21),
            "category": Category.CIVIL_SERVANT,
            "position": "Chuyên viên",
            "agency": "SNV-VP",
        },
    },
    {
        "role": _("HR viewer, one department"),
        "can": _("Read the people and reports of Sở Y tế; change nothing."),
        "hr_roles": (("SYT", HRRole.Role.VIEWER),),
        "person": {
            "staff_code": "NS0003",
            "email": f"xem.syt.demo@{EMAIL_DOMAIN}",
            "family_name": "Võ",
            "middle_name": "Thị Ngọc",
            "given_name": "Trâm",
            "gender": Gender.FEMALE,
            "date_of_birth": datetime.date(1981, 11, 30),
            "category": Category.CIVIL_SERVANT,
            "position": "Phó Trưởng phòng",
            "agency": "SYT-TCCB",
        },
    },
    {
        "role": _("Editor"),
        "can": _("Write course pages and certificate templates and submit them for moderation."),
        "groups": ("Biên tập viên",),
        "person": {
            "staff_code": "BT0001",
            "email": f"bientap.demo@{EMAIL_DOMAIN}",
            "family_name": "Huỳnh",
            "middle_name": "Thanh",
            "given_name": "Tâm",
            "gender": Gender.FEMALE,
            "date_of_birth": datetime.date(1990, 7, 15),
            "category": Category.CIVIL_SERVANT,
            "position": "Chuyên viên",
            "agency": "SKHCN-QLCN",
        },
    },
    {
        "role": _("Moderator"),
        "can": _(
            "Review, approve and publish the course pages and certificate templates editors submit."
        ),
        "groups": ("Kiểm duyệt viên",),
        "person": {
            "staff_code": "KD0001",
            "email": f"kiemduyet.demo@{EMAIL_DOMAIN}",
            "family_name": "Đặng",
            "middle_name": "Hoàng",
            "given_name": "Nam",
            "gender": Gender.MALE,
            "date_of_birth": datetime.date(1977, 1, 8),
            "category": Category.CIVIL_SERVANT,
            "position": "Phó Trưởng phòng",
            "agency": "SNV-CCVC",
        },
    },
    {
        "role": _("Learner"),
        "can": _("Sign in with the staff code (no e-mail); take courses and follow own progress."),
        "person": {
            "staff_code": "HV0001",
            "email": None,
            "family_name": "Bùi",
            "middle_name": "Thị",
            "given_name": "Lan",
            "gender": Gender.FEMALE,
            "date_of_birth": datetime.date(1995, 4, 18),
            "category": Category.CIVIL_SERVANT,
            "position": "Chuyên viên",
            "agency": "SNV-TCBC",
        },
    },
    {
        "role": _("Learner with a certificate"),
        "can": _(
            "Has finished the first course of the basic programme: download its certificate "
            "and share its verification link."
        ),
        "person": {
            "staff_code": "HV0002",
            "email": None,
            "family_name": "Đặng",
            "middle_name": "Văn",
            "given_name": "Khoa",
            "gender": Gender.MALE,
            "date_of_birth": datetime.date(1988, 11, 2),
            "category": Category.PUBLIC_EMPLOYEE,
            "position": "Chuyên viên",
            "agency": "SNV-TCBC",
        },
    },
)

# The demo login that has finished a course (courses.demo_learning finishes it).
LOGIN_WITH_CERTIFICATE = "HV0002"


def demo_logins() -> list[dict]:
    """The demo logins as printed by `seed_demo --logins`."""
    return [
        {
            "role": str(account["role"]),
            "username": account["person"]["staff_code"],
            "email": account["person"]["email"] or "",
            "password": DEMO_PASSWORD,
            "can": str(account["can"]),
        }
        for account in DEMO_ACCOUNTS
    ]


# --- Seeding --------------------------------------------------------------------------------


class _Seed:
    """One run of the workforce seed: what exists already, and what this run created."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.agencies = {agency.code: agency for agency in Agency.objects.all()}
        self.staff_codes = set(User.objects.values_list("staff_code", flat=True))
        self.created = Counter()

    def say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)

    def agency(self, *, code, name, kind, parent, effective_on) -> Agency:
        if code not in self.agencies:
            self.agencies[code] = services.create_agency(
                code=code, name=name, kind=kind, parent=parent, effective_on=effective_on
            )
            self.created["agencies"] += 1
        return self.agencies[code]

    def department(self, department: Department, province: Agency) -> Agency:
        agency = self.agency(
            code=department.code,
            name=department.name,
            kind=AgencyKind.DEPARTMENT,
            parent=province,
            effective_on=department.since,
        )
        for suffix, name in department.units:
            self.agency(
                code=f"{department.code}-{suffix}",
                name=name,
                kind=AgencyKind.UNIT,
                parent=agency,
                effective_on=department.since,
            )
        return agency

    def tree(self) -> None:
        province = self.agency(
            code=PROVINCE_CODE,
            name=PROVINCE_NAME,
            kind=AgencyKind.PROVINCE,
            parent=None,
            effective_on=ON_RECORD_SINCE,
        )
        for department in DEPARTMENTS:
            self.department(department, province)
        merged = self.department(MERGED_DEPARTMENT, province)
        if merged.is_active:
            self.merge(merged, into=self.agencies[MERGED_INTO])
        for code, name in local_governments():
            self.agency(
                code=code,
                name=name,
                kind=AgencyKind.COMMUNE,
                parent=province,
                effective_on=LOCAL_GOVERNMENT_REFORMED,
            )
        # The merger moved units, so the paths held in memory are stale: read them again.
        self.agencies = {agency.code: agency for agency in Agency.objects.all()}

    def merge(self, merged: Agency, *, into: Agency) -> None:
        note = "Hợp nhất theo phương án sắp xếp cơ quan chuyên môn năm 2025."
        self.agencies[merged.code] = services.merge_agency(
            agency=merged, into=into, effective_on=MERGED_ON, note=note
        )
        unit_code, new_parent_code = MOVED_AFTER_MERGER
        services.move_agency(
            agency=self.agencies[unit_code],
            new_parent=self.agencies[new_parent_code],
            effective_on=MERGED_ON,
            note=note,
        )
        self.created["merges"] += 1
        self.say(f"Merged {merged.name} into {into.name} on {MERGED_ON:%d/%m/%Y}.")

    def person(self, fields: dict) -> User | None:
        if fields["staff_code"] in self.staff_codes:
            return None
        fields = {**fields, "agency": self.agencies[fields["agency"]]}
        person = services.create_person(invite=False, **fields)
        self.staff_codes.add(person.staff_code)
        return person

    def people(self) -> None:
        for fields in roster():
            if self.person(fields) is not None:
                self.created["people"] += 1

    def demo_accounts(self) -> None:
        groups = {group.name: group for group in Group.objects.all()}
        for account in DEMO_ACCOUNTS:
            person = self.person(account["person"])
            if person is None:
                continue
            person.set_password(DEMO_PASSWORD)
            person.save(update_fields=["password"])
            services.set_person_rights(
                person=person,
                groups=[groups[name] for name in account.get("groups", ())],
                is_superuser=account.get("superuser", False),
            )
            for agency_code, role in account.get("hr_roles", ()):
                services.grant_hr_role(person=person, agency=self.agencies[agency_code], role=role)
            self.created["demo accounts"] += 1


def seed_workforce(*, stdout=None) -> dict:
    """Create the demo agencies, people and logins that do not exist yet.

    Returns {"created": {what: how many}, "logins": [demo login, ...]}.
    """
    seed = _Seed(stdout)
    seed.tree()
    seed.people()
    seed.demo_accounts()
    return {"created": dict(seed.created), "logins": demo_logins()}
