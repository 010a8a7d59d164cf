"""The demo's workforce loaders on small data files (the full demo: tests/lms/test_seed_demo.py)."""

from collections import Counter

import pytest

from tests.factories import PersonFactory
from workforce import demo, demo_tree
from workforce.demo_tree import AgencyTree, DemoDataError
from workforce.models import Agency, AgencyChange, User

AGENCIES = """code,name,parent,kind,since
P,Ủy ban nhân dân tỉnh,,province,01/01/2020
A,Sở A,P,department,01/01/2020
A-VP,Văn phòng Sở A,A,unit,01/01/2020
B,Sở B,P,department,01/01/2020
C,Sở C,P,department,01/03/2025
"""
CHANGES = """date,action,code,target,note
01/03/2025,merge,A,B,Hợp nhất.
01/03/2025,move,A-VP,C,Hợp nhất.
"""
HEADER = "Mã cán bộ,Họ,Tên đệm,Tên,Ngày sinh,Giới tính,Email,Mã cơ quan,Chức vụ,Đối tượng\n"
AN = "DN01,Lê,Văn,An,01/02/1980,Nam,an@example.vn,B,Chuyên viên,Công chức\n"
BINH = "DN02,Trần,Thị,Bình,03/04/1990,Nữ,,A-VP,Kế toán,Người lao động\n"


@pytest.fixture
def demo_data(tmp_path, monkeypatch):
    """A demo data folder of our own: write(name, text) puts a file in it."""
    monkeypatch.setattr(demo_tree, "DEMO_DATA", tmp_path)

    def write(name: str, text: str) -> None:
        (tmp_path / name).write_text(text, encoding="utf-8-sig")

    write("agencies.csv", AGENCIES)
    write("changes.csv", CHANGES)
    return write


def test_tree_is_created_in_file_order_and_its_changes_applied_once(db, demo_data):
    created = Counter()

    AgencyTree(created).seed()
    AgencyTree(created).seed()

    assert created == {"agencies": 5, "merges": 1}
    merged = Agency.objects.get(code="A")
    assert (merged.is_active, merged.successor.code) == (False, "B")
    assert Agency.objects.get(code="A-VP").get_parent().code == "C"
    assert [a.code for a in Agency.objects.get(code="P").get_children()] == ["A", "B", "C"]
    assert AgencyChange.objects.filter(action=AgencyChange.Action.MOVED).count() == 2


def test_tree_row_with_an_unknown_kind_stops_the_seed_naming_the_row(db, demo_data):
    demo_data("agencies.csv", AGENCIES.replace("B,Sở B,P,department", "B,Sở B,P,ministry"))

    with pytest.raises(DemoDataError, match=r"agencies\.csv, row 5: the kind is one of"):
        AgencyTree(Counter()).seed()


def test_people_are_imported_through_the_roster_import(db, demo_data):
    AgencyTree(Counter()).seed()
    demo_data("roster.csv", HEADER + AN + BINH)
    created = Counter()

    new = demo.seed_people(created)

    assert new == {"DN01", "DN02"}
    assert created == {"people": 2}
    an = User.objects.get(staff_code="DN01")
    assert (an.email, an.agency.code, an.category, an.has_usable_password()) == (
        "an@example.vn",
        "B",
        "civil_servant",
        False,
    )
    assert User.objects.get(staff_code="DN02").email is None


def test_second_seed_leaves_people_changed_since_alone(db, demo_data):
    AgencyTree(Counter()).seed()
    demo_data("roster.csv", HEADER + AN + BINH)
    demo.seed_people(Counter())
    User.objects.filter(staff_code="DN01").update(position="Trưởng phòng")

    assert demo.seed_people(Counter()) == set()
    assert User.objects.get(staff_code="DN01").position == "Trưởng phòng"


def test_refused_roster_row_stops_the_seed_naming_its_row_in_the_file(db, demo_data):
    AgencyTree(Counter()).seed()
    PersonFactory(staff_code="DN01")  # known: its row is left out, the numbering kept
    demo_data("roster.csv", HEADER + AN + BINH.replace(",A-VP,", ",KHONGCO,"))

    with pytest.raises(DemoDataError, match="(Row|Dòng) 3, ") as refused:
        demo.seed_people(Counter())

    assert "KHONGCO" in str(refused.value)
    assert not User.objects.filter(staff_code="DN02").exists()


def test_demo_people_get_no_invitation(
    db, demo_data, django_capture_on_commit_callbacks, mailoutbox
):
    AgencyTree(Counter()).seed()
    demo_data("roster.csv", HEADER + AN + BINH)

    with django_capture_on_commit_callbacks(execute=True):
        demo.seed_people(Counter())

    assert User.objects.filter(staff_code="DN01").exists()
    assert mailoutbox == []
