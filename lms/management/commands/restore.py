"""`manage.py restore DIR --yes`: put back what `manage.py backup DIR` saved.

The database's current content and the media folder are replaced, not merged. Stop the web
and worker processes first.
"""

import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext as _

from .backup import pg_environment, program


class Command(BaseCommand):
    help = "Replace the database and the media folder with a backup made by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--yes", action="store_true", help="yes, replace everything")

    def handle(self, directory, yes, **options):
        translation.activate(settings.LANGUAGE_CODE)  # operators read Vietnamese first
        source = Path(directory)
        manifest_file = source / "manifest.json"
        if not manifest_file.exists():
            raise CommandError(
                _("%(folder)s holds no backup (no manifest.json).") % {"folder": source}
            )
        manifest = json.loads(manifest_file.read_text())
        if manifest["database"] != connection.vendor:
            raise CommandError(
                _("The backup is of a %(saved)s database; this one is %(vendor)s.")
                % {"saved": manifest["database"], "vendor": connection.vendor}
            )
        if not yes:
            raise CommandError(_("This replaces the database and the media; add --yes to go on."))
        database = source / manifest["database_file"]
        if not database.is_file():
            raise CommandError(
                _("%(file)s is missing: the backup is incomplete.") % {"file": database}
            )
        # Unpack and check the media before anything is replaced.
        media = Path(settings.MEDIA_ROOT)
        media.mkdir(parents=True, exist_ok=True)
        unpacked = Path(tempfile.mkdtemp(prefix=".restoring-", dir=media.parent))
        try:
            with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
                names = archive.getnames()
                if any(name != "media" and not name.startswith("media/") for name in names):
                    raise CommandError(_("The media archive holds files outside media/."))
                archive.extractall(unpacked, filter="data")
            self.restore_database(database)
            # Swap the contents, not the folder: MEDIA_ROOT may be a mount point.
            for old in media.iterdir():
                shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
            saved = unpacked / "media"
            for item in saved.iterdir() if saved.exists() else ():
                shutil.move(str(item), media / item.name)
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
        cache.clear()  # pages and sessions cached from the database as it was
        self.stdout.write(
            _("Restored the %(vendor)s database and the media from %(folder)s.")
            % {"vendor": connection.vendor, "folder": source}
        )

    def restore_database(self, database: Path) -> None:
        if connection.vendor == "postgresql":
            # An empty schema first, so a database migrated since the backup cannot leave
            # newer tables beside the restored ones; then the dump, in one transaction.
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            connection.close()
            subprocess.run(  # noqa: S603 (our own arguments, no shell)
                [
                    program("pg_restore"),
                    "--no-owner",
                    "--no-acl",
                    "--single-transaction",
                    f"--dbname={settings.DATABASES['default']['NAME']}",
                    str(database),
                ],
                env=pg_environment(),
                check=True,
            )
        else:
            connection.ensure_connection()
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as saved:
                saved.backup(connection.connection)
            connection.close()
