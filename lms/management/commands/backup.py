"""`manage.py backup DIR`: the database and the media folder, copied into DIR.

PostgreSQL is dumped with pg_dump (custom format, restorable with pg_restore); SQLite with
its online backup API, which is consistent while the site runs. Media (certificate PDFs,
images, uploads) go into one tar.gz. Media on object storage is backed up by the storage's
own versioning, not here (docs/deploy.md).
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext as _


def program(name: str) -> str:
    """The full path of a PostgreSQL client program (Debian package postgresql-client)."""
    path = shutil.which(name)
    if not path:
        raise CommandError(
            _("%(name)s is not installed (Debian package postgresql-client).") % {"name": name}
        )
    return path


def pg_environment() -> dict:
    """pg_dump and pg_restore take the connection from these variables, built from the
    settings alone: inherited PG* variables must not point them at another server."""
    db = settings.DATABASES["default"]
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if db.get(key):
            environment[variable] = str(db[key])
    options = db.get("OPTIONS", {})
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        if options.get(option):
            environment[variable] = str(options[option])
    return environment


class Command(BaseCommand):
    help = "Copy the database and the media folder into a directory."

    def add_arguments(self, parser):
        parser.add_argument("directory")

    def handle(self, directory, **options):
        translation.activate(settings.LANGUAGE_CODE)  # operators read Vietnamese first
        target = Path(directory)
        if target.exists() and any(target.iterdir()):
            raise CommandError(
                _("%(folder)s is not empty; choose a new folder for each backup.")
                % {"folder": target}
            )
        # The backup holds password hashes, two-factor secrets and personal data: owner only.
        os.umask(0o077)
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        if connection.vendor == "postgresql":
            database = target / "database.dump"
            subprocess.run(  # noqa: S603 (our own arguments, no shell)
                [program("pg_dump"), "--format=custom", "--no-owner", f"--file={database}"],
                env=pg_environment(),
                check=True,
            )
        elif connection.vendor == "sqlite":
            database = target / "database.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(database) as copy:
                connection.connection.backup(copy)
        else:
            raise CommandError(
                _("No backup for %(vendor)s databases.") % {"vendor": connection.vendor}
            )
        media = Path(settings.MEDIA_ROOT)
        with tarfile.open(target / "media.tar.gz", "w:gz") as archive:
            if media.exists():
                archive.add(media, arcname="media")
        manifest = {
            "created_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "database_file": database.name,
        }
        (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
        self.stdout.write(
            _("Backed up the %(vendor)s database and the media into %(folder)s.")
            % {"vendor": connection.vendor, "folder": target}
        )
