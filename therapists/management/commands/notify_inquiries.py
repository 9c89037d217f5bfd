import datetime

from django.core.management.base import BaseCommand

from therapists.inquiries.services import inquiries_notify_pending


class Command(BaseCommand):
    help = (
        "Queue again the therapist notifications that have not gone out (the mail server was "
        "down). Run it every few minutes beside the worker."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=5,
            help="Only inquiries received at least this many minutes ago.",
        )

    def handle(self, *args, minutes, **options):
        count = inquiries_notify_pending(older_than=datetime.timedelta(minutes=max(minutes, 0)))
        self.stdout.write(f"Queued {count} notifications again.")
