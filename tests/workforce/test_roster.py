"""Roster import: every row checked first, all written or nothing, the same file twice changes
nothing, and an HR officer imports only into their own subtree."""

import io
import unicodedata

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from workforce import imports, services
from workforce.models import User
from workforce.roster import split_full_name
from workforce.roster_files import RosterFileError, template_workbook

pytestmark = pytest.mark.django_db

HEADER = "Mã cán bộ;Họ;Tên đệm;Tên;Ngày sinh;Giới tính;Email;Mã cơ quan;Chức vụ;Đối tượng"


def csv_file(*rows: str, header: str = HEADER) -> bytes:
    return ("\ufeff" + "\n".join([header, *rows]) + "\n").encode()


def run(content: bytes, actor=None, apply=True, name="ds.csv", **options):
    return imports.import_roster(content=content, name=name, actor=actor, apply=apply, **options)


def messages(check) -> list[str]:
    return [str(error) for error in check.errors]


def test_a_roster_is_imported_with_nfc_names_and_importing_it_again_changes_nothing(
    department, unit
):
    nfd = unicodedata.normalize("NFD", "Nguyễn;Thị Hồng;Nhung")
    content = csv_file(
        f"SNV-01;{nfd};28/07/1991;Nữ;Nhung@Example.vn;SNV-VP;Chuyên viên;Công chức",
        "snv-02;TRẦN;VĂN;ĐỨC;05/01/1980;Nam;;SNV;Phó Giám đốc;cán bộ",
    )
    check = run(content)
    assert check.ok and check.counts["new"] == 2
    nhung = User.objects.get(staff_code="SNV-01")
    assert nhung.full_name == "Nguyễn Thị Hồng Nhung"
    assert unicodedata.is_normalized("NFC", nhung.full_name)
    assert (nhung.email, nhung.agency, nhung.category) == (
        "nhung@example.vn",
        unit,
        "civil_servant",
    )
    duc = User.objects.get(staff_code="SNV-02")
    assert (duc.full_name, duc.gender, duc.date_of_birth.isoformat()) == (
        "Trần Văn Đức",
        "male",
        "1980-01-05",
    )
    assert not duc.has_usable_password()

    logged = ModelLogEntry.objects.count()
    again = run(content)
    assert again.counts["unchanged"] == 2 and again.counts["new"] == again.counts["updated"] == 0
    assert ModelLogEntry.objects.count() == logged


def test_one_bad_row_writes_nothing_and_every_error_names_its_row_and_column(
    department, sibling_department, province
):
    existing = services.create_person(
        staff_code="CU-01", family_name="Lê", given_name="Hoa", email="hoa@example.vn"
    )
    content = csv_file(
        "A-01;Phạm;;An;01/02/1990;;;SNV;;",
        "A-02;Phạm;;Bình;31/02/1990;;;SNV;;",  # no 31 February
        "A-03;Phạm;;Chi;;;chi@;SNV;;",  # not an e-mail
        "A-04;Phạm;;Dũng;;;;KHONGCO;;",  # no such agency
        "A-01;Phạm;;Em;;;;SNV;;",  # staff code again
        "A-06;Phạm;;Giang;;;hoa@example.vn;SNV;;",  # someone else's e-mail
        "A-07;Phạm;;Hà;;Không rõ;;SNV;;Hợp đồng",  # gender, category
        "A-08;;;;;;;SNV;;",  # names missing
    )
    check = run(content)
    assert not check.ok and not User.objects.filter(staff_code__startswith="A-").exists()
    found = messages(check)
    expected = [
        "Dòng 3, cột “Ngày sinh”",
        "Dòng 4, cột “Email”",
        "Dòng 5, cột “Mã cơ quan”",
        "Dòng 6, cột “Mã cán bộ”: mã cán bộ A-01 đã có ở dòng 2",
        "Dòng 7, cột “Email”: email hoa@example.vn là của người khác (mã CU-01)",
        "Dòng 8, cột “Giới tính”",
        "Dòng 8, cột “Đối tượng”",
        "Dòng 9, cột “Tên”",
        "Dòng 9, cột “Họ”",
    ]
    for start in expected:
        assert any(message.startswith(start) for message in found), (start, found)
    assert check.counts["errors"] == len(found) == 9
    existing.refresh_from_db()
    assert existing.email == "hoa@example.vn"


