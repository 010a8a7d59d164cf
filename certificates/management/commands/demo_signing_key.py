"""Create (or reuse) the demo signing key, so the demo's certificates are signed."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from certificates import signing


class Command(BaseCommand):
    help = (
        'Create the demo signing key ("DEMO — không có giá trị pháp lý", no legal value) or reuse '
        "it while valid for 30 more days; print its path and the settings that use it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir",
            type=Path,
            default=Path(settings.BASE_DIR) / ".demo-signing",
            help="Directory for the key, its root certificate and CRL (default: .demo-signing/).",
        )

    def handle(self, *args, **options):
        bundle = signing.make_demo_key(options["dir"]).resolve()
        self.stdout.write(str(bundle))
        self.stdout.write(
            "# Environment for settings other than lms.settings.dev (which finds it itself):\n"
            f"CERTIFICATE_SIGNING_KEY={bundle}\n"
            "CERTIFICATE_SIGNING_PASSWORD=\n"
            f"CERTIFICATE_TRUST_ROOTS={bundle.parent / signing.DEMO_ROOT_NAME}"
        )
