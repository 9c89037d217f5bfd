"""Lapse credentials past their expiry date and send the 30- and 7-day reminders."""

from django.core.management.base import BaseCommand

from therapists.verification.expiry import credentials_sweep
from therapists.verification.tasks import daily_sweep_schedule


class Command(BaseCommand):
    help = (
        "Mark verified credentials past their expiry date as expired (with an event and an "
        "email), send reminders 30 and 7 days before expiry, and check every profile's listing. "
        "Safe to run more than once a day: nothing is done or sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Also book the daily run on the task worker's queue (database backend only).",
        )

    def handle(self, *args, schedule=False, **options):
        done = credentials_sweep()
        self.stdout.write(
            f"{done['expired']} credential(s) expired, "
            f"{done['renewals_to_check']} unchecked renewal(s) sent back to the queue, "
            f"{done['reminded']} reminder(s) queued."
        )
        if done["listings_corrected"]:
            self.stdout.write(f"{done['listings_corrected']} profile listing(s) corrected.")
        if schedule:
            if daily_sweep_schedule():
                self.stdout.write("The daily sweep is booked on the task queue.")
            else:
                self.stdout.write(
                    "No daily sweep booked: one is already waiting, or this task backend "
                    "cannot defer tasks (run this command daily instead)."
                )