def test_headers_are_checked_and_a_full_name_column_is_split(department):
    check = run(
        csv_file("X-1;Nguyễn Văn An;SNV;Kế toán", header="Mã cán bộ;Họ tên;Mã cơ quan;Chức vụ x")
    )
    assert messages(check) == [
        "Dòng 1, cột “Chức vụ x”: cột không có trong mẫu; xem tệp mẫu để biết tên các cột."
    ]
    check = run(csv_file("X-1,Nguyễn Văn An,SNV", header="Mã cán bộ,Họ và tên,Mã cơ quan"))
    assert check.ok
    assert User.objects.get(staff_code="X-1").full_name == "Nguyễn Văn An"
    assert split_full_name("tôn nữ minh châu") == ("Tôn", "Nữ Minh", "Châu")
    check = run(csv_file("X-2;An", header="Mã cán bộ;Tên"))
    assert "Mã cơ quan" in messages(check)[0]
    with pytest.raises(RosterFileError):
        run(b"\xff\xfe not utf-8", name="ds.csv")
    with pytest.raises(RosterFileError):
        run(b"anything", name="ds.pdf")


def test_an_officer_imports_only_into_their_own_subtree(
    department, sibling_department, department_officer, superuser
):
    outsider = services.create_person(
        staff_code="STC-01", family_name="Võ", given_name="Lan", agency=sibling_department
    )
    content = csv_file(
        "SNV-10;Đỗ;;Minh;;;;SNV;;",
        "STC-09;Đỗ;;Nam;;;;STC;;",  # agency outside the officer's scope
        "STC-01;Võ;;Lan;;;;SNV;;",  # taking a person from another agency
        "ADMIN;Quản;;Trị;;;;SNV;;",  # an administrator
    )
    check = run(content, actor=department_officer)
    found = messages(check)
    assert found[0].startswith("Dòng 3, cột “Mã cơ quan”: cơ quan STC nằm ngoài")
    assert found[1].startswith("Dòng 4, cột “Mã cán bộ”: STC-01")
    assert found[2].startswith("Dòng 5, cột “Mã cán bộ”: ADMIN")
    outsider.refresh_from_db()
    assert outsider.agency == sibling_department and not User.objects.filter(staff_code="SNV-10")


def test_moves_are_counted_and_people_missing_from_the_file_can_be_deactivated(
    department, unit, department_officer
):
    stays = services.create_person(
        staff_code="SNV-20", family_name="Hồ", given_name="Thu", agency=department
    )
    leaves = services.create_person(
        staff_code="SNV-21", family_name="Hồ", given_name="Thơ", agency=unit
    )
    content = csv_file("SNV-20;Hồ;;Thu;;;;SNV-VP;;")
    dry = run(content, actor=department_officer, apply=False, deactivate_missing=department)
    assert dry.counts["moved"] == 1 and dry.counts["deactivated"] == 1
    stays.refresh_from_db()
    assert stays.agency == department  # a dry run writes nothing

    run(content, actor=department_officer, deactivate_missing=department)
    stays.refresh_from_db()
    leaves.refresh_from_db()
    assert stays.agency == unit and not leaves.is_active
    # The officer themself is in the subtree and missing from the file, but is not theirs to change.
    department_officer.refresh_from_db()
    assert department_officer.is_active


def test_the_template_imports_as_it_is(department):
    check = run(template_workbook(), name="mau.xlsx")
    assert check.ok and check.counts["new"] == 1
    person = User.objects.get(staff_code="SNV0001")
    assert person.full_name == "Nguyễn Thị Hồng Nhung" and person.date_of_birth.day == 28
    workbook = openpyxl.load_workbook(io.BytesIO(template_workbook()))
    assert [cell.value for cell in workbook.active[1]][:4] == ["Mã cán bộ", "Họ", "Tên đệm", "Tên"]


