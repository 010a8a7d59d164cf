"""Demo data for workforce: the staff roster, drawn from a fixed seed so it is always the same."""

import datetime
import random
from dataclasses import dataclass

from lms.text import fold

from .demo_agencies import DEPARTMENTS, MERGED_DEPARTMENT, local_governments
from .models import Category, Gender

EMAIL_DOMAIN = "dongnai.gov.vn"

FAMILY_NAMES = (
    ("Nguyễn", 36),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 6),
    ("Huỳnh", 5),
    ("Hoàng", 3),
    ("Võ", 5),
    ("Phan", 4),
    ("Vũ", 2),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Trương", 2),
    ("Đinh", 1),
    ("Lâm", 1),
    ("Mai", 1),
    ("Châu", 1),
)
# fmt: off
MIDDLE_NAMES = {
    Gender.MALE: (
        "Văn", "Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Hoàng", "Công", "Tấn", "Ngọc",
        "Trung", "Xuân", "Duy",
    ),
    Gender.FEMALE: (
        "Thị", "Thị", "Thị", "Thị Ngọc", "Ngọc", "Thanh", "Thị Thu", "Thị Kim", "Thu", "Kim",
        "Thị Thanh", "Bảo", "Mỹ", "Phương",
    ),
}
GIVEN_NAMES = {
    Gender.MALE: (
        "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khánh",
        "Khoa", "Lộc", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài",
        "Tâm", "Thắng", "Thành", "Toàn", "Trí", "Tuấn", "Việt", "Vinh",
    ),
    Gender.FEMALE: (
        "Anh", "Ánh", "Chi", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương",
        "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Nhi", "Nhung", "Oanh", "Phương",
        "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Vy", "Yến",
    ),
}
# fmt: on

# Position pools: (position, category, weight).
POSITIONS = {
    "administrative": (
        ("Chuyên viên", Category.CIVIL_SERVANT, 40),
        ("Chuyên viên chính", Category.CIVIL_SERVANT, 15),
        ("Cán sự", Category.CIVIL_SERVANT, 4),
        ("Văn thư", Category.CIVIL_SERVANT, 5),
        ("Kế toán", Category.CIVIL_SERVANT, 5),
        ("Nhân viên lái xe", Category.WORKER, 4),
        ("Nhân viên bảo vệ", Category.WORKER, 2),
        ("Nhân viên phục vụ", Category.WORKER, 2),
    ),
    "public_service": (
        ("Chuyên viên", Category.PUBLIC_EMPLOYEE, 30),
        ("Kỹ sư", Category.PUBLIC_EMPLOYEE, 10),
        ("Kế toán viên", Category.PUBLIC_EMPLOYEE, 6),
        ("Cán sự", Category.PUBLIC_EMPLOYEE, 4),
        ("Nhân viên lái xe", Category.WORKER, 3),
        ("Nhân viên bảo vệ", Category.WORKER, 3),
    ),
    "teaching": (
        ("Giảng viên", Category.PUBLIC_EMPLOYEE, 30),
        ("Giảng viên chính", Category.PUBLIC_EMPLOYEE, 12),
        ("Chuyên viên", Category.PUBLIC_EMPLOYEE, 8),
        ("Nhân viên phục vụ", Category.WORKER, 3),
    ),
    "commune": (
        ("Công chức Văn phòng - Thống kê", Category.CIVIL_SERVANT, 10),
        ("Công chức Tư pháp - Hộ tịch", Category.CIVIL_SERVANT, 8),
        ("Công chức Tài chính - Kế toán", Category.CIVIL_SERVANT, 8),
        ("Công chức Địa chính - Xây dựng", Category.CIVIL_SERVANT, 8),
        ("Công chức Văn hóa - Xã hội", Category.CIVIL_SERVANT, 8),
        ("Chuyên viên", Category.CIVIL_SERVANT, 10),
        ("Nhân viên bảo vệ", Category.WORKER, 3),
    ),
}
LEADER_CATEGORY = {
    "administrative": Category.CIVIL_SERVANT,
    "public_service": Category.PUBLIC_EMPLOYEE,
    "teaching": Category.PUBLIC_EMPLOYEE,
    "commune": Category.CADRE,
}
# The head's and deputy's titles, by how the agency's name begins.
LEADER_TITLES = (
    ("Ủy ban nhân dân", "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân"),
    ("Sở", "Giám đốc", "Phó Giám đốc"),
    ("Văn phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng"),
    ("Thanh tra", "Chánh Thanh tra", "Phó Chánh Thanh tra"),
    ("Phòng", "Trưởng phòng", "Phó Trưởng phòng"),
    ("Ban", "Trưởng ban", "Phó Trưởng ban"),
    ("Khoa", "Trưởng khoa", "Phó Trưởng khoa"),
    ("Trường", "Hiệu trưởng", "Phó Hiệu trưởng"),
    ("", "Giám đốc", "Phó Giám đốc"),
)
STAFF_CODE_PREFIX = "DN"
BORN_FROM = datetime.date(1965, 1, 1)
BORN_UNTIL = datetime.date(2001, 12, 31)
LEADERS_BORN_UNTIL = datetime.date(1985, 12, 31)
SHARE_WITHOUT_EMAIL = 0.1


