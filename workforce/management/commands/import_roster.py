"""`manage.py import_roster FILE [--dry-run]`: the staff roster from XLSX or CSV, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from workforce import imports
from workforce.models import Agency
from workforce.roster import KIND_LABELS
from workforce.roster_files import RosterFileError


class Command(BaseCommand):
    help = (
        "Import staff from an XLSX or CSV roster. Nothing is written when any row is wrong "
        "(the exit status is then 1 and every error is listed) or with --dry-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
        parser.add_argument(
            "--deactivate-missing",
            metavar="AGENCY_CODE",
            help="deactivate people of this agency's subtree who are not in the file",
        )

    def handle(self, *args, file: Path, dry_run: bool, deactivate_missing: str | None, **options):
        translation.activate("vi")
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from None
        target = None
        if deactivate_missing:
            target = Agency.objects.filter(code__iexact=deactivate_missing).first()
            if target is None:
                raise CommandError(
                    _("there is no agency with code %(code)s.") % {"code": deactivate_missing}
                )
        try:
            check = imports.import_roster(
                content=content,
                name=file.name,
                actor=None,
                apply=not dry_run,
                deactivate_missing=target,
            )
        except RosterFileError as error:
            raise CommandError(str(error)) from None
        for error in check.errors:
            self.stderr.write(str(error))
        summary = ", ".join(f"{KIND_LABELS[kind]}: {n}" for kind, n in check.counts.items())
        facts = {"rows": check.rows, "summary": summary}
        if not check.ok:
            raise CommandError(_("%(rows)d rows; %(summary)s. Nothing was written.") % facts)
        if dry_run:
            self.stdout.write(_("Dry run, nothing written: %(rows)d rows; %(summary)s.") % facts)
        else:
            self.stdout.write(_("Imported: %(rows)d rows; %(summary)s.") % facts)
