"""Two people at once on the embedded default: a roster imported through the web upload while
a learner signs in and opens My learning again and again, with the real web server and the real
`manage.py worker` on one SQLite file (one writer at a time). Nobody gets an error while the
worker writes the import and the enrolments that follow it, batch after batch; two imports
started at once both finish, in turn. And a worker killed while it checks a roster: the check
is run again when a worker starts, and the import says so.

Sign-in times are printed, never asserted (bench/ measures them).
"""

import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
import requests

from tests.processes import ROOT, Database, kill, manage, start_worker, wait_for, worker_environment
from tests.workforce.roster_seed import PASSWORD

LEASE = 3
# Rows of the large import: eight of the worker's write batches (workforce.imports writes 200
# people per transaction, and enrols joiners 200 at a time), so that sign-ins keep coming while
# it commits batch after batch; and of each of the two imports started at once (three each).
LARGE = 1_600
EACH = 600
# Rows of the file whose check is killed: reading them takes seconds, so that the kill after
# the first thousand lands while the check runs.
ROWS_KILLED = 20_000
pytestmark = pytest.mark.long


def roster_csv(count: int, prefix: str) -> bytes:
    lines = ["Mã cán bộ;Họ;Tên đệm;Tên;Ngày sinh;Giới tính;Email;Mã cơ quan;Chức vụ;Đối tượng"]
    for n in range(count):
        lines.append(
            f"{prefix}{n:05d};Nguyễn;Văn;An;01/02/1990;Nam;{prefix.lower()}{n}@example.vn;"
            "SNV;Chuyên viên;Công chức"
        )
    return ("\ufeff" + "\n".join(lines) + "\n").encode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def site(tmp_path, migrated_database):
    """A fresh SQLite database with the seed, the web server and the worker running."""
    if migrated_database.postgres:
        pytest.skip("The embedded default is SQLite; PostgreSQL has no single-writer lock.")
    environment = worker_environment(tmp_path, JOB_LEASE_SECONDS=str(LEASE))
    database = Database(tmp_path, "load", migrated_database)
    environment["DATABASE_URL"] = database.url
    manage(environment, "shell", "-c", "from tests.workforce.roster_seed import seed; seed()")
    port = free_port()
    log = tmp_path / "processes.log"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=environment,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    worker = start_worker(environment, log)
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: _answers(base), "the web server", log, timeout=60)
    yield base, database, log, environment
    kill(worker)
    kill(server)


def _answers(base) -> bool:
    try:
        return requests.get(base + "/accounts/login/", timeout=5).status_code == 200
    except requests.ConnectionError:
        return False


