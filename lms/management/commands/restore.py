"""`manage.py restore DIR --yes`: put back what `manage.py backup DIR` saved.

The database's current content and the media folder are replaced, not merged. Stop the web
and worker processes first.
"""

import json
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from .backup import pg_environment, program


class Command(BaseCommand):
    help = "Replace the database and the media folder with a backup made by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--yes", action="store_true", help="yes, replace everything")

    def handle(self, directory, yes, **options):
        source = Path(directory)
        manifest_file = source / "manifest.json"
        if not manifest_file.exists():
            raise CommandError(f"{source} holds no backup (no manifest.json).")
        manifest = json.loads(manifest_file.read_text())
        if manifest["database"] != connection.vendor:
            raise CommandError(
                f"The backup is of a {manifest['database']} database; this is {connection.vendor}."
            )
        if not yes:
            raise CommandError("This replaces the database and the media; add --yes to go on.")
        database = source / manifest["database_file"]
        if connection.vendor == "postgresql":
            connection.close()
            subprocess.run(  # noqa: S603 (our own arguments, no shell)
                [
                    program("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    f"--dbname={settings.DATABASES['default']['NAME']}",
                    str(database),
                ],
                env=pg_environment(),
                check=True,
            )
        else:
            connection.ensure_connection()
            with sqlite3.connect(database) as saved:
                saved.backup(connection.connection)
            connection.close()
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            shutil.rmtree(media)
        media.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
            for member in archive.getmembers():
                if not member.name.startswith("media"):
                    raise CommandError(f"Unexpected file in the media archive: {member.name}")
                member.name = member.name[len("media") :].lstrip("/") or "."
                archive.extract(member, media, filter="data")
        self.stdout.write(f"Restored the {connection.vendor} database and media from {source}.")
