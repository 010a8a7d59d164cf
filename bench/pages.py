"""Requests per second of the learner's pages, each as a ratio of a trivial view (/healthz/)
served by the same production-like deployment (gunicorn, 2 workers, SQLite, Debian's wrk).

Prints figures and ratios and asserts nothing: `make bench-pages`, see bench/README.md.
Exits 0 whatever the ratios are; non-zero only when the set-up or a target page fails.
"""

import html
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 16
WARM_UP_SECONDS = 2
MEASURE_SECONDS = 8
START_TIMEOUT_SECONDS = 30
LEARNER_STAFF_CODE = "HV0001"
COURSE_CODE = "IU01"
LEARNER_MARKER = "[learner]"


class BenchError(Exception):
    """The set-up failed or a page did not answer as expected: no figure would mean anything."""


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    signed_in: bool
    markers: tuple[str, ...]  # text the page must contain: proof it is the page, not a stand-in
    target_ratio: float | None = None  # None for the baseline


@dataclass(frozen=True)
class Measurement:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    failed_responses: int  # non-2xx/3xx answers
    socket_errors: int


def bench_environment(workdir: Path) -> dict[str, str]:
    """Production settings over plain HTTP on localhost, with a fresh database and media."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "BASE_URL": "https://lms.example.vn",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        # The embedded default cache (files shared by the workers), in a fresh directory.
        # With REDIS_URL set in the environment, Redis is used instead.
        "CACHE_DIR": str(workdir / "cache"),
    }


def manage(env: dict[str, str], *arguments: str) -> str:
    completed = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchError(f"manage.py {' '.join(arguments)} failed:\n{completed.stderr[-3000:]}")
    return completed.stdout


def prepare_database(env: dict[str, str]) -> None:
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    # Whitenoise's manifest storage needs the collected files (in the git-ignored
    # static_collected/ that base.py fixes); collecting again only touches what changed.
    manage(env, "collectstatic", "--no-input")


def prepare_learner() -> None:
    """Run inside `manage.py shell`: enrol the demo learner in IU01 with one lesson done, sign
    them in server-side, and print what the benchmark needs as one line of JSON."""
    # Imported here: this module's other functions run outside Django.
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore

    from courses import services
    from courses.models import CoursePage, LessonPage

    user = get_user_model().objects.get(staff_code=LEARNER_STAFF_CODE)
    course = CoursePage.objects.get(code=COURSE_CODE)
    lessons = list(course.get_children().live().type(LessonPage).specific())
    measured_lesson, done_lesson = lessons[0], lessons[1]
    enrolment = services.enrol(user=user, course=course)
    # Another lesson is done, so the measured one shows progress and the "Mark as done" form:
    # the page as a learner reads it before finishing it.
    services.complete_lesson(enrolment=enrolment, lesson=done_lesson)

    session = SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()

    fixture = {
        "session_key": session.session_key,
        "lesson_url": measured_lesson.url,
        "lesson_title": measured_lesson.title,
        "course_url": course.url,
        "course_title": course.title,
    }
    print(LEARNER_MARKER, json.dumps(fixture))


def learner_fixture(env: dict[str, str]) -> dict[str, str]:
    code = "from bench.pages import prepare_learner; prepare_learner()"
    output = manage(env, "shell", "--no-imports", "--command", code)
    for line in output.splitlines():
        if line.startswith(LEARNER_MARKER):
            return json.loads(line.removeprefix(LEARNER_MARKER))
    raise BenchError(f"Preparing the learner printed no result:\n{output[-2000:]}")


def targets_for(fixture: dict[str, str]) -> list[Target]:
    return [
        Target("(a) /healthz/ (baseline)", "/healthz/", signed_in=False, markers=("ok",)),
        Target(
            "(b) lesson, enrolled learner",
            fixture["lesson_url"],
            signed_in=True,
            markers=(
                'class="lesson"',
                'class="lesson-done"',  # only rendered for an enrolled learner
                html.escape(fixture["lesson_title"]),
            ),
            target_ratio=0.12,
        ),
        Target(
            "(c) course page, anonymous",
            fixture["course_url"],
            signed_in=False,
            markers=(html.escape(fixture["course_title"]), COURSE_CODE),
            target_ratio=0.30,
        ),
        Target(
            "(d) My learning (/), learner",
            "/",
            signed_in=True,
            markers=('class="my-learning"', 'class="learning-item', COURSE_CODE),
            target_ratio=0.10,
        ),
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str, cookie: str | None) -> tuple[int, str]:
    """One GET that never follows redirects, so a redirect shows as what it is."""
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


@contextmanager
def running_gunicorn(env: dict[str, str], port: int, log_path: Path) -> Iterator[None]:
    """gunicorn serving the project until the block ends, however it ends."""
    command = [
        str(Path(PYTHON).parent / "gunicorn"),
        "lms.wsgi:application",
        "--workers",
        str(WORKERS),
        "--bind",
        f"{HOST}:{port}",
    ]
    with log_path.open("w") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        wait_until_answering(server, port, log_path)
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_answering(server: subprocess.Popen, port: int, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError(f"gunicorn exited at start:\n{log_path.read_text()[-3000:]}")
        try:
            if fetch(port, "/healthz/", None)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(f"gunicorn did not answer /healthz/ in {START_TIMEOUT_SECONDS} s")


def verify(port: int, target: Target, cookie: str | None) -> None:
    status, body = fetch(port, target.path, cookie)
    if status != 200:
        raise BenchError(f"{target.name}: GET {target.path} answered {status}, not 200")
    missing = [marker for marker in target.markers if marker not in body]
    if missing:
        raise BenchError(
            f"{target.name}: GET {target.path} is not the expected page; lacks {missing}"
        )


def run_wrk(url: str, seconds: int, cookie: str | None) -> str:
    command = [
        "wrk",
        "--threads",
        str(WRK_THREADS),
        "--connections",
        str(WRK_CONNECTIONS),
        "--duration",
        f"{seconds}s",
        "--latency",
    ]
    if cookie:
        command += ["--header", f"Cookie: {cookie}"]
    completed = subprocess.run([*command, url], capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise BenchError(f"wrk failed on {url}:\n{completed.stderr}")
    return completed.stdout


TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def wrk_latency_ms(output: str, percentile: int) -> float:
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    if match is None:
        raise BenchError(f"No {percentile}% latency in wrk's output:\n{output}")
    return float(match[1]) * TIME_UNITS_MS[match[2]]


def parse_wrk(output: str) -> Measurement:
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if rate is None:
        raise BenchError(f"No Requests/sec in wrk's output:\n{output}")
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return Measurement(
        requests_per_second=float(rate[1]),
        p50_ms=wrk_latency_ms(output, 50),
        p99_ms=wrk_latency_ms(output, 99),
        failed_responses=int(failed[1]) if failed else 0,
        socket_errors=sum(int(count) for count in sockets.groups()) if sockets else 0,
    )


def measure(port: int, target: Target, cookie: str | None) -> Measurement:
    url = f"http://{HOST}:{port}{target.path}"
    run_wrk(url, WARM_UP_SECONDS, cookie)  # fills both workers' caches and connections
    return parse_wrk(run_wrk(url, MEASURE_SECONDS, cookie))


def verdict(ratio: float, target: Target) -> str:
    if target.target_ratio is None:
        return "baseline"
    return "PASS" if ratio >= target.target_ratio else "FAIL"


def format_table(results: list[tuple[Target, Measurement]]) -> str:
    baseline = results[0][1].requests_per_second
    header = ("target", "req/s", "p50 ms", "p99 ms", "ratio vs (a)", "target", "verdict")
    rows = [header]
    for target, result in results:
        ratio = result.requests_per_second / baseline
        rows.append(
            (
                target.name,
                f"{result.requests_per_second:.1f}",
                f"{result.p50_ms:.2f}",
                f"{result.p99_ms:.2f}",
                f"{ratio:.3f}",
                f"≥ {target.target_ratio:.2f}" if target.target_ratio else "—",
                verdict(ratio, target),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def error_notes(results: list[tuple[Target, Measurement]]) -> list[str]:
    notes = []
    for target, result in results:
        if result.failed_responses:
            notes.append(f"{target.name}: {result.failed_responses} non-2xx/3xx responses")
        if result.socket_errors:
            notes.append(f"{target.name}: {result.socket_errors} socket errors (timeouts included)")
    return notes


def say(message: str) -> None:
    print(message, flush=True)


def run(workdir: Path) -> int:
    env = bench_environment(workdir)
    say("Setting up: fresh SQLite database, migrate, seed_demo, collectstatic …")
    prepare_database(env)
    fixture = learner_fixture(env)
    cookie = f"sessionid={fixture['session_key']}"
    targets = targets_for(fixture)
    port = free_port()
    say(f"Starting gunicorn ({WORKERS} workers, lms.settings.production) on {HOST}:{port} …")
    results = []
    with running_gunicorn(env, port, workdir / "gunicorn.log"):
        for target in targets:
            verify(port, target, cookie if target.signed_in else None)
        for target in targets:
            say(f"Measuring {target.name}: {target.path}")
            results.append((target, measure(port, target, cookie if target.signed_in else None)))
    say(
        f"\nwrk: {WRK_THREADS} threads, {WRK_CONNECTIONS} connections, {WARM_UP_SECONDS} s warm-up "
        f"+ {MEASURE_SECONDS} s measured per target; {os.cpu_count()} CPU cores shared with gunicorn.\n"
    )
    say(format_table(results))
    notes = error_notes(results)
    for note in notes:
        say(f"warning: {note}")
    failed = any(result.failed_responses for _target, result in results)
    if failed:
        say("Some pages answered with errors under load: the figures above are not of the pages.")
    return 1 if failed else 0


def main() -> int:
    if shutil.which("wrk") is None:
        print(
            "wrk is missing: `make bench-pages` installs it (apt-get install wrk).", file=sys.stderr
        )
        return 2
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="lms-bench-") as workdir:
            status = run(Path(workdir))
    except BenchError as error:
        print(f"bench-pages: {error}", file=sys.stderr)
        return 1
    say(f"\nWhole run: {time.monotonic() - started:.0f} s.")
    return status


if __name__ == "__main__":
    sys.exit(main())
