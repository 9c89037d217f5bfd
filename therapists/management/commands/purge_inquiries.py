from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from therapists.inquiries.booking_upkeep import bookings_purge
from therapists.inquiries.services import inquiries_purge


class Command(BaseCommand):
    help = (
        "Delete consultation requests, and free consultations booked, older than the retention "
        "period (INQUIRY_RETENTION_DAYS, 180 days unless set). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.INQUIRY_RETENTION_DAYS,
            help="Keep inquiries received within this many days; delete the rest.",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        deleted = inquiries_purge(older_than_days=days)
        self.stdout.write(f"Deleted {deleted} inquiries received more than {days} days ago.")
        deleted = bookings_purge(older_than_days=days)
        self.stdout.write(f"Deleted {deleted} bookings that ended more than {days} days ago.")
