"""The roster promise under hostile files: every bad row reported with the spreadsheet's own row
and column, nothing written on error, nothing changed that the file does not mention, nobody
outside the importer's scope named, and files that would exhaust the server refused unread."""

import datetime
import io
import zipfile

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import HRRoleFactory, PersonFactory
from workforce import imports, services
from workforce.models import HRRole, RosterImport, User
from workforce.roster_files import RosterFileError

pytestmark = pytest.mark.django_db

HEADERS = ["Mã cán bộ", "Họ", "Tên đệm", "Tên", "Ngày sinh", "Mã cơ quan"]


def workbook(*rows, headers=HEADERS, sheets=None) -> bytes:
    """An .xlsx whose first sheet holds `rows` under `headers`; `sheets` adds sheets before
    it as (title, state, rows)."""
    book = openpyxl.Workbook()
    first = book.active
    for title, state, extra in sheets or []:
        sheet = book.create_sheet(title, 0)
        sheet.sheet_state = state
        for row in extra:
            sheet.append(row)
    first.title = "Danh sách"
    first.append(headers)
    for row in rows:
        first.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def run(content, name="ds.xlsx", actor=None, apply=True, **options):
    return imports.import_roster(content=content, name=name, actor=actor, apply=apply, **options)


def messages(check) -> list[str]:
    return [str(error) for error in check.errors]


def snapshot():
    return sorted(User.objects.values_list("staff_code", "family_name", "given_name", "email"))


def test_a_file_with_some_columns_leaves_the_other_fields_as_they_are(department, unit):
    person = services.create_person(
        staff_code="SNV-01",
        family_name="Nguyễn",
        middle_name="Thị",
        given_name="Lan",
        date_of_birth=datetime.date(1990, 4, 2),
        gender="female",
        email="lan@example.vn",
        position="Chuyên viên",
        category="civil_servant",
        agency=department,
    )
    partial = workbook(
        ["SNV-01", "Nguyễn", "Lan", "SNV"], headers=["Mã cán bộ", "Họ", "Tên", "Mã cơ quan"]
    )
    check = run(partial)
    assert check.ok and check.counts["unchanged"] == 1, check.counts
    assert any("Ngày sinh" in warning and "Email" in warning for warning in check.warnings)
    person.refresh_from_db()
    assert (person.middle_name, person.email, person.position, person.category) == (
        "Thị",
        "lan@example.vn",
        "Chuyên viên",
        "civil_servant",
    )
    assert person.date_of_birth == datetime.date(1990, 4, 2) and person.gender == "female"

    # A column that is there with an empty cell still clears its field; a changed name changes.
    run(
        workbook(
            ["SNV-01", "Nguyễn", "Hoa", "SNV", ""],
            headers=[*HEADERS[:2], "Tên", "Mã cơ quan", "Chức vụ"],
        )
    )
    person.refresh_from_db()
    assert (person.given_name, person.position, person.email) == ("Hoa", "", "lan@example.vn")


def test_deactivating_the_missing_spares_whoever_runs_the_site(
    client, django_capture_on_commit_callbacks, province, department, unit, department_officer
):
    province_officer = PersonFactory(staff_code="HR-DN", agency=unit)
    HRRoleFactory(person=province_officer, agency=province, role=HRRole.Role.OFFICER)
    viewer = PersonFactory(staff_code="XEM-VP", agency=unit)
    HRRoleFactory(person=viewer, agency=unit, role=HRRole.Role.VIEWER)
    editor = PersonFactory(staff_code="BT-01", agency=unit)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    admin = PersonFactory(staff_code="QTV-01", agency=unit, is_superuser=True)
    stays = PersonFactory(
        staff_code="SNV-30", agency=unit, family_name="Hồ", middle_name="", given_name="Thu"
    )
    leaves = PersonFactory(
        staff_code="SNV-31", agency=unit, family_name="Lý", middle_name="", given_name="Thơ"
    )

    client.force_login(department_officer)
    upload = SimpleUploadedFile("ds.xlsx", workbook(["SNV-30", "Hồ", "", "Thu", "", "SNV-VP"]))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("roster_import:index"), {"file": upload, "deactivate_missing": department.pk}
        )
    roster_import = RosterImport.objects.get()
    assert roster_import.status == "checked" and roster_import.counts["deactivated"] == 1
    assert roster_import.leaving == ["Lý Thơ (SNV-31)"]
    page = client.get(response.url).content.decode()
    assert "Sẽ ngừng hoạt động" in page and "Lý Thơ (SNV-31)" in page and "Hồ Thu" not in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("roster_import:confirm", args=[roster_import.pk]))
    for person in (department_officer, province_officer, viewer, editor, admin, stays):
        person.refresh_from_db()
        assert person.is_active, person.staff_code
    leaves.refresh_from_db()
    assert not leaves.is_active


