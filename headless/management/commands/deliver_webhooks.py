"""Send due webhook deliveries and retries: from cron every minute, or as a worker (--watch)."""

import time

from django.core.management.base import BaseCommand

from headless.webhooks import deliver_due


class Command(BaseCommand):
    help = "Send webhook deliveries to frontends that are due (new ones and retries)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch",
            type=float,
            metavar="SECONDS",
            help="Keep running, looking for due deliveries every SECONDS.",
        )

    def handle(self, *args, watch=None, **options):
        while True:
            tried = deliver_due()
            if tried or options["verbosity"] > 1:
                self.stdout.write(f"{tried} webhook deliveries attempted.")
            if not watch:
                return
            time.sleep(watch)
