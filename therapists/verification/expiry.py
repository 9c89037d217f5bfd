"""The daily round of the calendar: verifications lapse at the end of the registration year, and
therapists are reminded before they do."""

import datetime
import logging

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from therapists.listing import listing_refresh_all
from therapists.models import Credential, CredentialStatus, ExpiryReminder
from therapists.verification import notifications
from therapists.verification.transitions import credential_transition

logger = logging.getLogger(__name__)


def credential_expire_due(*, today: datetime.date | None = None) -> list[Credential]:
    """Mark verified credentials past their expiry date as expired, each with its event.

    Each credential changes in its own transaction, so one failure leaves the others done;
    running it again the same day finds nothing left to do.
    """
    today = today or timezone.localdate()
    due = Credential.objects.filter(status=CredentialStatus.VERIFIED, expires_on__lt=today)
    expired = []
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            credential = due.select_for_update(skip_locked=True).filter(pk=pk).first()
            if credential is None:  # renewed, or handled by a concurrent sweep, meanwhile
                continue
            credential_lapse(credential)
        expired.append(credential)
    return expired


def credential_lapse(credential: Credential) -> Credential:
    """Expire a credential whose registration year ended, or queue its unchecked renewal."""
    ended = _("The registration year ended on %(date)s.") % {
        "date": formats.date_format(credential.expires_on)
    }
    if credential.renewed_until is None:
        return credential_transition(
            credential=credential, to=CredentialStatus.EXPIRED, note=ended, notify=True
        )
    credential.expires_on, credential.renewed_until = credential.renewed_until, None
    credential.save(update_fields=["expires_on", "renewed_until", "updated_at"])
    waiting = _("The renewal to %(date)s waits for a check.") % {
        "date": formats.date_format(credential.expires_on)
    }
    return credential_transition(
        credential=credential, to=CredentialStatus.PENDING, note=f"{ended} {waiting}", notify=True
    )


def reminder_due(days_left: int) -> int | None:
    """The reminder a credential lapsing in so many days should have had by now, if any."""
    for lead in sorted(ExpiryReminder.Lead.values):
        if 0 <= days_left <= lead:
            return lead
    return None


def credential_remind_expiring(*, today: datetime.date | None = None) -> list[ExpiryReminder]:
    """Queue the 30-day and 7-day reminders due today; each goes once per expiry date.

    A day missed by the worker is caught up the next day; a credential verified with only
    days to go gets only the reminder that still makes sense.
    """
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=max(ExpiryReminder.Lead.values))
    expiring = Credential.objects.valid(on=today).filter(
        expires_on__lte=horizon,
        renewed_until__isnull=True,  # renewed: nothing to remind of
    )
    queued = []
    for credential in expiring.only("pk", "expires_on"):
        lead = reminder_due((credential.expires_on - today).days)
        with transaction.atomic():
            reminder, created = ExpiryReminder.objects.get_or_create(
                credential=credential, expires_on=credential.expires_on, days_before=lead
            )
            if created:
                notifications.notification_queue(notifications.EXPIRY_REMINDER, reminder.pk)
                queued.append(reminder)
    return queued


def credentials_sweep(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily round: lapse what has expired, remind what is about to, and check every
    profile's listing (a correction means a change somewhere missed its refresh)."""
    today = today or timezone.localdate()
    lapsed = credential_expire_due(today=today)
    to_check = [c for c in lapsed if c.status == CredentialStatus.PENDING]  # renewals unchecked
    reminded = credential_remind_expiring(today=today)
    corrected = listing_refresh_all()
    if corrected:
        logger.warning("The daily sweep corrected the listing of %d profile(s).", corrected)
    return {
        "expired": len(lapsed) - len(to_check),
        "renewals_to_check": len(to_check),
        "reminded": len(reminded),
        "listings_corrected": corrected,
    }
