"""`manage.py seed_demo`: fill an empty database with demo data; safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from certificates.demo import seed_certificates
from courses.demo import seed_courses
from courses.demo_learning import seed_learning
from workforce.demo import seed_workforce

# Each step creates what is missing and returns {"created": {what: count}, "logins": [...]}.
SEED_STEPS = (
    ("workforce", seed_workforce),
    ("courses", seed_courses),
    ("certificates", seed_certificates),
    ("learning", seed_learning),
)

LOGIN_COLUMNS = (
    ("role", "Role"),
    ("username", "Sign-in name"),
    ("email", "E-mail"),
    ("password", "Password"),
    ("can", "Can"),
)


class Command(BaseCommand):
    help = "Create the demo agencies, people, logins and courses (nothing that already exists)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--logins",
            action="store_true",
            help="Print only the table of demo logins (seeding first if the database is empty).",
        )

    def handle(self, *args, logins=False, **options):
        progress = None if logins else self.stdout
        with transaction.atomic():
            results = [(name, step(stdout=progress)) for name, step in SEED_STEPS]
        if logins:
            self.write_logins([login for _name, result in results for login in result["logins"]])
        else:
            self.write_summary(results)

    def write_summary(self, results) -> None:
        for name, result in results:
            created = ", ".join(f"{what}: {count}" for what, count in result["created"].items())
            self.stdout.write(f"{name}: created {created or 'nothing (already seeded)'}.")
        self.stdout.write(self.style.SUCCESS("Demo data ready. `seed_demo --logins` lists logins."))

    def write_logins(self, logins) -> None:
        rows = [[title for _key, title in LOGIN_COLUMNS]]
        rows += [[login[key] or "—" for key, _title in LOGIN_COLUMNS] for login in logins]
        widths = [max(len(row[column]) for row in rows) for column in range(len(LOGIN_COLUMNS))]
        lines = [
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            for row in rows
        ]
        lines.insert(1, "  ".join("-" * width for width in widths))
        self.stdout.write("\n".join(line.rstrip() for line in lines))
