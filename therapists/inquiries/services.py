"""Consultation requests: stored first, then the therapist is told, and deleted on schedule.

An inquiry is health information. It is committed before any email is attempted, so a mail
server that is down never loses one; the notification is retried until it goes out.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.tasks import default_task_backend, task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from directory.mail import message_id, sender
from directory.ratelimits import rate_limited
from therapists.models import Accepting, Inquiry, InquiryPurpose, Therapist

logger = logging.getLogger(__name__)

NOTIFY_ATTEMPTS = 5


@transaction.atomic
def inquiry_create(
    *,
    therapist: Therapist,
    name: str,
    email: str,
    phone: str = "",
    preferred_contact: str,
    message: str,
    language: str | None = None,
    purpose: str = InquiryPurpose.REQUEST,
) -> Inquiry:
    """Store the request with the time consent was given and the language it was written in
    (the active one unless given), then queue the therapist's email."""
    inquiry = Inquiry.objects.create(
        language=language or request_language(),
        therapist=therapist,
        name=name,
        email=email,
        phone=phone,
        preferred_contact=preferred_contact,
        message=message,
        purpose=purpose,
        consent_at=timezone.now(),
    )
    transaction.on_commit(lambda: inquiry_notify.enqueue(inquiry.pk))
    return inquiry


def inquiry_purpose(therapist: Therapist) -> str | None:
    """What a request to the therapist asks for, by what they say of new clients: a place on
    their waitlist, a consultation, or nothing, since one not accepting takes no requests."""
    if therapist.accepting == Accepting.CLOSED:
        return None
    if therapist.accepting == Accepting.WAITLIST:
        return InquiryPurpose.WAITLIST
    return InquiryPurpose.REQUEST


def request_language() -> str:
    """The active language if the site offers it, else the default: the client's emails use it."""
    active = translation.get_language() or ""
    return active if active in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def retry_delay(attempt: int) -> datetime.timedelta:
    """Wait longer after each failure: 1, 4, 16, 64 minutes."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


@task
def inquiry_notify(inquiry_id: int, attempt: int = 1) -> bool:
    """Email the therapist about one inquiry; on failure, try again later where the queue can."""
    inquiry = Inquiry.objects.select_related("therapist__owner").filter(pk=inquiry_id).first()
    if inquiry is None or inquiry.notified_at:
        return False  # purged or deleted meanwhile, or already sent
    try:
        notification_email(inquiry).send()
    except OSError:
        logger.warning("Notification of inquiry %s failed (attempt %s)", inquiry_id, attempt)
        if attempt < NOTIFY_ATTEMPTS and default_task_backend.supports_defer:
            inquiry_notify.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                inquiry_id, attempt + 1
            )
        raise
    try:
        Inquiry.objects.filter(pk=inquiry.pk).update(notified_at=timezone.now())
    except DatabaseError:
        # Sent, but the database went before it was recorded: the task runs again once it is
        # back, and sends the same email (the same Message-ID) again.
        logger.warning("Notification of inquiry %s sent but not recorded", inquiry_id)
        raise
    return True


def notification_email(inquiry: Inquiry) -> EmailMessage:
    """The therapist's email, in the language they chose for emails, with the client's words."""
    with translation.override(inquiry.therapist.owner.language or settings.LANGUAGE_CODE):
        context = {
            "inquiry": inquiry,
            "therapist": inquiry.therapist,
            "retention_days": settings.INQUIRY_RETENTION_DAYS,
            "inquiry_url": settings.SITE_URL
            + reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk}),
        }
        # A mail header is one line, and the template file ends with a line break.
        subject = " ".join(
            render_to_string("therapists/email/inquiry_subject.txt", context).split()
        )
        body = render_to_string("therapists/email/inquiry_body.txt", context)
        from_email = sender()
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=from_email,
        to=[inquiry.therapist.owner.email],
        reply_to=[inquiry.email],
        headers={"Message-ID": message_id("inquiry", inquiry.pk, inquiry.created_at)},
    )


def inquiries_notify_pending(*, older_than: datetime.timedelta) -> int:
    """Queue again every notification that has not gone out; for a periodic job."""
    cutoff = timezone.now() - older_than
    pending = Inquiry.objects.filter(notified_at__isnull=True, created_at__lte=cutoff)
    ids = list(pending.values_list("pk", flat=True))
    for inquiry_id in ids:
        inquiry_notify.enqueue(inquiry_id)
    return len(ids)


def inquiries_purge(*, older_than_days: int) -> int:
    """Delete inquiries received more than the retention period ago; returns how many."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    deleted, _by_model = Inquiry.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def inquiry_rate_limited(request, therapist: Therapist) -> bool:
    """Too many requests from this address, or to this therapist, in the recent past.

    Fails open: with the cache down the limit is not checked, and the request is stored."""
    by_address = rate_limited(
        request,
        group="inquiry-address",
        key="ip",
        rate=settings.INQUIRY_RATE_PER_ADDRESS,
        fail_open=True,
    )
    by_therapist = rate_limited(
        request,
        group="inquiry-therapist",
        key=lambda _group, _request: str(therapist.pk),
        rate=settings.INQUIRY_RATE_PER_THERAPIST,
        fail_open=True,
    )
    return by_address or by_therapist