def test_excel_dates_and_numeric_codes_are_read(department):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã cán bộ", "Họ", "Tên", "Ngày sinh", "Mã cơ quan"])
    import datetime

    sheet.append([12345, "Lý", "Hạnh", datetime.datetime(1988, 3, 9), "SNV"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert run(buffer.getvalue(), name="ds.xlsx").ok
    assert User.objects.get(staff_code="12345").date_of_birth == datetime.date(1988, 3, 9)


def test_the_command_reports_rows_and_exits_non_zero(tmp_path, department, capsys):
    bad = tmp_path / "sai.csv"
    bad.write_bytes(csv_file("B-1;Vũ;;Hải;;;;KHONGCO;;"))
    with pytest.raises(CommandError, match="Chưa ghi gì"):
        call_command("import_roster", str(bad))
    assert "Dòng 2, cột “Mã cơ quan”" in capsys.readouterr().err

    good = tmp_path / "dung.csv"
    good.write_bytes(csv_file("B-1;Vũ;;Hải;;;;SNV;;"))
    call_command("import_roster", str(good), "--dry-run")
    assert not User.objects.filter(staff_code="B-1").exists()
    call_command("import_roster", str(good))
    assert User.objects.filter(staff_code="B-1").exists()


def test_officers_upload_see_the_check_and_then_import_in_the_admin(
    client, django_capture_on_commit_callbacks, department, department_officer, department_viewer
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from tests.conftest import with_totp
    from tests.factories import PersonFactory
    from workforce.models import RosterImport

    client.force_login(department_officer)
    index = reverse("roster_import:index")
    assert client.get(reverse("roster_import:template"))["Content-Type"].startswith(
        "application/vnd.openxmlformats"
    )
    bad = SimpleUploadedFile("ds.csv", csv_file("C-1;Mai;;Lan;;;;KHONGCO;;"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(index, {"file": bad})
    first = RosterImport.objects.get()
    page = client.get(response.url).content.decode()
    assert "Dòng 2, cột “Mã cơ quan”" in page and first.status == "invalid"
    assert client.post(reverse("roster_import:confirm", args=[first.pk])).status_code == 302
    assert not User.objects.filter(staff_code="C-1").exists()

    good = SimpleUploadedFile("ds.csv", csv_file("C-1;Mai;;Lan;;;;SNV;;"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(index, {"file": good})
    second = RosterImport.objects.latest("pk")
    assert second.status == "checked" and second.counts["new"] == 1
    assert not User.objects.filter(staff_code="C-1").exists()  # checked, not written
    confirm = reverse("roster_import:confirm", args=[second.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm)
        client.post(confirm)  # a double click imports once
    second.refresh_from_db()
    assert second.status == "applied" and User.objects.filter(staff_code="C-1").count() == 1
    status = client.get(reverse("roster_import:status", args=[second.pk])).json()
    assert status["finished"] and status["percent"] == 100

    # Someone else's import is not found; a viewer and a learner cannot import at all.
    colleague = with_totp(PersonFactory(staff_code="HR-SNV3", agency=department))
    from tests.factories import HRRoleFactory

    HRRoleFactory(person=colleague, agency=department)
    client.force_login(colleague)
    for name in ("detail", "status", "confirm"):
        assert client.get(reverse(f"roster_import:{name}", args=[second.pk])).status_code in (
            404,
            405,
        )
    for person in (department_viewer, PersonFactory(agency=department)):
        client.force_login(person)
        assert client.get(index).status_code in (302, 403)
        assert client.post(index, {"file": SimpleUploadedFile("x.csv", b"a")}).status_code in (
            302,
            403,
        )
    assert RosterImport.objects.count() == 2
