"""The HR dashboard against a naive GROUP BY, on a province-sized database, and a 50,000-row
roster import.

Prints figures and ratios and asserts nothing: `make bench-reports`, see bench/README.md.
Exits 0 whatever the ratios are; non-zero only when the set-up fails or the figures disagree.

For each database (a SQLite file always; PostgreSQL too when DATABASE_URL points to a server,
in a database of its own that is dropped afterwards) a child process:

1. migrates a new database and builds a province: 1 province, 40 departments with 24 units
   each (1,001 agencies, 3 levels), 100,000 people, 15 courses and ~1.5 million enrolments
   (45% completed between July 2025 and now, 20% in progress, 35% not started; due dates from
   four assignment rounds), then rebuilds the counters;
2. times, over alternating rounds,
   - the province dashboard (every department, all courses, this year) and one department's
     (its 24 units): `reports.dashboard.build`, what the page computes;
   - the same pages rendered through the admin view (HTML, as the officer gets it);
   - the naive way: one GROUP BY over the enrolment table joined to people and agencies, by
     child agency and status (with overdue and this year's completions), plus head counts;
   and checks that the naive figures equal the dashboard's;
3. imports a 50,000-row roster (new people into the units) through `workforce.services`.
"""

import argparse
import datetime
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPARTMENTS = 40
UNITS_PER_DEPARTMENT = 24
COURSES = 15
ROUNDS = 30
IMPORT_ROWS = 50_000
TARGET_MS = 50.0
TARGET_RATIO = 10.0
TARGET_IMPORT_S = 60.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Đức", "Hồng"]
GIVEN = [
    "An",
    "Ánh",
    "Bình",
    "Chi",
    "Cường",
    "Dũng",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hòa",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Nhung",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vinh",
    "Yến",
]


# The parent: choose the databases, run one child per database, print the summary. ---------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--per-person", type=int, default=15, help="enrolments per person")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--no-import", action="store_true", help="skip the roster import")
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.people, args.per_person, not args.no_import)

    targets = []
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as folder:
        targets.append(("SQLite", f"sqlite:///{folder}/bench.sqlite3", None))
        server = os.environ.get("DATABASE_URL", "")
        if server.startswith(("postgres://", "postgresql://")):
            name = f"lms_bench_reports_{os.getpid()}"
            targets.append(("PostgreSQL", server.rsplit("/", 1)[0] + "/" + name, (server, name)))
        else:
            print("PostgreSQL: skipped (set DATABASE_URL=postgres://… to run it too)\n")
        failed = False
        for label, url, pg in targets:
            if pg:
                _pg(pg[0], f'CREATE DATABASE "{pg[1]}"')
            try:
                print(f"=== {label} ===", flush=True)
                env = {
                    **os.environ,
                    "DATABASE_URL": url,
                    "DEBUG": "false",
                    "ALLOWED_HOSTS": "testserver",
                    "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
                    "MEDIA_ROOT": folder + "/media",
                }
                command = [
                    sys.executable,
                    "-m",
                    "bench.reports",
                    "--child",
                    label,
                    "--people",
                    str(args.people),
                    "--per-person",
                    str(args.per_person),
                    *(["--no-import"] if args.no_import else []),
                ]
                failed |= subprocess.run(command, cwd=ROOT, env=env).returncode != 0
            finally:
                if pg:
                    _pg(pg[0], f'DROP DATABASE IF EXISTS "{pg[1]}" WITH (FORCE)')
    return 1 if failed else 0


