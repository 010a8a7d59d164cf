"""Demo data for workforce: the Đồng Nai agency tree with one dated merger, a staff roster, logins.

Deterministic and idempotent: everything is found by code or staff code, and a second run
creates nothing and changes nothing. Demo passwords live here and nowhere else.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Agency, AgencyKind, Category, Gender, HRRole, User
from .text import fold

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed by seed_demo --logins, by design
EMAIL_DOMAIN = "dongnai.gov.vn"

# The demo's records start in 2020; the 2025 reforms are dated as they happened.
ON_RECORD_SINCE = datetime.date(2020, 1, 1)
DEPARTMENTS_REORGANISED = datetime.date(2025, 3, 1)
LOCAL_GOVERNMENT_REFORMED = datetime.date(2025, 7, 1)

PROVINCE_CODE = "UBND-DN"
PROVINCE_NAME = "Ủy ban nhân dân tỉnh Đồng Nai"


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    units: tuple[tuple[str, str], ...]
    since: datetime.date = ON_RECORD_SINCE
    staff: str = "administrative"  # which position pool its staff are drawn from


OFFICE = ("VP", "Văn phòng Sở")

DEPARTMENTS = (
    Department(
        "VPUB",
        "Văn phòng Ủy ban nhân dân tỉnh",
        (
            ("HCTC", "Phòng Hành chính - Tổ chức"),
            ("TH", "Phòng Tổng hợp"),
            ("KT", "Phòng Kinh tế"),
            ("BTCD", "Ban Tiếp công dân tỉnh"),
        ),
    ),
    Department(
        "SNV",
        "Sở Nội vụ",
        (
            OFFICE,
            ("TCBC", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"),
            ("CCVC", "Phòng Công chức, viên chức"),
            ("LDTL", "Phòng Lao động - Tiền lương và Bảo hiểm xã hội"),
        ),
    ),
    Department(
        "STC",
        "Sở Tài chính",
        (
            OFFICE,
            ("QLNS", "Phòng Quản lý ngân sách"),
            ("DT", "Phòng Đầu tư"),
            ("QLGCS", "Phòng Quản lý giá và Công sản"),
        ),
    ),
    Department(
        "STP",
        "Sở Tư pháp",
        (
            OFFICE,
            ("XDPL", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật"),
            ("HCTP", "Phòng Hành chính tư pháp"),
        ),
    ),
    Department(
        "SCT",
        "Sở Công Thương",
        (
            OFFICE,
            ("QLCN", "Phòng Quản lý công nghiệp"),
            ("QLTM", "Phòng Quản lý thương mại"),
            ("QLNL", "Phòng Quản lý năng lượng"),
        ),
    ),
    Department(
        "SXD",
        "Sở Xây dựng",
        (
            OFFICE,
            ("QLXD", "Phòng Quản lý xây dựng"),
            ("QLGT", "Phòng Quản lý giao thông"),
            ("PTDT", "Phòng Phát triển đô thị"),
        ),
    ),
    Department(
        "SNNMT",
        "Sở Nông nghiệp và Môi trường",
        (
            OFFICE,
            ("QLDD", "Phòng Quản lý đất đai"),
            ("TTBVTV", "Phòng Trồng trọt và Bảo vệ thực vật"),
            ("MT", "Phòng Môi trường"),
        ),
        since=DEPARTMENTS_REORGANISED,
    ),
    Department(
        "SKHCN",
        "Sở Khoa học và Công nghệ",
        (
            OFFICE,
            ("QLKH", "Phòng Quản lý khoa học"),
            ("QLCN", "Phòng Quản lý công nghệ và Đổi mới sáng tạo"),
        ),
    ),
    Department(
        "SGDDT",
        "Sở Giáo dục và Đào tạo",
        (
            OFFICE,
            ("TCCB", "Phòng Tổ chức cán bộ"),
            ("GDPT", "Phòng Giáo dục phổ thông"),
            ("GDMN", "Phòng Giáo dục mầm non"),
        ),
    ),
    Department(
        "SYT",
        "Sở Y tế",
        (
            OFFICE,
            ("TCCB", "Phòng Tổ chức cán bộ"),
            ("NVY", "Phòng Nghiệp vụ Y"),
            ("NVD", "Phòng Nghiệp vụ Dược"),
        ),
    ),
    Department(
        "SVHTTDL",
        "Sở Văn hóa, Thể thao và Du lịch",
        (
            OFFICE,
            ("QLVH", "Phòng Quản lý văn hóa"),
            ("QLDL", "Phòng Quản lý du lịch"),
        ),
    ),
    Department(
        "SDTTG",
        "Sở Dân tộc và Tôn giáo",
        (
            OFFICE,
            ("CSDT", "Phòng Chính sách dân tộc"),
            ("QLTG", "Phòng Quản lý tôn giáo"),
        ),
        since=DEPARTMENTS_REORGANISED,
    ),
    Department(
        "SNGV",
        "Sở Ngoại vụ",
        (
            OFFICE,
            ("LS", "Phòng Lãnh sự và Người Việt Nam ở nước ngoài"),
            ("HTQT", "Phòng Hợp tác quốc tế"),
        ),
    ),
    Department(
        "TTT",
        "Thanh tra tỉnh",
        (
            ("VP", "Văn phòng Thanh tra"),
            ("NV1", "Phòng Nghiệp vụ 1"),
            ("TCD", "Phòng Tiếp công dân và Xử lý đơn thư"),
        ),
    ),
    Department(
        "BQLKCN",
        "Ban Quản lý các Khu công nghiệp Đồng Nai",
        (
            ("VP", "Văn phòng Ban"),
            ("QLDT", "Phòng Quản lý đầu tư"),
            ("QLLD", "Phòng Quản lý lao động"),
        ),
    ),
    Department(
        "BQLCNSH",
        "Ban Quản lý Khu công nghệ cao chuyên ngành công nghệ sinh học Đồng Nai",
        (
            ("VP", "Văn phòng Ban"),
            ("QLDT", "Phòng Quản lý đầu tư và Doanh nghiệp"),
        ),
    ),
    Department(
        "BQLDA",
        "Ban Quản lý dự án đầu tư xây dựng tỉnh Đồng Nai",
        (
            ("HCTH", "Phòng Hành chính - Tổng hợp"),
            ("KT", "Phòng Kỹ thuật"),
            ("KHTC", "Phòng Kế hoạch - Tài chính"),
        ),
        staff="public_service",
    ),
    Department(
        "QDTPT",
        "Quỹ Đầu tư phát triển Đồng Nai",
        (
            ("HCTH", "Phòng Hành chính - Tổng hợp"),
            ("TD", "Phòng Tín dụng"),
        ),
        staff="public_service",
    ),
    Department(
        "DHDN",
        "Trường Đại học Đồng Nai",
        (
            ("TCHC", "Phòng Tổ chức - Hành chính"),
            ("DT", "Phòng Đào tạo"),
            ("SP", "Khoa Sư phạm"),
        ),
        staff="teaching",
    ),
    Department(
        "TTHCC",
        "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai",
        (
            ("HCTH", "Phòng Hành chính - Tổng hợp"),
            ("TNTKQ", "Phòng Tiếp nhận và Trả kết quả"),
        ),
        since=LOCAL_GOVERNMENT_REFORMED,
    ),
)

# The merger shown in the history: on 1 March 2025 Sở Thông tin và Truyền thông joined
# Sở Khoa học và Công nghệ, and its press and publishing work went to Sở Văn hóa.
MERGED_DEPARTMENT = Department(
    "STTTT",
    "Sở Thông tin và Truyền thông",
    (
        ("BCVT", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin"),
        ("TTBC", "Phòng Thông tin, Báo chí, Xuất bản"),
    ),
)
MERGED_INTO = "SKHCN"
MERGED_ON = DEPARTMENTS_REORGANISED
MOVED_AFTER_MERGER = ("STTTT-TTBC", "SVHTTDL")

# Communes and wards of Đồng Nai after 1 July 2025 (the former Bình Phước ones included),
# directly under the province now that districts are gone.
WARDS = (
    "Biên Hòa",
    "Trấn Biên",
    "Tam Hiệp",
    "Long Bình",
    "Trảng Dài",
    "Hố Nai",
    "Long Hưng",
    "Phước Tân",
    "Tam Phước",
    "Tân Triều",
    "Long Khánh",
    "Bình Phước",
    "Đồng Xoài",
    "Phước Long",
    "Bình Long",
    "An Lộc",
    "Chơn Thành",
)
COMMUNES = (
    "Nhơn Trạch",
    "Đại Phước",
    "Long Thành",
    "Long Phước",
    "An Phước",
    "Trảng Bom",
    "Bàu Hàm",
    "Dầu Giây",
    "Thống Nhất",
    "Xuân Lộc",
    "Cẩm Mỹ",
    "Định Quán",
    "Tân Phú",
    "Nam Cát Tiên",
    "Trị An",
    "Lộc Ninh",
    "Bù Đăng",
    "Phú Riềng",
    "Đồng Phú",
    "Bù Đốp",
)


def _local_governments() -> list[tuple[str, str]]:
    """(code, name) of every ward and commune, e.g. ("P-TRANBIEN", "Ủy ban nhân dân phường Trấn Biên")."""
    places = [("P", "phường", name) for name in WARDS] + [("X", "xã", name) for name in COMMUNES]
    return [
        (f"{prefix}-{fold(name).replace(' ', '').upper()}", f"Ủy ban nhân dân {level} {name}")
        for prefix, level, name in places
    ]


# --- The roster -----------------------------------------------------------------------------

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
    for code, name in _local_governments():
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
        "can": _("Write course pages and submit them for moderation."),
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
        "can": _("Review, approve and publish the course pages editors submit."),
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
)


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
        for code, name in _local_governments():
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