def test_row_numbers_are_the_spreadsheets_own_after_empty_rows(department):
    content = workbook(
        ["A-1", "Phạm", "", "An", "", "SNV"],
        [None] * 6,
        ["", "", "", "", "", ""],
        ["A-2", "Phạm", "", "Bình", "", "KHONGCO"],
    )
    assert messages(run(content)) == ["Dòng 5, cột “Mã cơ quan”: không có cơ quan nào mã KHONGCO."]
    csv = "Mã cán bộ,Họ,Tên,Mã cơ quan\nA-1,Phạm,An,SNV\n\n,,,\nA-2,Phạm,Bình,KHONGCO\n"
    assert messages(run(csv.encode(), name="ds.csv"))[0].startswith("Dòng 5, cột “Mã cơ quan”")
    assert not User.objects.filter(staff_code__startswith="A-").exists()


def test_the_first_visible_sheet_is_read_and_the_others_are_named(department):
    content = workbook(
        ["V-1", "Đào", "", "Vy", "", "SNV"],
        sheets=[("Cũ", "hidden", [HEADERS, ["H-1", "Đào", "", "Hà", "", "SNV"]])],
    )
    check = run(content)
    assert check.ok and User.objects.filter(staff_code="V-1").exists()
    assert not User.objects.filter(staff_code="H-1").exists()
    assert check.warnings[0] == (
        "Chỉ đọc trang tính “Danh sách”; các trang tính sau không được đọc: “Cũ”."
    )


def test_codes_typed_as_numbers_find_their_zero_padded_person(department):
    padded = PersonFactory(
        staff_code="00123", agency=department, family_name="Mai", middle_name="", given_name="An"
    )
    check = run(workbook([123, "Mai", "", "An", "", "SNV"]))
    assert check.ok and check.counts["unchanged"] == 1 and check.counts["new"] == 0
    assert User.objects.filter(staff_code__in=["123", "00123"]).count() == 1

    PersonFactory(staff_code="0123", agency=department)
    check = run(workbook([123, "Mai", "", "An", "", "SNV"]))
    assert messages(check) == [
        "Dòng 2, cột “Mã cán bộ”: 123 được gõ như một số và trùng với nhiều mã cán bộ "
        "(00123, 0123). Hãy định dạng cột là Văn bản và gõ mã với đủ các số 0 ở đầu."
    ]
    assert run(workbook([777, "Mai", "", "Bình", "", "SNV"])).counts["new"] == 1  # no match
    padded.refresh_from_db()
    assert padded.given_name == "An"


