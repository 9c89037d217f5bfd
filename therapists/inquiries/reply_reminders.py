"""Reminders about unanswered requests: the therapist at 2 and 5 days, the client at 7 days.

`manage.py remind_inquiries` runs every 15 minutes. Each reminder is claimed with a conditional
UPDATE of its own timestamp (`... WHERE reminded_2d_at IS NULL`) and its email task is queued in
the same transaction: with the database task queue the claim and the task are committed together
or not at all, so a worker or command that stops half-way neither loses a reminder nor sends one
twice, and a second run of the command finds nothing left to claim. A send that fails hands its
claim back, and the next run queues it again.

Each reminder is due only in its own window (the 2-day one before the fifth day, and so on), so
a job that was down for days sends the reminder that still makes sense, not all three at once.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.tasks import task
from django.utils import timezone

from therapists.inquiries import reply_emails as emails
from therapists.inquiries.replies import answers_send_pending
from therapists.models import AWAITING_REPLY, Inquiry, InquiryStatus

logger = logging.getLogger(__name__)

DAY = datetime.timedelta(days=1)
# The client hears of silence whatever folder the request sits in, unless it was answered.
NOT_ANSWERED = (*AWAITING_REPLY, InquiryStatus.ARCHIVED)


@dataclass(frozen=True)
class Reminder:
    kind: str
    field: str  # the timestamp that claims it, once
    days: int  # due this many days after the request arrived
    until_days: int  # and no longer after this many
    statuses: tuple[str, ...]  # the inbox states in which it still makes sense

    def due(self, now: datetime.datetime) -> QuerySet:
        return Inquiry.objects.unanswered().filter(
            status__in=self.statuses,
            created_at__lte=now - self.days * DAY,
            created_at__gt=now - self.until_days * DAY,
            **{f"{self.field}__isnull": True},
        )

    def applies(self, inquiry: Inquiry) -> bool:
        """Still true when the task runs (the therapist may have answered meanwhile)."""
        return inquiry.status in self.statuses and not inquiry.answered_at

    def email(self, inquiry: Inquiry):
        if self.kind == NO_ANSWER:
            return emails.no_answer_email(inquiry)
        return emails.reminder_email(inquiry, days=self.days)


THERAPIST_2D, THERAPIST_5D, NO_ANSWER = "therapist-2d", "therapist-5d", "client-no-answer"
REMINDERS = {
    reminder.kind: reminder
    for reminder in (
        Reminder(THERAPIST_2D, "reminded_2d_at", 2, 5, AWAITING_REPLY),
        Reminder(THERAPIST_5D, "reminded_5d_at", 5, 7, AWAITING_REPLY),
        Reminder(NO_ANSWER, "no_answer_told_at", 7, 14, NOT_ANSWERED),
    )
}


def inquiry_reminder_claim(*, inquiry_id: int, reminder: Reminder, now: datetime.datetime) -> bool:
    """Claim one reminder and queue its email together; False when it was already claimed."""
    with transaction.atomic():
        claimed = Inquiry.objects.filter(pk=inquiry_id, **{f"{reminder.field}__isnull": True})
        if not claimed.update(**{reminder.field: now}):
            return False
        inquiry_remind_send.enqueue(inquiry_id, reminder.kind)
    return True


def inquiries_remind_due(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Claim and queue every reminder due now; returns how many of each kind were queued."""
    now = now or timezone.now()
    queued = {}
    for reminder in REMINDERS.values():
        ids = list(reminder.due(now).values_list("pk", flat=True))
        queued[reminder.kind] = sum(
            inquiry_reminder_claim(inquiry_id=pk, reminder=reminder, now=now) for pk in ids
        )
    return queued


@task
def inquiry_remind_send(inquiry_id: int, kind: str) -> bool:
    """Send one claimed reminder; on a mail error, hand the claim back for the next run."""
    reminder = REMINDERS[kind]
    inquiry = Inquiry.objects.select_related("therapist__owner").filter(pk=inquiry_id).first()
    if inquiry is None or not reminder.applies(inquiry):
        return False  # purged, or answered since it was claimed
    try:
        reminder.email(inquiry).send()
    except OSError:
        logger.warning("Reminder %s of inquiry %s failed; tried again later.", kind, inquiry_id)
        Inquiry.objects.filter(pk=inquiry_id).update(**{reminder.field: None})
        raise
    return True


def inquiries_follow_up(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """The periodic job: the reminders due, and the answers whose email has not gone out."""
    queued = inquiries_remind_due(now=now)
    queued["answers"] = answers_send_pending(older_than=datetime.timedelta(minutes=5))
    return queued
