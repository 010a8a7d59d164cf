"""Backup drill: back up, wipe, restore, and check that certificates still verify.

    .venv/bin/python deploy/backup_drill.py [--engine sqlite|postgresql]   (or `make backup-drill`)

For a SQLite file, and for PostgreSQL when a server answers on 127.0.0.1:5432 (a database of
its own, dropped afterwards), in a temporary directory; `--engine` drills one of them only (CI
drills PostgreSQL, what production runs):

1. migrate, load the demo data, and issue the certificates of every completed enrolment
   (their PDFs land in the media folder);
2. note each certificate's verification code, serial and PDF checksum;
3. `manage.py backup`, then wipe: delete the database (file, or DROP DATABASE) and the media;
4. `manage.py restore` into a new, empty database;
5. check that every verification page answers 200 with its serial, every PDF is back with the
   same checksum, and the demo learner can still sign in.

Prints each step; exits non-zero when any check fails.
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")

ISSUE = """
import hashlib, json
from certificates.models import Certificate
from certificates.services import certificate_pdf, issue_course_certificate
from courses.models import Enrolment
for enrolment in Enrolment.objects.completed().select_related("course", "user"):
    certificate_pdf(certificate=issue_course_certificate(enrolment=enrolment))
print(json.dumps({c.verification_code: [c.serial, hashlib.sha256(c.pdf.read()).hexdigest()]
                  for c in Certificate.objects.all()}))
"""

CHECK = """
import hashlib, json, sys
from django.test import Client
from certificates.models import Certificate
expected = json.loads(sys.stdin.read())
client, problems = Client(), []
if Certificate.objects.count() != len(expected):
    problems.append(f"{Certificate.objects.count()} certificates, {len(expected)} expected")
for code, (serial, digest) in expected.items():
    page = client.get(f"/verify/{code}/")
    if page.status_code != 200 or serial not in page.content.decode():
        problems.append(f"/verify/{code}/ answered {page.status_code} without {serial}")
    pdf = Certificate.objects.get(verification_code=code).pdf
    if not pdf.storage.exists(pdf.name):  # checked directly: serving would render it anew
        problems.append(f"{serial}: the stored PDF is missing")
    elif hashlib.sha256(pdf.read()).hexdigest() != digest:
        problems.append(f"{serial}: the stored PDF differs")
if not client.login(username="HV0001", password="Demo@2026"):
    problems.append("the demo learner cannot sign in")
print(json.dumps(problems))
"""


def run(environment, *args, stdin=None) -> str:
    result = subprocess.run(  # noqa: S603 (our own arguments, no shell)
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args[:1])} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def postgres(sql: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute(sql)


def drill(label: str, url: str, folder: Path, wipe, recreate) -> bool:
    print(f"== {label}")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(folder / "media"),
    }
    run(environment, "migrate", "--no-input", "-v0")
    run(environment, "seed_demo")
    expected = json.loads(run(environment, "shell", "-c", ISSUE).strip().splitlines()[-1])
    print(f"   {len(expected)} certificates issued, their PDFs in the media folder")
    backup = folder / "backup"
    run(environment, "backup", str(backup))
    size = sum(path.stat().st_size for path in backup.iterdir())
    print(f"   backed up: {', '.join(sorted(p.name for p in backup.iterdir()))} ({size:,} bytes)")
    wipe()
    shutil.rmtree(folder / "media")
    recreate()
    print("   wiped: database and media gone; a new, empty database")
    run(environment, "restore", str(backup), "--yes")
    print("   restored")
    problems = json.loads(
        run(environment, "shell", "-c", CHECK, stdin=json.dumps(expected)).strip().splitlines()[-1]
    )
    for problem in problems:
        print(f"   FAIL {problem}")
    if not problems:
        print(f"   PASS: {len(expected)} verification pages verify, PDFs identical, sign-in works")
    return not problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Back up, wipe, restore; certificates must verify."
    )
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), help="drill only this one")
    engine = parser.parse_args().engine
    ok = True
    with tempfile.TemporaryDirectory(prefix="backup-drill-") as temporary:
        if engine != "postgresql":
            folder = Path(temporary) / "sqlite"
            folder.mkdir()
            database = folder / "lms.sqlite3"

            def wipe_sqlite():
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{database}{suffix}").unlink(missing_ok=True)

            ok &= drill("SQLite", f"sqlite:///{database}", folder, wipe_sqlite, lambda: None)
        if engine == "sqlite":
            return 0 if ok else 1

        try:
            socket.create_connection(("127.0.0.1", 5432), 1).close()
        except OSError:
            if engine == "postgresql":
                print("== PostgreSQL: nothing answers on 127.0.0.1:5432", file=sys.stderr)
                return 1
            print("== PostgreSQL: skipped (nothing answers on 127.0.0.1:5432)")
            return 0 if ok else 1
        name = f"lms_drill_{os.getpid()}"
        folder = Path(temporary) / "postgresql"
        folder.mkdir()
        postgres(f'CREATE DATABASE "{name}"')
        try:
            ok &= drill(
                "PostgreSQL",
                f"postgres://postgres@127.0.0.1:5432/{name}",
                folder,
                lambda: postgres(f'DROP DATABASE "{name}" WITH (FORCE)'),
                lambda: postgres(f'CREATE DATABASE "{name}"'),
            )
        finally:
            postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