THREE_YEARS_AGO = datetime.date.today().replace(year=datetime.date.today().year - 3, day=1)


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        ({"Tên": "A" * 300}, "Tên", "dài 300 ký tự; chỉ chứa được tối đa 64."),
        ({"Họ": "Trần\x00"}, "Họ", "có ký tự ẩn hoặc ký tự điều khiển (U+0000)"),
        ({"Tên": "An\x07"}, "Tên", "có ký tự ẩn hoặc ký tự điều khiển (U+0007)"),
        ({"Tên": "A\u200bn"}, "Tên", "(U+200B)"),
        ({"Họ": "\u202eNguyễn"}, "Họ", "(U+202E)"),
        ({"Tên": '=HYPERLINK("http://x.example";"An")'}, "Tên", "không phải là tên"),
        ({"Tên": "+cmd"}, "Tên", "không phải là tên"),
        ({"Họ": "@SUM(A1)"}, "Họ", "không phải là tên"),
        ({"Mã cán bộ": "SNV\u200b-99"}, "Mã cán bộ", "(U+200B)"),
        ({"Mã cán bộ": "SNV 99"}, "Mã cán bộ", "mã cán bộ chỉ gồm chữ, số"),
        ({"Ngày sinh": f"{THREE_YEARS_AGO:%d/%m/%Y}"}, "Ngày sinh", "người học từ 16 đến 80 tuổi"),
        ({"Ngày sinh": "01/01/1930"}, "Ngày sinh", "người học từ 16 đến 80 tuổi"),
        ({"Chức vụ": "=1+1"}, "Chức vụ", "bắt đầu như một công thức"),
    ],
)
def test_implausible_cells_are_refused_with_their_row_and_column(
    department, cells, column, message
):
    headers = [*HEADERS, "Chức vụ"]
    good = dict(zip(headers, ["OK-1", "Lê", "", "Hà", "01/01/1990", "SNV", ""], strict=True))
    row = {**good, "Mã cán bộ": "BAD-1", **cells}
    content = "\n".join("\t".join(line) for line in (headers, good.values(), row.values()))
    before = snapshot()
    check = run(content.encode(), name="ds.csv")
    found = messages(check)
    assert len(found) == 1 and found[0].startswith(f"Dòng 3, cột “{column}”: "), found
    assert message in found[0], found
    assert snapshot() == before  # the good row is not written either


def test_tab_and_semicolon_separated_files_are_read(department):
    for separator in ("\t", ";", ","):
        text = separator.join(["Mã cán bộ", "Họ", "Tên", "Mã cơ quan"]) + "\n"
        text += separator.join([f"T-{ord(separator)}", "Tạ", "Tâm", "SNV"]) + "\n"
        assert run(text.encode(), name="ds.csv").ok, separator
    assert User.objects.filter(staff_code__startswith="T-").count() == 3


def test_an_email_clash_outside_the_scope_does_not_name_the_other_person(
    department, sibling_department, department_officer
):
    PersonFactory(staff_code="STC-77", agency=sibling_department, email="trung@example.vn")
    content = workbook(
        ["E-1", "Lê", "", "Trung", "trung@example.vn", "SNV"],
        headers=[*HEADERS[:4], "Email", "Mã cơ quan"],
    )
    found = messages(run(content, actor=department_officer))
    assert found == [
        "Dòng 2, cột “Email”: email trung@example.vn đã được một người ngoài các cơ quan bạn "
        "quản lý sử dụng."
    ]
    assert "STC-77" not in found[0]


