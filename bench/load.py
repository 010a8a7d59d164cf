"""Load: 50 simulated learners at once for 60 s against the production stack on this machine.

    .venv/bin/python -m bench.load              (or `make bench-load`; options: --help)

The stack is the one a province runs: gunicorn (deploy/gunicorn.conf.py, its default worker
count) with the production settings, PostgreSQL (a database of the benchmark's own, dropped
afterwards), Redis for the cache and the task queue (two Redis databases of its own, emptied
before and after) and the task worker (`manage.py worker`, RQ). Both servers must answer on
127.0.0.1.

Each simulated learner signs in through the real sign-in form, then goes round its course for
as long as the run lasts: home page, course page, the next lesson, "mark as done", the quiz,
start an attempt, answer it, submit, read the result. Every request counts; an error is a
failed connection, a timeout, a 4xx or 5xx answer, or a redirect to the sign-in page.

Printed: requests per second, latency p50/p95/p99 for all requests and per kind, errors, the
requests per second of a trivial view (/healthz/) under the same concurrency just before (the
baseline, and the ratio to it), and the memory (RSS) of every gunicorn worker and of the task
worker over the run, sampled each second. Workers are not recycled during the run
(GUNICORN_MAX_REQUESTS=0), so a leak would show. Asserts nothing; exits non-zero only when
the set-up fails. Bounded: the run stops at its deadline, every request times out after 30 s.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psutil

from bench.pages import BenchError, manage, say

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
DATABASE = "lms_bench_load"
REDIS_CACHE_DB = 12  # the task queue goes to the next one (lms.settings.env.tasks_redis_url)
PASSWORD = "Tai-thu-2026"  # noqa: S105 (the benchmark's own throwaway accounts)
MARKER = "[load]"
REQUEST_TIMEOUT = 30
RAMP_SECONDS = 10  # the learners arrive over the first seconds, not all in the same instant
WARM_UP_SECONDS = 20  # memory is compared from here on: the first pages fill the caches
RSS_LIMIT_MIB = 110


def answers(port: int) -> bool:
    try:
        socket.create_connection((HOST, port), 1).close()
    except OSError:
        return False
    return True


def postgres(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as db:
        db.execute(sql)


def flush_redis() -> None:
    import redis

    for number in (REDIS_CACHE_DB, REDIS_CACHE_DB + 1):
        redis.Redis(host=HOST, port=6379, db=number).flushdb()


def prepare(learners: int) -> None:
    """Run inside `manage.py shell`: the learners, enrolled in the demo course IU01, and what
    the simulation needs (URLs and ids), printed as one line of JSON."""
    from django.urls import reverse

    from courses import services as learning
    from courses.models import CoursePage, LessonPage, QuizPage
    from workforce import services
    from workforce.models import Agency, Category

    course = CoursePage.objects.get(code="IU01")
    lessons = list(course.get_children().live().type(LessonPage).specific())
    quizzes = list(course.get_children().live().type(QuizPage).specific())
    agency = Agency.objects.get(depth=1)
    for number in range(1, learners + 1):
        person = services.create_person(
            invite=False,
            staff_code=f"TAI{number:04d}",
            email=f"tai{number:04d}@example.vn",
            family_name="Nguyễn",
            middle_name="Thị",
            given_name=f"Tải {number}",
            category=Category.CIVIL_SERVANT,
            agency=agency,
        )
        person.set_password(PASSWORD)
        person.save(update_fields=["password"])
        learning.enrol(user=person, course=course)
    fixture = {
        "learners": [f"TAI{number:04d}" for number in range(1, learners + 1)],
        "course": course.url,
        "lessons": [
            [lesson.url, reverse("courses:lesson-done", args=[lesson.pk])] for lesson in lessons
        ],
        "quizzes": [[quiz.url, reverse("courses:quiz-start", args=[quiz.pk])] for quiz in quizzes],
    }
    print(MARKER, json.dumps(fixture))


class Recorder:
    """Every request's kind, latency and outcome, from all the learners' threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = defaultdict(int)
        self.examples = []

    def add(self, kind: str, seconds: float, error: str | None):
        with self.lock:
            self.latencies[kind].append(seconds)
            if error:
                self.errors[kind] += 1
                if len(self.examples) < 10:
                    self.examples.append(f"{kind}: {error}")


