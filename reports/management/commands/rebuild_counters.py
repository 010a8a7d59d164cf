"""`manage.py rebuild_counters`: count completions per agency and course again from scratch."""

from django.core.management.base import BaseCommand

from reports.services import rebuild_counters


class Command(BaseCommand):
    help = "Rebuild the per-agency completion counters from the enrolments."

    def handle(self, *args, **options):
        rows = rebuild_counters()
        self.stdout.write(f"{rows} counter rows rebuilt.")
