"""Two people at once on the embedded default: a roster of 20,000 people imported through the
web upload while a learner signs in and opens My learning every second, with the real web
server and the real `manage.py worker` on one SQLite file. Nobody gets an error, sign-ins stay
quick, and the worker finishes the import and the enrolments that follow it; two imports
started at once both finish, in turn. And a worker killed while it checks a roster: the check
is run again when a worker starts, and the import says so.

Timings are reported, not asserted, except the promise itself (a sign-in under 2 s).
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
def site(tmp_path):
    """A fresh SQLite database with the seed, the web server and the worker running."""
    environment = worker_environment(tmp_path, JOB_LEASE_SECONDS=str(LEASE))
    database = Database(tmp_path, "load")
    if database.postgres:
        database.drop()
        pytest.skip("The embedded default is SQLite; PostgreSQL has no single-writer lock.")
    environment["DATABASE_URL"] = database.url
    manage(environment, "migrate", "--no-input", "-v0")
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
    """Signs in and opens My learning every second until stopped, keeping what it saw."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base = base
        self.stopped = threading.Event()
        self.sign_ins: list[float] = []
        self.statuses: list[int] = []
        self.failures: list[str] = []
        self.timeline: list[tuple[float, float]] = []
        self.marks: list[tuple[float, str]] = []

    def mark(self, what: str) -> None:
        self.marks.append((time.monotonic(), what))

    def report(self) -> str:
        """When the slow sign-ins happened, against the test's steps (seconds from the start)."""
        start = self.marks[0][0] if self.marks else 0
        steps = ", ".join(f"{what} {at - start:.0f}" for at, what in self.marks)
        slow = ", ".join(f"{at - start:.0f}: {s:.1f} s" for at, s in self.timeline if s >= 2)
        return f"steps: {steps}; slow sign-ins: {slow}"

    def run(self):
        while not self.stopped.is_set():
            began = time.monotonic()
            try:
                session, seconds, statuses = sign_in(self.base, "HV-01")
                home = session.get(self.base + "/", timeout=30)
                self.sign_ins.append(seconds)
                self.timeline.append((time.monotonic(), seconds))
                self.statuses += [*statuses, home.status_code]
                if statuses[1] != 302 or home.status_code != 200:
                    self.failures.append(f"sign-in answered {statuses}, home {home.status_code}")
            except requests.RequestException as error:
                self.failures.append(repr(error))
            self.stopped.wait(max(0.0, 1 - (time.monotonic() - began)))


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


def test_a_large_import_and_two_at_once_leave_sign_ins_quick_and_error_free(site):
    base, database, log, _environment = site

    def status(pk):
        return database.one("SELECT status, message FROM workforce_rosterimport WHERE id = %s", pk)

    learner = Learner(base)
    learner.start()
    try:
        officer, _seconds, statuses = sign_in(base, "HR-SNV")
        assert statuses == [200, 302]
        learner.mark("upload")
        big = upload(officer, base, roster_csv(20_000, "LD"), "ds-20000.csv")
        learner.mark("uploaded")
        wait_for(lambda: status(big)[0] == "checked", "the check of 20,000 rows", log, 300)
        learner.mark("checked")
        confirm(officer, base, big)
        learner.mark("confirmed")
        wait_for(lambda: status(big)[0] == "applied", "the import of 20,000 rows", log, 300)

        def enrolled():
            return database.one("SELECT COUNT(*) FROM courses_enrolment")[0] >= 20_002

        learner.mark("applied")
        wait_for(enrolled, "the enrolments of the 20,000", log, 600)
        learner.mark("enrolled")

        first = upload(officer, base, roster_csv(2_000, "HAI"), "ds-a.csv")
        second = upload(officer, base, roster_csv(2_000, "BA"), "ds-b.csv")
        for pk in (first, second):
            wait_for(lambda pk=pk: status(pk)[0] == "checked", "both checks", log, 300)
            confirm(officer, base, pk)
        for pk in (first, second):
            wait_for(lambda pk=pk: status(pk)[0] == "applied", "both imports", log, 300)
        learner.mark("two applied")
        people = database.one("SELECT COUNT(*) FROM workforce_user")[0]
        assert people == 2 + 20_000 + 2 * 2_000
    finally:
        learner.stopped.set()
        learner.join(timeout=60)

    sign_ins = sorted(learner.sign_ins)
    print(
        f"\n{len(sign_ins)} sign-ins during the imports: median {statistics.median(sign_ins):.2f} s, "
        f"slowest {sign_ins[-1]:.2f} s; {len(learner.statuses)} responses"
    )
    assert not learner.failures, learner.failures[:5]
    assert len(sign_ins) >= 30
    assert not [code for code in learner.statuses if code >= 500]
    assert sign_ins[-1] < 2, learner.report()
    assert "Traceback" not in log.read_text(), log.read_text()[-4000:]


def test_a_worker_killed_while_checking_a_roster_is_replaced_and_the_check_runs_again(tmp_path):
    environment = worker_environment(tmp_path, JOB_LEASE_SECONDS=str(LEASE))
    database = Database(tmp_path, "roster_kill")
    try:
        environment["DATABASE_URL"] = database.url
        manage(environment, "migrate", "--no-input", "-v0")
        manage(environment, "shell", "-c", "from tests.workforce.roster_seed import seed; seed()")
        roster = tmp_path / "ds.csv"
        roster.write_bytes(roster_csv(20_000, "KL"))
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
            wait_for(lambda: state()[0] == "checking" and state()[1] >= 2000, "the check", log)
        finally:
            kill(worker)
        assert state()[0] == "checking"

        worker = start_worker(environment, log)
        try:
            wait_for(lambda: state()[0] not in ("queued", "checking"), "the check again", log)
        finally:
            kill(worker)
        status, done, runs, message = state()
        assert (status, done, runs) == ("checked", 20_000, 2), (status, done, runs, message)
        assert "được chạy lại từ đầu (lần 2)" in message
        assert database.one("SELECT COUNT(*) FROM workforce_user")[0] == 2  # checked, not written
    finally:
        database.drop()
