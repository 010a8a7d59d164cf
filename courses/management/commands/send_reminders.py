"""`manage.py send_reminders`: the daily assignment reminders (run it once a day, e.g. by cron)."""

from django.core.management.base import BaseCommand

from courses import services


class Command(BaseCommand):
    help = "E-mail reminders for assigned courses due soon or overdue; each is sent only once."

    def handle(self, *args, **options):
        sent = services.send_assignment_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
