from django.core.management.base import BaseCommand

from therapists.inquiries.booking_upkeep import bookings_remind_due


class Command(BaseCommand):
    help = (
        "Queue the day-before reminders of booked free consultations, to the client and the "
        "therapist. Each booking is reminded once, however often this runs: run it every "
        "15 minutes."
    )

    def handle(self, *args, **options):
        reminded = bookings_remind_due()
        self.stdout.write(f"Queued reminders for {reminded} bookings.")