@dataclass(frozen=True)
class Staffing:
    """How many people one agency gets in the roster, and from which pool."""

    agency_code: str
    agency_name: str
    headcount: tuple[int, int]
    pool: str
    # The roster is a sample: not every unit's head or deputy is in it, so leaders stay few.
    head_chance: float = 1.0
    deputy_chance: float = 1.0


def _staffing_plan() -> list[Staffing]:
    plan = []
    for department in (*DEPARTMENTS, MERGED_DEPARTMENT):
        # The merged department's own office is closed; only its units keep staff.
        if department is not MERGED_DEPARTMENT:
            plan.append(Staffing(department.code, department.name, (2, 2), department.staff))
        for suffix, name in department.units:
            code = f"{department.code}-{suffix}"
            plan.append(Staffing(code, name, (2, 4), department.staff, 0.6, 0.35))
    for code, name in local_governments():
        plan.append(Staffing(code, name, (3, 4), "commune", 0.7, 0.5))
    return plan


def _leader_titles(agency_name: str) -> tuple[str, str]:
    # The last entry of LEADER_TITLES has an empty prefix, so every name finds a match.
    return next(
        (head, deputy) for prefix, head, deputy in LEADER_TITLES if agency_name.startswith(prefix)
    )


def _birth_date(rng: random.Random, until: datetime.date) -> datetime.date:
    return datetime.date.fromordinal(rng.randint(BORN_FROM.toordinal(), until.toordinal()))


def _email(family_name: str, middle_name: str, given_name: str, staff_code: str) -> str:
    """E-mail such as annv.dn000123@dongnai.gov.vn for Nguyễn Văn An, DN000123."""
    initials = "".join(word[0] for word in fold(f"{family_name} {middle_name}").split())
    return f"{fold(given_name).replace(' ', '')}{initials}.{staff_code.lower()}@{EMAIL_DOMAIN}"


def _posts(rng: random.Random, staffing: Staffing) -> list[tuple[str, str, bool]]:
    """(position, category, is leader) of each person the agency gets, leaders first."""
    head, deputy = _leader_titles(staffing.agency_name)
    leader_category = LEADER_CATEGORY[staffing.pool]
    count = rng.randint(*staffing.headcount)
    posts = []
    if rng.random() < staffing.head_chance:
        posts.append((head, leader_category, True))
    if rng.random() < staffing.deputy_chance:
        posts.append((deputy, leader_category, True))
    pool = POSITIONS[staffing.pool]
    weights = [weight for _position, _category, weight in pool]
    while len(posts) < count:
        position, category, _weight = rng.choices(pool, weights)[0]
        posts.append((position, category, False))
    return posts[:count]


def roster() -> list[dict]:
    """The demo staff as create_person() fields, with `agency` given by code. Always the same."""
    rng = random.Random(2025)
    family_names, family_weights = zip(*FAMILY_NAMES, strict=True)
    people = []
    for staffing in _staffing_plan():
        for position, category, is_leader in _posts(rng, staffing):
            gender = rng.choice((Gender.MALE, Gender.FEMALE))
            family_name = rng.choices(family_names, family_weights)[0]
            middle_name = rng.choice(MIDDLE_NAMES[gender])
            while middle_name == family_name:  # no "Hoàng Hoàng Hải"
                middle_name = rng.choice(MIDDLE_NAMES[gender])
            given_name = rng.choice(GIVEN_NAMES[gender])
            born_until = LEADERS_BORN_UNTIL if is_leader else BORN_UNTIL
            staff_code = f"{STAFF_CODE_PREFIX}{len(people) + 1:06d}"
            has_email = rng.random() >= SHARE_WITHOUT_EMAIL
            people.append(
                {
                    "staff_code": staff_code,
                    "email": _email(family_name, middle_name, given_name, staff_code)
                    if has_email
                    else None,
                    "family_name": family_name,
                    "middle_name": middle_name,
                    "given_name": given_name,
                    "date_of_birth": _birth_date(rng, born_until),
                    "gender": gender,
                    "category": category,
                    "position": position,
                    "agency": staffing.agency_code,
                }
            )
    return people
