"""`manage.py rerender_certificates`: draw every stored certificate PDF again, as after a change
of the site's address (BASE_URL), which each PDF prints in its QR code and link. Serials,
verification codes and the register stay as they are; only the stored files are replaced."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certificates.models import Certificate
from certificates.services import store_pdf


def since_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(_("--since takes a date as YYYY-MM-DD, e.g. 2026-01-31.")) from error


class Command(BaseCommand):
    help = (
        "Render again and store every certificate PDF already stored (after BASE_URL changed); "
        "serials, codes and the register are unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--serial",
            action="append",
            default=[],
            help="Only this serial (repeat for more).",
        )
        parser.add_argument(
            "--since", type=since_date, help="Only certificates issued on or after this date."
        )
        parser.add_argument("--batch-size", type=int, default=100)
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be rendered; change nothing."
        )

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):  # operators read Vietnamese first
            self.rerender(**options)

    def rerender(self, *, serial, since, batch_size, dry_run, **options):
        stored = Certificate.objects.exclude(pdf="")
        if serial:
            stored = stored.filter(serial__in=[value.strip().upper() for value in serial])
        if since:
            start = datetime.datetime.combine(since, datetime.time.min)
            stored = stored.filter(issued_at__gte=timezone.make_aware(start))
        total = stored.count()
        address = settings.WAGTAILADMIN_BASE_URL
        if dry_run:
            self.stdout.write(
                ngettext(
                    "%(count)d stored certificate PDF would be rendered again, "
                    "with links to %(address)s.",
                    "%(count)d stored certificate PDFs would be rendered again, "
                    "with links to %(address)s.",
                    total,
                )
                % {"count": total, "address": address}
            )
            return

        done, failed, last = 0, [], 0
        # Batches in primary-key order: memory stays flat, and a certificate stored meanwhile
        # is neither skipped nor drawn twice.
        while batch := list(stored.filter(pk__gt=last).order_by("pk")[:batch_size]):
            for certificate in batch:
                try:
                    store_pdf(certificate=certificate)
                except Exception as error:  # one bad certificate must not stop the others
                    failed.append((certificate.serial, f"{type(error).__name__}: {error}"))
                else:
                    done += 1
            last = batch[-1].pk
            self.stdout.write(
                _("%(processed)d of %(total)d processed (%(failed)d failed).")
                % {"processed": done + len(failed), "total": total, "failed": len(failed)}
            )

        self.stdout.write(
            ngettext(
                "%(count)d certificate PDF rendered again, with links to %(address)s.",
                "%(count)d certificate PDFs rendered again, with links to %(address)s.",
                done,
            )
            % {"count": done, "address": address}
        )
        if failed:
            for failed_serial, reason in failed:
                self.stderr.write(f"  {failed_serial}: {reason}")
            raise CommandError(
                ngettext(
                    "%(count)d certificate could not be rendered (listed above); its stored PDF "
                    "is unchanged. Fix the cause and run again with --serial.",
                    "%(count)d certificates could not be rendered (listed above); their stored "
                    "PDFs are unchanged. Fix the cause and run again with --serial.",
                    len(failed),
                )
                % {"count": len(failed)}
            )