def _pg(server_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(server_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(sql)


# The child: one database. ------------------------------------------------------------------------


def child(label: str, people: int, per_person: int, roster: bool = True) -> int:
    import django

    django.setup()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.perf_counter() - started:.1f} s", flush=True)
    world = build_province(people, per_person)
    figures = time_dashboards(world)
    figures["import_s"] = time_import(world) if roster else float("nan")
    report(label, world, figures)
    return 0


def build_province(people: int, per_person: int) -> dict:
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import CatalogPage, CoursePage, Enrolment
    from lms.text import collation_key, fold
    from reports.services import rebuild_counters
    from workforce.models import Agency, AgencyKind, Category, User

    rng = random.Random(2025)
    started = time.perf_counter()
    with transaction.atomic():
        province = Agency.add_root(
            code="DN", name="Ủy ban nhân dân tỉnh Đồng Nai", kind=AgencyKind.PROVINCE
        )
        departments, units = [], []
        for d in range(DEPARTMENTS):
            department = province.add_child(
                code=f"S{d:02d}", name=f"Sở số {d + 1:02d}", kind=AgencyKind.DEPARTMENT
            )
            departments.append(department)
            for u in range(UNITS_PER_DEPARTMENT):
                units.append(
                    department.add_child(
                        code=f"S{d:02d}-U{u:02d}",
                        name=f"Đơn vị {u + 1:02d} của Sở {d + 1:02d}",
                        kind=AgencyKind.UNIT,
                    )
                )
    agencies = [province, *departments, *units]
    print(f"{len(agencies):,} agencies in {time.perf_counter() - started:.1f} s", flush=True)

    started = time.perf_counter()
    from courses.models import HomePage

    home = HomePage.objects.first()
    catalog = home.add_child(instance=CatalogPage(title="Khóa học", slug="khoa-hoc-bench"))
    courses = [
        catalog.add_child(
            instance=CoursePage(
                title=f"Mô đun IU{n + 1:02d}",
                slug=f"iu{n + 1:02d}",
                code=f"IU{n + 1:02d}",
                summary="Bench.",
                learning_outcomes="<p>Bench.</p>",
            )
        )
        for n in range(COURSES)
    ]
    print(f"{len(courses)} courses in {time.perf_counter() - started:.1f} s", flush=True)

    started = time.perf_counter()
    batch = []
    homes = departments + units * 4  # most people work in units
    for n in range(people):
        family, middle, given = rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)
        batch.append(
            User(
                staff_code=f"CB{n:07d}",
                email=None,
                family_name=family,
                middle_name=middle,
                given_name=given,
                name_sort_key=collation_key(given, middle, family, width=14),
                name_folded=fold(f"{family} {middle} {given}"),
                agency=rng.choice(homes),
                category=Category.CIVIL_SERVANT,
                password="!",  # noqa: S106 (an unusable password, as Django writes it)
                is_active=rng.random() > 0.02,
            )
        )
        if len(batch) == 10_000:
            User.objects.bulk_create(batch)
            batch = []
    User.objects.bulk_create(batch)
    person_ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    print(f"{people:,} people in {time.perf_counter() - started:.1f} s", flush=True)

    started = time.perf_counter()
    today = timezone.localdate()
    plan_start = datetime.date(2025, 7, 1)
    span = (today - plan_start).days
    dues = [
        datetime.date(2025, 12, 31),
        datetime.date(2026, 6, 30),
        datetime.date(2026, 12, 31),
        None,
    ]
    tz = timezone.get_current_timezone()
    columns = [
        "user_id",
        "course_id",
        "status",
        "source",
        "due_on",
        "progress",
        "done_steps",
        "enrolled_at",
        "started_at",
        "completed_at",
    ]
    enrolled_at = datetime.datetime(2025, 6, 1, 8, tzinfo=tz)
    count = 0

    def rows():
        nonlocal count
        for person in person_ids:
            for course in rng.sample(courses, min(per_person, len(courses))):
                roll = rng.random()
                due = rng.choice(dues)
                if roll < 0.45:
                    done = datetime.datetime.combine(
                        plan_start + datetime.timedelta(days=rng.randrange(span)),
                        datetime.time(9),
                        tzinfo=tz,
                    )
                    row = (
                        person,
                        course.pk,
                        Enrolment.Status.COMPLETED,
                        "assignment",
                        due,
                        100,
                        "[]",
                        enrolled_at,
                        done,
                        done,
                    )
                elif roll < 0.65:
                    row = (
                        person,
                        course.pk,
                        Enrolment.Status.IN_PROGRESS,
                        "assignment",
                        due,
                        40,
                        "[]",
                        enrolled_at,
                        enrolled_at,
                        None,
                    )
                else:
                    row = (
                        person,
                        course.pk,
                        Enrolment.Status.NOT_STARTED,
                        "assignment",
                        due,
                        0,
                        "[]",
                        enrolled_at,
                        None,
                        None,
                    )
                count += 1
                yield row

    insert_rows(connection, Enrolment._meta.db_table, columns, rows())
    print(f"{count:,} enrolments in {time.perf_counter() - started:.1f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    started = time.perf_counter()
    rows_built = rebuild_counters()
    print(
        f"{rows_built:,} counter rows rebuilt in {time.perf_counter() - started:.1f} s", flush=True
    )
    return {
        "province": province,
        "department": departments[0],
        "units": units,
        "people": people,
        "enrolments": count,
    }


def insert_rows(connection, table: str, columns: list[str], rows) -> None:
    """Fast bulk insert: COPY on PostgreSQL, executemany in one transaction on SQLite."""
    import itertools

    from django.db import transaction

    names = ", ".join(columns)
    if connection.vendor == "postgresql":
        with (
            transaction.atomic(),
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(["%s"] * len(columns))
    with transaction.atomic(), connection.cursor() as cursor:
        while chunk := list(itertools.islice(rows, 20_000)):
            cursor.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608 (our own names)
                [tuple(_sqlite(value) for value in row) for row in chunk],
            )


def _sqlite(value):
    """A value as Django itself stores it in SQLite: datetimes in UTC without offset."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def naive(agency, period, today) -> dict:
    """The figures the dashboard shows (enrolments of active people), the way a first version
    would count them: straight from the enrolments, grouped by the child agency's path prefix."""

    from django.db.models import Count, Q
    from django.db.models.functions import Substr

    from courses.models import Enrolment
    from workforce.models import Agency, User

    width = len(agency.path) + Agency.steplen
    completed = Q(status=Enrolment.Status.COMPLETED)
    rows = (
        Enrolment.objects.filter(user__is_active=True, user__agency__path__startswith=agency.path)
        .annotate(child=Substr("user__agency__path", 1, width))
        .values_list("child", "status")
        .annotate(
            n=Count("pk"),
            overdue=Count("pk", filter=~completed & Q(due_on__lt=today)),
            in_period=Count(
                "pk",
                filter=completed
                & Q(completed_at__date__gte=period.start, completed_at__date__lte=period.end),
            ),
        )
        .order_by()
    )
    heads = (
        User.objects.filter(is_active=True, agency__path__startswith=agency.path)
        .annotate(child=Substr("agency__path", 1, width))
        .values_list("child")
        .annotate(n=Count("pk"))
        .order_by()
    )
    figures = {}
    for child, status, n, overdue, in_period in rows:
        item = figures.setdefault(child, {"head_count": 0, "overdue": 0, "completed_in_period": 0})
        item[status] = item.get(status, 0) + n
        item["overdue"] += overdue
        item["completed_in_period"] += in_period
    for child, n in heads:
        figures.setdefault(child, {"head_count": 0, "overdue": 0, "completed_in_period": 0})[
            "head_count"
        ] = n
    return figures


def agree(board, figures) -> bool:
    for row in board.rows:
        if not row.agency:
            continue
        expected = figures.get(row.agency.path, {})
        f = row.figures
        got = (
            f.head_count,
            f.completed,
            f.in_progress,
            f.not_started,
            f.overdue,
            f.completed_in_period,
        )
        want = (
            expected.get("head_count", 0),
            expected.get("completed", 0),
            expected.get("in_progress", 0),
            expected.get("not_started", 0),
            expected.get("overdue", 0),
            expected.get("completed_in_period", 0),
        )
        if got != want:
            print(f"MISMATCH {row.name}: dashboard {got} naive {want}")
            return False
    return True


def time_dashboards(world) -> dict:
    from django.test import Client
    from django.utils import timezone

    from reports import dashboard
    from workforce.models import User

    today = timezone.localdate()
    period = dashboard.Period.this_year(today)
    everything = dashboard.Selection()
    officer = User.objects.create_superuser(
        staff_code="BENCH-ADMIN",
        email="bench@example.vn",
        password=None,
        family_name="Quản",
        given_name="Trị",
        agency=world["province"],
    )
    client = Client()
    client.force_login(officer)

    cases = {
        "province": world["province"],
        "department": world["department"],
    }
    for name, agency in cases.items():
        if not agree(
            dashboard.build(agency, everything, period, today), naive(agency, period, today)
        ):
            raise SystemExit(f"The dashboard and the naive count disagree for the {name}.")
        assert client.get(f"/admin/reports/?agency={agency.pk}").status_code == 200

    samples = {
        key: []
        for key in (
            "province",
            "department",
            "province_view",
            "department_view",
            "province_naive",
            "department_naive",
        )
    }
    for _ in range(ROUNDS):
        for name, agency in cases.items():
            started = time.perf_counter()
            dashboard.build(agency, everything, period, today)
            samples[name].append(time.perf_counter() - started)
            started = time.perf_counter()
            response = client.get(f"/admin/reports/?agency={agency.pk}")
            samples[f"{name}_view"].append(time.perf_counter() - started)
            assert response.status_code == 200
            if len(samples[f"{name}_naive"]) < 5:  # seconds each: five are enough for a median
                started = time.perf_counter()
                naive(agency, period, today)
                samples[f"{name}_naive"].append(time.perf_counter() - started)
    return {key: statistics.median(values) * 1000 for key, values in samples.items()}


def time_import(world) -> float:
    from workforce import imports
    from workforce.models import User

    rng = random.Random(50_000)
    header = "Mã cán bộ;Họ;Tên đệm;Tên;Ngày sinh;Giới tính;Email;Mã cơ quan;Chức vụ;Đối tượng"
    lines = [header]
    for n in range(IMPORT_ROWS):
        unit = rng.choice(world["units"])
        day = datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randrange(12_000))
        lines.append(
            f"NV{n:06d};{rng.choice(FAMILY)};{rng.choice(MIDDLE)};{rng.choice(GIVEN)};{day:%d/%m/%Y};"
            f"{rng.choice(['Nam', 'Nữ'])};nv{n:06d}@example.vn;{unit.code};Chuyên viên;Công chức"
        )
    content = ("\n".join(lines) + "\n").encode("utf-8-sig")
    actor = User.objects.get(staff_code="BENCH-ADMIN")
    started = time.perf_counter()
    check = imports.import_roster(content=content, name="ds.csv", actor=actor, apply=True)
    elapsed = time.perf_counter() - started
    if check.errors or User.objects.filter(staff_code__startswith="NV").count() != IMPORT_ROWS:
        raise SystemExit(f"The roster import went wrong: {check.errors[:3]}")
    return elapsed