class Browser:
    """One learner's cookies and requests (a new connection each time: gunicorn's sync
    workers close it after every response)."""

    def __init__(self, port: int, recorder: Recorder, address: str = "10.0.0.1"):
        self.port = port
        self.recorder = recorder
        self.address = address  # the learner's own address, as the proxy passes it on
        self.cookies = {}

    def request(self, kind, method, path, form=None, expect=(200,)):
        headers = {"Host": HOST, "X-Forwarded-For": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            form = {**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        error, status, location, text = None, 0, "", ""
        try:
            connection = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            status, location = response.status, response.getheader("Location", "")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            connection.close()
        except (OSError, http.client.HTTPException) as failure:
            error = f"{type(failure).__name__}: {failure}"
        elapsed = time.perf_counter() - started
        if error is None and status not in expect:
            error = f"{method} {path} answered {status} {location}"
        if error is None and "/accounts/login/" in location and kind != "sign in":
            error = f"{method} {path} sent the learner back to the sign-in page"
        self.recorder.add(kind, elapsed, error)
        return status, location, text


def learner(number, port, staff_code, fixture, deadline, recorder, counts):
    time.sleep(number * RAMP_SECONDS / len(fixture["learners"]))
    browser = Browser(port, recorder, address=f"10.0.{number // 250}.{number % 250 + 1}")
    browser.request("sign-in page", "GET", "/accounts/login/")
    status, location, _ = browser.request(
        "sign in",
        "POST",
        "/accounts/login/",
        form={"login": staff_code, "password": PASSWORD},
        expect=(302,),
    )
    if status != 302 or "/accounts/login/" in location:
        return
    lessons, quizzes = fixture["lessons"], fixture["quizzes"]
    step = 0
    while time.monotonic() < deadline:
        browser.request("home", "GET", "/")
        browser.request("course", "GET", fixture["course"])
        lesson_url, done_url = lessons[step % len(lessons)]
        browser.request("lesson", "GET", lesson_url)
        browser.request("mark done", "POST", done_url, form={}, expect=(302,))
        if time.monotonic() >= deadline:
            break
        quiz_url, start_url = quizzes[step % len(quizzes)]
        browser.request("quiz", "GET", quiz_url)
        _, location, _ = browser.request("start quiz", "POST", start_url, form={}, expect=(302,))
        attempt = re.search(r"/attempts/(\d+)/$", urlsplit(location).path)
        if attempt:
            _, _, page = browser.request("attempt", "GET", urlsplit(location).path)
            chosen = {}
            for name, value in re.findall(r'name="(q-[^"]+)"[^>]*value="([^"]+)"', page):
                chosen.setdefault(name, value)  # the first answer of each question
            _, result, _ = browser.request(
                "submit quiz",
                "POST",
                f"{urlsplit(location).path}submit/",
                form=chosen,
                expect=(302,),
            )
            if result:
                browser.request("result", "GET", urlsplit(result).path)
            counts["quizzes"] += 1
        counts["rounds"] += 1
        step += 1


def hammer(port, path, seconds, concurrency, recorder):
    """The baseline: `concurrency` threads asking for `path` for `seconds`."""
    deadline = time.monotonic() + seconds

    def loop():
        browser = Browser(port, recorder)
        while time.monotonic() < deadline:
            browser.request("healthz", "GET", path)

    threads = [threading.Thread(target=loop) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class MemoryWatch(threading.Thread):
    """Memory of each gunicorn worker and of the task worker (RQ's work horse, forked for each
    task, is counted apart), each second: RSS, which counts the pages a worker shares with the
    others (Python, the libraries, what gunicorn preloaded), and USS, its own pages alone."""

    def __init__(self, gunicorn: subprocess.Popen, worker: subprocess.Popen):
        super().__init__(daemon=True)
        self.gunicorn, self.worker = psutil.Process(gunicorn.pid), psutil.Process(worker.pid)
        self.samples = defaultdict(list)  # name -> [(seconds since start, MiB)]
        self.stop = threading.Event()

    def run(self):
        started = time.monotonic()
        while not self.stop.wait(1):
            at = time.monotonic() - started
            watched = [(f"gunicorn worker {c.pid}", c) for c in self.gunicorn.children()]
            watched.append(("task worker", self.worker))
            for name, process in watched:
                try:
                    memory = process.memory_full_info()
                except psutil.Error:
                    continue
                self.samples[name].append((at, memory.rss / 2**20, memory.uss / 2**20))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def report(recorder, seconds, baseline_rps, memory, counts, learners):
    all_latencies = [v for values in recorder.latencies.values() for v in values]
    total = len(all_latencies)
    errors = sum(recorder.errors.values())
    rps = total / seconds
    say("")
    say(
        f"{learners} learners for {seconds:.0f} s: {counts['rounds']} rounds of the course, "
        f"{counts['quizzes']} quizzes submitted"
    )
    say(f"{'request':<16}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for kind, values in recorder.latencies.items():
        say(
            f"{kind:<16}{len(values):>8}{percentile(values, 0.5):>9.0f}"
            f"{percentile(values, 0.95):>9.0f}{percentile(values, 0.99):>9.0f}"
            f"{recorder.errors[kind]:>8}"
        )
    say(
        f"{'all':<16}{total:>8}{percentile(all_latencies, 0.5):>9.0f}"
        f"{percentile(all_latencies, 0.95):>9.0f}{percentile(all_latencies, 0.99):>9.0f}"
        f"{errors:>8}"
    )
    say(
        f"requests/second: {rps:.1f}   baseline /healthz/: {baseline_rps:.1f}   "
        f"ratio {rps / baseline_rps:.3f}"
    )
    say(f"errors: {errors} (target 0)   {'PASS' if errors == 0 else 'FAIL'}")
    for example in recorder.examples:
        say(f"  {example}")
    say("")
    end = max((samples[-1][0] for samples in memory.samples.values() if samples), default=0)
    marks = list(range(10, int(end) + 1, 10))
    say(
        "memory, MiB: RSS (with the pages shared with the other workers) / USS (its own), every 10 s"
    )
    say(f"{'':<22}" + "".join(f"{f'{mark} s':>12}" for mark in marks) + f"{'max RSS':>10}")
    within, flat = [], []
    for name, samples in sorted(memory.samples.items()):
        if len(samples) < 2:
            continue

        def near(mark, samples=samples):
            return min(samples, key=lambda point: abs(point[0] - mark))

        row = "".join(f"{near(m)[1]:>7.0f}/{near(m)[2]:<4.0f}" for m in marks)
        top = max(sample[1] for sample in samples)
        say(f"{name:<22}{row}{top:>10.1f}")
        if name.startswith("gunicorn"):
            settled = [s[1] for s in samples if WARM_UP_SECONDS <= s[0] <= WARM_UP_SECONDS + 10]
            last = [s[1] for s in samples if s[0] >= end - 10]
            within.append(top <= RSS_LIMIT_MIB)
            flat.append(bool(settled) and statistics.median(last) - statistics.median(settled) <= 5)
    say(
        f"gunicorn workers flat after the {WARM_UP_SECONDS} s warm-up (RSS grew ≤ 5 MiB from "
        f"{WARM_UP_SECONDS}-{WARM_UP_SECONDS + 10} s to the last 10 s): "
        f"{'PASS' if flat and all(flat) else 'FAIL'}"
    )
    say(
        f"gunicorn workers RSS ≤ {RSS_LIMIT_MIB} MiB: {'PASS' if within and all(within) else 'FAIL'}"
    )


def run(args, workdir: Path) -> int:
    if not (answers(5432) and answers(6379)):
        raise BenchError("PostgreSQL (5432) and Redis (6379) must answer on 127.0.0.1.")
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "BASE_URL": f"http://{HOST}:{port}",
        "HTTPS": "false",
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{DATABASE}",
        "REDIS_URL": f"redis://{HOST}:6379/{REDIS_CACHE_DB}",
        "MEDIA_ROOT": str(workdir / "media"),
        "GUNICORN_BIND": f"{HOST}:{port}",
        "GUNICORN_MAX_REQUESTS": "0",
        # As behind the HTTPS proxy: each learner's address comes in X-Forwarded-For, so the
        # sign-in rate limits (per address) apply per learner, not to 127.0.0.1 as a whole.
        "TRUSTED_PROXY_COUNT": "1",
        "GUNICORN_ACCESS_LOG": str(workdir / "access.log"),
    }
    env.pop("TASKS_REDIS_URL", None)
    postgres(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    postgres(f"CREATE DATABASE {DATABASE}")
    flush_redis()
    processes = []
    try:
        say(
            "Preparing: migrate, demo data, collectstatic, "
            f"{args.learners} learners (PostgreSQL {DATABASE})"
        )
        manage(env, "migrate", "--no-input")
        manage(env, "rebuild_counters")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--no-input")
        code = f"from bench.load import prepare; prepare({args.learners})"
        output = manage(env, "shell", "--no-imports", "--command", code)
        line = next((x for x in output.splitlines() if x.startswith(MARKER)), None)
        if line is None:
            raise BenchError(f"Preparing the learners printed nothing:\n{output[-2000:]}")
        fixture = json.loads(line.removeprefix(MARKER))

        log = (workdir / "servers.log").open("w")
        worker = subprocess.Popen(  # noqa: S603
            [PYTHON, "manage.py", "worker"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        gunicorn = subprocess.Popen(  # noqa: S603
            [str(ROOT / ".venv/bin/gunicorn"), "-c", "deploy/gunicorn.conf.py", "lms.wsgi"],
            cwd=ROOT, env=env, stdout=log, stderr=log,
        )  # fmt: skip
        processes = [gunicorn, worker]
        deadline = time.monotonic() + 60
        while not answers(port):
            if time.monotonic() > deadline or gunicorn.poll() is not None:
                raise BenchError(
                    f"gunicorn did not start:\n{(workdir / 'servers.log').read_text()}"
                )
            time.sleep(0.3)
        time.sleep(3)  # the workers fork after the socket is open
        workers = len(psutil.Process(gunicorn.pid).children())
        say(
            f"gunicorn: {workers} workers on {HOST}:{port}; task worker: RQ on Redis "
            f"{REDIS_CACHE_DB + 1}; {psutil.cpu_count()} CPUs here, shared with the load"
        )

        baseline = Recorder()
        hammer(port, "/healthz/", args.baseline_seconds, args.learners, baseline)
        baseline_rps = len(baseline.latencies["healthz"]) / args.baseline_seconds
        if sum(baseline.errors.values()):
            raise BenchError(f"/healthz/ failed: {baseline.examples}")

        memory = MemoryWatch(gunicorn, worker)
        memory.start()
        recorder = Recorder()
        counts = defaultdict(int)
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [
            threading.Thread(
                target=learner,
                args=(number, port, code_, fixture, deadline, recorder, counts),
            )
            for number, code_ in enumerate(fixture["learners"])
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 2 * REQUEST_TIMEOUT)
        elapsed = time.monotonic() - started
        memory.stop.set()
        memory.join()
        report(recorder, elapsed, baseline_rps, memory, counts, args.learners)
    finally:
        for process in processes:
            try:
                family = [psutil.Process(process.pid), *psutil.Process(process.pid).children(True)]
            except psutil.NoSuchProcess:
                family = []
            for member in family:
                with contextlib.suppress(psutil.NoSuchProcess):
                    member.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        postgres(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        flush_redis()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--baseline-seconds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lms-load-") as workdir:
        try:
            return run(args, Path(workdir))
        except BenchError as error:
            print(f"bench/load.py: {error}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
