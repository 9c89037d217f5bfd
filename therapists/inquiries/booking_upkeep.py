"""The periodic work on bookings: reminders the day before, and deleting old bookings.

`manage.py remind_bookings` runs every 15 minutes. A booking's reminders are claimed with a
conditional UPDATE of `reminded_at` (`... WHERE reminded_at IS NULL`), and both emails (client
and therapist) are queued in the same transaction: with the database task queue the claim and
the tasks are committed together or not at all, so a command or worker that stops half-way
neither loses the reminders nor sends them twice. A send that fails is retried by the task.
Moving a booking clears its claim, so the new time gets its own reminder.
"""

import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from therapists.inquiries.booking_mail import BookingEvent, booking_notify
from therapists.models import Booking

REMINDER_LEAD = datetime.timedelta(hours=24)
# Closer than this to the start, a reminder is more noise than help.
REMINDER_TOO_LATE = datetime.timedelta(hours=2)


def reminders_due(now: datetime.datetime):
    """Booked consultations starting within a day, booked more than a day ahead, not reminded."""
    return Booking.objects.booked().filter(
        reminded_at__isnull=True,
        starts_at__gt=now + REMINDER_TOO_LATE,
        starts_at__lte=now + REMINDER_LEAD,
        created_at__lte=F("starts_at") - REMINDER_LEAD,
    )


def booking_reminder_claim(*, booking_id: int, now: datetime.datetime) -> bool:
    """Claim one booking's reminders and queue both emails together; False if already claimed."""
    with transaction.atomic():
        claimed = Booking.objects.booked().filter(pk=booking_id, reminded_at__isnull=True)
        if not claimed.update(reminded_at=now):
            return False
        for reader in ("client", "therapist"):
            booking_notify.enqueue(booking_id, BookingEvent.REMINDER, reader, "")
    return True


def bookings_remind_due(*, now: datetime.datetime | None = None) -> int:
    """Claim and queue every reminder due now; returns how many bookings were reminded."""
    now = now or timezone.now()
    ids = list(reminders_due(now).values_list("pk", flat=True))
    return sum(booking_reminder_claim(booking_id=pk, now=now) for pk in ids)


def bookings_purge(*, older_than_days: int) -> int:
    """Delete bookings whose consultation ended more than the retention period ago."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    deleted, _by_model = Booking.objects.filter(ends_at__lt=cutoff).delete()
    return deleted