def sign_in(base: str, staff_code: str) -> tuple[requests.Session, float, list[int]]:
    """A new session signed in through allauth's form: (session, seconds, statuses)."""
    session = requests.Session()
    started = time.monotonic()
    form = session.get(base + "/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
    answer = session.post(
        base + "/accounts/login/",
        data={"csrfmiddlewaretoken": token, "login": staff_code, "password": PASSWORD},
        headers={"Referer": base + "/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )
    return session, time.monotonic() - started, [form.status_code, answer.status_code]


class Learner(threading.Thread):
    """Signs in and opens My learning again and again until stopped, keeping what it saw."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base = base
        self.stopped = threading.Event()
        self.sign_ins: list[float] = []
        self.statuses: list[int] = []
        self.failures: list[str] = []
        self.finished: list[float] = []  # when each sign-in and visit of My learning ended
        self.marks: dict[str, float] = {}

    def mark(self, what: str) -> None:
        self.marks[what] = time.monotonic()

    def between(self, first: str, last: str) -> int:
        """Sign-ins (with My learning) done from one of the test's steps to another."""
        return sum(self.marks[first] <= at <= self.marks[last] for at in self.finished)

    def report(self) -> str:
        start = min(self.marks.values(), default=0)
        steps = ", ".join(f"{what} {at - start:.1f} s" for what, at in self.marks.items())
        return f"steps: {steps}; sign-ins ended at: {[round(at - start) for at in self.finished]}"

    def run(self):
        while not self.stopped.is_set():
            try:
                session, seconds, statuses = sign_in(self.base, "HV-01")
                home = session.get(self.base + "/", timeout=30)
                self.sign_ins.append(seconds)
                self.finished.append(time.monotonic())
                self.statuses += [*statuses, home.status_code]
                if statuses[1] != 302 or home.status_code != 200:
                    self.failures.append(f"sign-in answered {statuses}, home {home.status_code}")
            except requests.RequestException as error:
                self.failures.append(repr(error))
            self.stopped.wait(0.2)


def upload(session, base, content: bytes, name: str) -> int:
    index = base + "/admin/roster/"
    form = session.get(index, timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
    answer = session.post(
        index,
        data={"csrfmiddlewaretoken": token, "deactivate_missing": ""},
        files={"file": (name, content, "text/csv")},
        headers={"Referer": index},
        allow_redirects=False,
        timeout=120,
    )
    assert answer.status_code == 302, answer.text[-2000:]
    return int(
        re.search(r"/roster/(\d+)/", urllib.parse.urlparse(answer.headers["Location"]).path)[1]
    )


def confirm(session, base, pk: int) -> None:
    detail = base + f"/admin/roster/{pk}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(detail).text)[1]
    answer = session.post(
        detail + "import/",
        data={"csrfmiddlewaretoken": token},
        headers={"Referer": detail},
        allow_redirects=False,
        timeout=60,
    )
    assert answer.status_code == 302


def test_sign_ins_are_error_free_while_a_large_import_and_two_at_once_are_written(site):
    base, database, log, _environment = site

    def status(pk):
        return database.one("SELECT status, message FROM workforce_rosterimport WHERE id = %s", pk)

    learner = Learner(base)
    learner.start()
    try:
        officer, _seconds, statuses = sign_in(base, "HR-SNV")
        assert statuses == [200, 302]
        learner.mark("upload")
        large = upload(officer, base, roster_csv(LARGE, "LD"), "ds-lon.csv")
        wait_for(lambda: status(large)[0] == "checked", "the check of the large file", log, 300)
        confirm(officer, base, large)
        learner.mark("confirmed")
        wait_for(lambda: status(large)[0] == "applied", "the large import", log, 300)
        learner.mark("applied")

        def enrolled():
            return database.one("SELECT COUNT(*) FROM courses_enrolment")[0] >= LARGE + 2

        wait_for(enrolled, "the enrolments of the large import", log, 300)
        learner.mark("enrolled")

        first = upload(officer, base, roster_csv(EACH, "HAI"), "ds-a.csv")
        second = upload(officer, base, roster_csv(EACH, "BA"), "ds-b.csv")
        for pk in (first, second):
            wait_for(lambda pk=pk: status(pk)[0] == "checked", "both checks", log, 300)
            confirm(officer, base, pk)
            learner.marks.setdefault("two confirmed", time.monotonic())  # from the first
        for pk in (first, second):
            wait_for(lambda pk=pk: status(pk)[0] == "applied", "both imports", log, 300)
        learner.mark("two applied")
        people = database.one("SELECT COUNT(*) FROM workforce_user")[0]
        assert people == 2 + LARGE + 2 * EACH
    finally:
        learner.stopped.set()
        learner.join(timeout=60)

    sign_ins = sorted(learner.sign_ins)
    print(
        f"\n{len(sign_ins)} sign-ins during the imports: median {statistics.median(sign_ins):.2f} s, "
        f"slowest {sign_ins[-1]:.2f} s; {len(learner.statuses)} responses; {learner.report()}"
    )
    assert not learner.failures, learner.failures[:5]
    assert not [code for code in learner.statuses if code >= 500]
    # The learner signed in while the worker wrote each stage, not only before or after.
    for stage in (
        ("confirmed", "applied"),
        ("applied", "enrolled"),
        ("two confirmed", "two applied"),
    ):
        assert learner.between(*stage) >= 1, (stage, learner.report())
    assert "Traceback" not in log.read_text(), log.read_text()[-4000:]


def test_a_worker_killed_while_checking_a_roster_is_replaced_and_the_check_runs_again(
    tmp_path, migrated_database
):
    environment = worker_environment(tmp_path, JOB_LEASE_SECONDS="1")
    database = Database(tmp_path, "roster_kill", migrated_database)
    try:
        environment["DATABASE_URL"] = database.url
        manage(environment, "shell", "-c", "from tests.workforce.roster_seed import seed; seed()")
        roster = tmp_path / "ds.csv"
        roster.write_bytes(roster_csv(ROWS_KILLED, "KL"))
        manage(
            environment,
            "shell",
            "-c",
            "from django.core.files.uploadedfile import SimpleUploadedFile as F;"
            "from workforce import imports; from workforce.models import User;"
            f"imports.start_roster_import(upload=F('ds.csv', open({str(roster)!r}, 'rb').read()),"
            " actor=User.objects.get(staff_code='HR-SNV'))",
        )

        def state():
            return database.one("SELECT status, done, runs, message FROM workforce_rosterimport")

        log = tmp_path / "worker.log"
        worker = start_worker(environment, log)
        try:
            # The check reports its progress every 1,000 rows: killed after the first report.
            wait_for(lambda: state()[0] == "checking" and state()[1] >= 1000, "the check", log)
        finally:
            kill(worker)
        assert state()[0] == "checking"

        worker = start_worker(environment, log)
        try:
            wait_for(lambda: state()[0] not in ("queued", "checking"), "the check again", log)
        finally:
            kill(worker)
        status, done, runs, message = state()
        assert (status, done, runs) == ("checked", ROWS_KILLED, 2), (status, done, runs, message)
        assert "được chạy lại từ đầu (lần 2)" in message
        assert database.one("SELECT COUNT(*) FROM workforce_user")[0] == 2  # checked, not written
    finally:
        database.drop()
