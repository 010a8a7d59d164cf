"""Demo data for workforce: the Đồng Nai agency tree, dated as the 2025 reforms happened.

Plain data, with the one merger the history shows; `workforce.demo` creates the agencies.
"""

import datetime
from dataclasses import dataclass

from lms.text import fold

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


def local_governments() -> list[tuple[str, str]]:
    """(code, name) of every ward and commune, e.g. ("P-TRANBIEN", "Ủy ban nhân dân phường Trấn Biên")."""
    places = [("P", "phường", name) for name in WARDS] + [("X", "xã", name) for name in COMMUNES]
    return [
        (f"{prefix}-{fold(name).replace(' ', '').upper()}", f"Ủy ban nhân dân {level} {name}")
        for prefix, level, name in places
    ]
