"""Notifications: emails to therapists about their credentials and videos, sent as tasks.

A notification is queued only once the decision is committed, so a mail failure never undoes a
decision; a send that fails is tried again, a few times, each time a little later.
"""

import datetime
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from directory.mail import sender
from therapists.models import (
    CredentialStatus,
    ExpiryReminder,
    IntroVideo,
    ModerationStatus,
    RenewalDecision,
    Therapist,
    VerificationEvent,
)

logger = logging.getLogger(__name__)

CREDENTIAL_EVENT = "credential-event"
EXPIRY_REMINDER = "expiry-reminder"
RENEWAL_DECIDED = "renewal-decided"
VIDEO_APPROVED = "video-approved"
VIDEO_REJECTED = "video-rejected"

MAX_ATTEMPTS = 5
# Minutes to wait before attempt 2, 3, 4 and 5, on a backend that can defer tasks.
RETRY_DELAYS_MINUTES = (1, 10, 60, 360)


def notification_queue(kind: str, object_id: int) -> None:
    """Send a notification once the transaction commits; a queueing failure is only logged."""
    transaction.on_commit(lambda: notification_send.enqueue(kind, object_id), robust=True)


@task()
def notification_send(kind: str, object_id: int, attempt: int = 1) -> bool:
    """Compose and send one notification; on a mail error, queue a later attempt and fail."""
    email = COMPOSERS[kind](object_id)
    if email is None:  # the therapist's account is gone, or nothing needs saying
        return False
    try:
        email.send()
    except OSError:  # smtplib's errors and network errors alike
        notification_retry(kind, object_id, attempt)
        raise
    if kind == EXPIRY_REMINDER:
        ExpiryReminder.objects.filter(pk=object_id).update(sent_at=timezone.now())
    return True


def notification_retry(kind: str, object_id: int, attempt: int) -> None:
    """Queue the next attempt, later each time where the backend can defer, up to a limit."""
    if attempt >= MAX_ATTEMPTS:
        logger.error("Giving up on notification %s %s after %s attempts.", kind, object_id, attempt)
        return
    retry = notification_send
    if retry.get_backend().supports_defer:
        delay = datetime.timedelta(minutes=RETRY_DELAYS_MINUTES[attempt - 1])
        retry = retry.using(run_after=timezone.now() + delay)
    retry.enqueue(kind, object_id, attempt + 1)


def in_language_of(owner):
    """Write to the account in the language it chose for emails."""
    return translation.override(owner.language or settings.LANGUAGE_CODE)


def notification_email(owner, subject: str, paragraphs: list[str]) -> EmailMessage:
    """The email to the account's owner: the paragraphs between a greeting and a signature."""
    greeting = _("Hello,")
    closing = _("The Therapist Directory verification team")
    body = "\n\n".join([greeting, *paragraphs, closing]) + "\n"
    return EmailMessage(subject, body, sender(), [owner.email])


def credential_event_notification(event_id: int, *, texts: Callable | None = None):
    """The email about one verification event; texts default to those of its new status."""
    event = (
        VerificationEvent.objects.select_related("credential__therapist__owner")
        .filter(pk=event_id)
        .first()
    )
    if event is None or event.credential is None:
        return None
    credential = event.credential
    with in_language_of(credential.therapist.owner):
        texts = texts or CREDENTIAL_TEXTS.get(event.to_status)
        if texts is None:
            return None
        subject, paragraphs = texts(event, credential)
        return notification_email(credential.therapist.owner, subject, paragraphs)


def checked_paragraphs(event, credential, checked: str) -> list[str]:
    """A verification that now counts, until when, and the verifier's note if they wrote one."""
    paragraphs = [
        checked
        % {
            "credential": event.credential_label,
            "date": formats.date_format(credential.expires_on),
        }
    ]
    if event.note:
        paragraphs.append(_("Note from the verifier: %(note)s") % {"note": event.note})
    return paragraphs


def approved_texts(event, credential) -> tuple[str, list[str]]:
    checked = _(
        "We checked %(credential)s with the body that issued it and verified it. "
        "It counts for your listing until %(date)s; we will remind you before then."
    )
    return _("Your credential is verified"), checked_paragraphs(event, credential, checked)


def rejected_texts(event, credential) -> tuple[str, list[str]]:
    return _("We could not verify your credential"), [
        _("We could not verify %(credential)s.") % {"credential": event.credential_label},
        _("Reason: %(reason)s") % {"reason": event.note},
        _("Correct the details or the evidence, then submit the credential again."),
    ]


def revoked_texts(event, credential) -> tuple[str, list[str]]:
    return _("Your credential's verification was withdrawn"), [
        _("We withdrew the verification of %(credential)s.")
        % {"credential": event.credential_label},
        _("Reason: %(reason)s") % {"reason": event.note},
        listing_status_text(credential.therapist),
    ]


