from django.core.management.base import BaseCommand

from therapists.inquiries.alerts import opening_alerts_send


class Command(BaseCommand):
    help = (
        "Tell confirmed alert addresses about therapists matching their search (or full "
        "profile) who have started accepting new clients: at most one email a week an address, "
        "each therapist named once. Deletes alerts past 90 days, and unconfirmed ones past a "
        "week. Run it daily."
    )

    def handle(self, *args, **options):
        sent = opening_alerts_send()
        self.stdout.write(f"Sent {sent} opening alerts.")