def _zip_bomb() -> bytes:
    """A valid template whose sheet unpacks to 60 MB of one repeated row (a real bomb is far
    bigger; the ratio is what gives it away)."""
    source = zipfile.ZipFile(io.BytesIO(workbook()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for entry in source.infolist():
            if entry.filename.endswith("sheet1.xml"):
                with bomb.open(entry.filename, "w") as sheet:
                    sheet.write(
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                    )
                    chunk = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
                    for _ in range(60):
                        sheet.write(chunk)
                    sheet.write(b"</sheetData></worksheet>")
            else:
                bomb.writestr(entry, source.read(entry))
    return buffer.getvalue()


def _dimension_bomb() -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = "Mã cán bộ"
    book.active["XFD1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (_zip_bomb, "giải nén ra nhiều dữ liệu"),
        (_dimension_bomb, "có ô tới dòng 1.048.576"),
        (lambda: b"PK\x03\x04 not really a zip", "không phải là bảng tính Excel (.xlsx)"),
        (lambda: b"Ma can bo;Ho\nx;y\n", "không phải là bảng tính Excel (.xlsx)"),
    ],
    ids=["zip-bomb", "dimension-bomb", "damaged", "csv-renamed"],
)
def test_files_that_are_not_rosters_are_refused_unread_in_plain_words(
    department, content, expected
):
    before = snapshot()
    with pytest.raises(RosterFileError) as refused:
        run(content())
    assert expected in str(refused.value)
    assert "zip file" not in str(refused.value)  # no raw exception text
    assert snapshot() == before


def test_the_upload_form_says_what_is_wrong_with_the_file(
    client, monkeypatch, django_capture_on_commit_callbacks, department, department_officer
):
    client.force_login(department_officer)
    index = reverse("roster_import:index")
    monkeypatch.setattr(imports, "ROSTER_MAX_BYTES", 1000)
    response = client.post(index, {"file": SimpleUploadedFile("ds.csv", b"x" * 2000)})
    assert response.status_code == 200
    assert "Tệp lớn hơn 20 MB" in response.content.decode()
    monkeypatch.undo()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(index, {"file": SimpleUploadedFile("ds.xlsx", _dimension_bomb())})
    page = client.get(response.url).content.decode()
    assert "có ô tới dòng 1.048.576" in page and RosterImport.objects.get().status == "invalid"


def _stalled(roster_import, **fields):
    """The import as a killed worker leaves it: its stage running, the heartbeat a lease old."""
    from django.utils import timezone

    from lms import jobs

    late = timezone.now() - 2 * jobs.lease()
    RosterImport.objects.filter(pk=roster_import.pk).update(heartbeat_at=late, **fields)


def test_a_check_whose_worker_died_is_run_again_and_says_so(
    client, department, department_officer, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("ds.xlsx", workbook(["K-1", "Khổng", "", "Minh", "", "SNV"]))
    with django_capture_on_commit_callbacks(execute=False):  # the queue is down
        roster_import = imports.start_roster_import(upload=upload, actor=department_officer)
    _stalled(roster_import, status="checking", runs=1)
    imports.watch_roster_import(roster_import=roster_import)
    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.runs) == ("checked", 2)
    assert "Trình xử lý nền đã dừng khi đang kiểm tra tệp này" in roster_import.message
    client.force_login(department_officer)
    page = client.get(reverse("roster_import:detail", args=[roster_import.pk])).content.decode()
    assert "được chạy lại từ đầu (lần 2)" in page and "Nhập danh sách này" in page

    # A file that stopped its worker MAX_RUNS times is not tried again.
    _stalled(roster_import, status="checking", runs=RosterImport.MAX_RUNS)
    imports.watch_roster_import(roster_import=roster_import)
    roster_import.refresh_from_db()
    assert roster_import.status == "failed" and "đã dừng 3 lần" in roster_import.message
    assert not User.objects.filter(staff_code="K-1").exists()


def test_an_import_killed_between_batches_finishes_without_writing_anyone_twice(
    monkeypatch, department, department_officer, django_capture_on_commit_callbacks
):
    rows = [[f"B-{n:02d}", "Bùi", "", f"Anh{chr(97 + n)}", "", "SNV"] for n in range(7)]
    upload = SimpleUploadedFile("ds.xlsx", workbook(*rows))
    with django_capture_on_commit_callbacks(execute=True):
        roster_import = imports.start_roster_import(upload=upload, actor=department_officer)
    roster_import.refresh_from_db()
    assert roster_import.status == "checked"
    monkeypatch.setattr(imports, "ROSTER_BATCH", 3)
    write = imports._write_roster_batch
    batches = []

    def killed_after_the_first(changes, **kwargs):
        if batches:
            raise KeyboardInterrupt  # stands for SIGKILL: no handler runs
        batches.append(len(changes))
        write(changes, **kwargs)

    monkeypatch.setattr(imports, "_write_roster_batch", killed_after_the_first)
    with pytest.raises(KeyboardInterrupt), django_capture_on_commit_callbacks(execute=True):
        imports.confirm_roster_import(roster_import=roster_import, actor=department_officer)
    roster_import.refresh_from_db()
    assert roster_import.status == "applying"
    assert User.objects.filter(staff_code__startswith="B-").count() == 3

    monkeypatch.setattr(imports, "_write_roster_batch", write)
    _stalled(roster_import)
    imports.watch_roster_import(roster_import=roster_import)
    roster_import.refresh_from_db()
    assert roster_import.status == "applied" and roster_import.counts["new"] == 7
    assert "đang nhập tệp này" in roster_import.message
    assert User.objects.filter(staff_code__startswith="B-").count() == 7