def expired_texts(event, credential) -> tuple[str, list[str]]:
    return _("Your credential's verification has expired"), [
        _(
            "The verification of %(credential)s lapsed at the end of its registration year, "
            "on %(date)s."
        )
        % {
            "credential": event.credential_label,
            "date": formats.date_format(credential.expires_on),
        },
        _("Once you have renewed it, enter the new expiry date and evidence to have it checked."),
        listing_status_text(credential.therapist),
    ]


def renewal_waiting_texts(event, credential) -> tuple[str, list[str]]:
    """The registration year ended before a verifier could check the renewal entered."""
    return _("Your credential's renewal is waiting for our check"), [
        _(
            "The registration year of %(credential)s ended before we could check the renewal "
            "you entered, to %(date)s. We will check it as soon as we can and email you."
        )
        % {
            "credential": event.credential_label,
            "date": formats.date_format(credential.expires_on),
        },
        listing_status_text(credential.therapist),
    ]


def renewal_texts(event, credential) -> tuple[str, list[str]]:
    if event.renewal == RenewalDecision.CONFIRMED:
        return renewal_confirmed_texts(event, credential)
    return renewal_declined_texts(event, credential)


def renewal_confirmed_texts(event, credential) -> tuple[str, list[str]]:
    checked = _(
        "We checked the renewal of %(credential)s with the body that issued it. It counts "
        "for your listing until %(date)s; we will remind you before then."
    )
    return _("Your credential's renewal is confirmed"), checked_paragraphs(
        event, credential, checked
    )


def renewal_declined_texts(event, credential) -> tuple[str, list[str]]:
    return _("We could not confirm your credential's renewal"), [
        _("We could not confirm the renewal of %(credential)s.")
        % {"credential": event.credential_label},
        _("Reason: %(reason)s") % {"reason": event.note},
        _(
            "Its verification still ends on %(date)s. Correct the expiry date or the evidence "
            "before then to have it checked again."
        )
        % {"date": formats.date_format(credential.expires_on)},
    ]


def listing_status_text(therapist: Therapist) -> str:
    if Therapist.objects.listed().filter(pk=therapist.pk).exists():
        return _("Your other verified credentials keep your profile listed.")
    return _("Your profile is not listed until a credential is verified again.")


CREDENTIAL_TEXTS: dict[str, Callable] = {
    CredentialStatus.VERIFIED: approved_texts,
    CredentialStatus.REJECTED: rejected_texts,
    CredentialStatus.REVOKED: revoked_texts,
    CredentialStatus.EXPIRED: expired_texts,
    CredentialStatus.PENDING: renewal_waiting_texts,  # only the sweep notifies a return to pending
}


def expiry_reminder_notification(reminder_id: int) -> EmailMessage | None:
    reminder = (
        ExpiryReminder.objects.select_related("credential__therapist__owner")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None:
        return None
    credential = reminder.credential
    # Renewed or decided since the sweep queued it: the reminder no longer applies.
    if (
        credential.status != CredentialStatus.VERIFIED
        or credential.expires_on != reminder.expires_on
        or credential.renewed_until is not None
    ):
        return None
    with in_language_of(credential.therapist.owner):
        days_left = max((reminder.expires_on - timezone.localdate()).days, 0)
        subject = _("Your credential expires on %(date)s") % {
            "date": formats.date_format(reminder.expires_on)
        }
        return notification_email(
            credential.therapist.owner,
            subject,
            [
                _(
                    "The verification of %(credential)s ends on %(date)s, in %(days)s days, "
                    "with its registration year."
                )
                % {
                    "credential": credential,
                    "date": formats.date_format(reminder.expires_on),
                    "days": days_left,
                },
                _(
                    "Once you have renewed your registration, enter the new expiry date and "
                    "evidence so that we can check it before then and your listing continues."
                ),
            ],
        )


def video_notification(video_id: int, *, status: str) -> EmailMessage | None:
    video = IntroVideo.objects.select_related("therapist__owner").filter(pk=video_id).first()
    if video is None or video.status != status:  # decided again since: that notification will tell
        return None
    with in_language_of(video.therapist.owner):
        if status == ModerationStatus.APPROVED:
            subject = _("Your intro video is on your profile")
            paragraphs = [_("We watched your intro video and approved it: clients can see it now.")]
        else:
            subject = _("Your intro video was not approved")
            paragraphs = [
                _("We watched your intro video and could not approve it."),
                _("Reason: %(reason)s") % {"reason": video.reason},
                _("You can upload another video at any time."),
            ]
        return notification_email(video.therapist.owner, subject, paragraphs)


COMPOSERS: dict[str, Callable[[int], EmailMessage | None]] = {
    CREDENTIAL_EVENT: credential_event_notification,
    EXPIRY_REMINDER: expiry_reminder_notification,
    RENEWAL_DECIDED: lambda pk: credential_event_notification(pk, texts=renewal_texts),
    VIDEO_APPROVED: lambda pk: video_notification(pk, status=ModerationStatus.APPROVED),
    VIDEO_REJECTED: lambda pk: video_notification(pk, status=ModerationStatus.REJECTED),
}
