"""Answering a request: a reply sent by the site, a reply made another way, or a decline, and
the inbox's own filing (read, unread, archived).

Every answer is committed before its email is attempted (the email is a task queued on commit),
so a mail server that is down never loses one; `manage.py remind_inquiries` queues again any
that has not gone out. An answer is recorded once: a request already replied to or declined
cannot be answered again, which a conditional UPDATE decides, so two clicks cannot both win.
"""

import datetime
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from therapists.inquiries import reply_emails as emails
from therapists.models import Inquiry, InquiryStatus

logger = logging.getLogger(__name__)

REPLY_MAX_LENGTH = 5000
ALREADY_ANSWERED = _("This request was already answered; nothing was changed.")
EMPTY_REPLY = _("Write your reply before sending it.")
# Where the inbox's own buttons may file a request; the answers have their own functions.
FILING = (InquiryStatus.NEW, InquiryStatus.READ, InquiryStatus.ARCHIVED)


def answer_record(*, inquiry: Inquiry, **changes) -> Inquiry:
    """Record an answer if there is none yet, in one conditional UPDATE; else refuse."""
    unanswered = Inquiry.objects.unanswered().filter(pk=inquiry.pk)
    if not unanswered.update(**changes):
        raise ValidationError(ALREADY_ANSWERED, code="answered")
    for field, value in changes.items():
        setattr(inquiry, field, value)
    return inquiry


@transaction.atomic
def inquiry_reply(*, inquiry: Inquiry, message: str) -> Inquiry:
    """Record the therapist's reply and, once committed, send it to the client with Reply-To
    set to the therapist, so that the client's answer reaches them directly."""
    message = message.strip()
    if not message:
        raise ValidationError(EMPTY_REPLY, code="empty")
    if len(message) > REPLY_MAX_LENGTH:
        too_long = _("A reply has at most %(max)s characters.")
        raise ValidationError(too_long, code="long", params={"max": REPLY_MAX_LENGTH})
    answer_record(
        inquiry=inquiry, status=InquiryStatus.REPLIED, replied_at=timezone.now(), reply=message
    )
    answer_queue(inquiry)
    return inquiry


@transaction.atomic
def inquiry_mark_replied(*, inquiry: Inquiry) -> Inquiry:
    """The therapist answered another way (phone, their own email): recorded, nothing sent."""
    return answer_record(inquiry=inquiry, status=InquiryStatus.REPLIED, replied_at=timezone.now())


@transaction.atomic
def inquiry_decline(*, inquiry: Inquiry) -> Inquiry:
    """Record the decline and, once committed, send the client a kind note with a search of
    similar therapists."""
    answer_record(inquiry=inquiry, status=InquiryStatus.DECLINED, declined_at=timezone.now())
    answer_queue(inquiry)
    return inquiry


@transaction.atomic
def inquiry_file(*, inquiry: Inquiry, status: str) -> Inquiry:
    """Mark read or unread, archive, or move back to the inbox. An answered request keeps its
    answer: moved back, it shows as replied or declined again, and it cannot be made unread."""
    if status not in FILING:
        raise ValidationError(_("That is not a status an inquiry can be given."), code="status")
    if inquiry.answered_at and status == InquiryStatus.NEW:
        raise ValidationError(_("An answered request cannot be marked unread."), code="answered")
    if inquiry.answered_at and status == InquiryStatus.READ:
        status = InquiryStatus.REPLIED if inquiry.replied_at else InquiryStatus.DECLINED
    Inquiry.objects.filter(pk=inquiry.pk).update(status=status)
    inquiry.status = status
    return inquiry


def answer_queue(inquiry: Inquiry) -> None:
    # robust: the answer is committed; a queue that fails is caught up by remind_inquiries.
    transaction.on_commit(lambda: inquiry_answer_send.enqueue(inquiry.pk), robust=True)


@task
def inquiry_answer_send(inquiry_id: int) -> bool:
    """Email the client the reply or the note of a decline, once."""
    inquiry = Inquiry.objects.select_related("therapist__owner").filter(pk=inquiry_id).first()
    if inquiry is None or inquiry.answer_sent_at or not answer_to_send(inquiry):
        return False  # purged meanwhile, already sent, or answered another way
    email = emails.reply_email(inquiry) if inquiry.reply else emails.decline_email(inquiry)
    try:
        email.send()
    except OSError:
        logger.warning("The answer to inquiry %s was not emailed; queued again later.", inquiry_id)
        raise
    Inquiry.objects.filter(pk=inquiry.pk).update(answer_sent_at=timezone.now())
    return True


def answer_to_send(inquiry: Inquiry) -> bool:
    """A reply written in the inbox, or a decline: the two answers the site sends."""
    return bool(inquiry.reply and inquiry.replied_at) or bool(inquiry.declined_at)


def answers_send_pending(*, older_than: datetime.timedelta) -> int:
    """Queue again every answer whose email has not gone out; for the periodic job."""
    cutoff = timezone.now() - older_than
    pending = Inquiry.objects.filter(answer_sent_at__isnull=True).filter(
        Q(replied_at__lte=cutoff, reply__gt="") | Q(declined_at__lte=cutoff)
    )
    ids = list(pending.values_list("pk", flat=True))
    for inquiry_id in ids:
        inquiry_answer_send.enqueue(inquiry_id)
    return len(ids)
