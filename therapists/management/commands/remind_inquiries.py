from django.core.management.base import BaseCommand

from therapists.inquiries.reply_reminders import inquiries_follow_up


class Command(BaseCommand):
    help = (
        "Queue the reminders due about unanswered consultation requests (the therapist at 2 "
        "and 5 days, the client at 7) and any reply or decline whose email has not gone out. "
        "Each reminder goes once, however often this runs: run it every 15 minutes."
    )

    def handle(self, *args, **options):
        queued = inquiries_follow_up()
        summary = ", ".join(f"{kind}: {count}" for kind, count in queued.items())
        self.stdout.write(f"Queued {summary}.")
