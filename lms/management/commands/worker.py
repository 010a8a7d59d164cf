"""`manage.py worker`: the background worker for the task backend the settings chose."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from certificates.services import resume_bulk_jobs


class Command(BaseCommand):
    help = _(
        "Run the task worker of the configured backend (database: db_worker; Redis: rqworker), "
        "after queueing again the bulk certificate jobs a stopped worker left unfinished."
    )

    def handle(self, *args, **options):
        resumed = resume_bulk_jobs()
        if resumed:
            self.stdout.write(
                _("%(count)d unfinished bulk job(s) queued again.") % {"count": resumed}
            )
        call_command(*settings.TASK_WORKER)