def report(label, world, f) -> None:
    def verdict(ok):
        return "PASS" if ok else "FAIL"

    print()
    print(
        f"{label}: {world['people']:,} people, {world['enrolments']:,} enrolments, "
        f"1 province, {DEPARTMENTS} departments, {DEPARTMENTS * UNITS_PER_DEPARTMENT} units"
    )
    print(
        f"{'median of ' + str(ROUNDS) + ' rounds (naive: 5)':<40}{'province':>12}{'department':>12}"
    )
    print(
        f"{'dashboard figures (reports.dashboard)':<40}{f['province']:>10.1f}ms{f['department']:>10.1f}ms"
    )
    print(
        f"{'dashboard page (admin view, HTML)':<40}{f['province_view']:>10.1f}ms{f['department_view']:>10.1f}ms"
    )
    print(
        f"{'naive GROUP BY over the enrolments':<40}{f['province_naive']:>10.1f}ms{f['department_naive']:>10.1f}ms"
    )
    print()
    for scope in ("province", "department"):
        ratio = f[f"{scope}_naive"] / f[scope]
        print(
            f"{scope:<11} figures {f[scope]:6.1f} ms   target ≤ {TARGET_MS:.0f} ms   {verdict(f[scope] <= TARGET_MS)}"
        )
        print(
            f"{scope:<11} naive/dashboard {ratio:7.1f}×   target ≥ {TARGET_RATIO:.0f}×     {verdict(ratio >= TARGET_RATIO)}"
        )
    print(
        f"roster import, {IMPORT_ROWS:,} new people: {f['import_s']:.1f} s   target ≤ {TARGET_IMPORT_S:.0f} s   "
        f"{verdict(f['import_s'] <= TARGET_IMPORT_S)}"
    )
    print(flush=True)


if __name__ == "__main__":
    sys.exit(main())
