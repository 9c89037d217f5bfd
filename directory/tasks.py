"""Account emails, sent by Django's tasks framework (at once in development, by a worker in
production), so a slow mail server never holds up a page, and one that is down only delays
them: a failed send is queued again for later."""

import datetime
import functools
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from directory.mail import sender
from directory.models import User

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5


def mail_retry_delay(attempt: int) -> datetime.timedelta:
    """Wait longer after each failure: 1, 4, 16, 64 minutes."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


def mail_retry(mail_task_, *, attempt: int, **arguments) -> None:
    """Queue the next attempt of a mail task whose send failed, up to MAIL_ATTEMPTS in all, on
    a queue that can wait (the database's, in production)."""
    if attempt >= MAIL_ATTEMPTS:
        logger.error("Giving up on %s after %s attempts.", mail_task_.name, attempt)
        return
    if not mail_task_.get_backend().supports_defer:
        return
    later = timezone.now() + mail_retry_delay(attempt)
    mail_task_.using(run_after=later).enqueue(attempt=attempt + 1, **arguments)


def mail_task(function):
    """A task that sends mail and, when the mail server fails, queues itself again for later.

    A send that raised sent nothing (smtplib's errors are OSErrors, as the network's are), so
    the next attempt sends the email once.
    """

    def send(context, *, attempt: int = 1, **arguments):
        try:
            return function(**arguments)
        except OSError:
            logger.warning("%s failed (attempt %s); queued again.", function.__name__, attempt)
            mail_retry(context.task_result.task, attempt=attempt, **arguments)
            raise

    # The task is found by the name of the function it sends for; its signature stays send's
    # own, whose first argument is the context the tasks framework passes.
    functools.update_wrapper(send, function)
    del send.__wrapped__
    return task(takes_context=True)(send)


@mail_task
def email_confirmation_send(*, user_id: int, confirm_url: str, language: str) -> None:
    """The link that confirms a new account's address."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return
    with translation.override(language):
        context = {"confirm_url": confirm_url, "site_name": settings.SITE_NAME}
        send_mail(
            subject=render_to_string("accounts/email/confirm_subject.txt", context).strip(),
            message=render_to_string("accounts/email/confirm_body.txt", context),
            from_email=sender(),
            recipient_list=[user.email],
        )


@mail_task
def signup_existing_notice_send(*, email: str, login_url: str, reset_url: str, language: str):
    """Someone signed up with an address that has an account: tell its owner, not the visitor."""
    with translation.override(language):
        context = {"login_url": login_url, "reset_url": reset_url, "site_name": settings.SITE_NAME}
        send_mail(
            subject=render_to_string("accounts/email/existing_subject.txt", context).strip(),
            message=render_to_string("accounts/email/existing_body.txt", context),
            from_email=sender(),
            recipient_list=[email],
        )


@mail_task
def email_send(*, subject: str, body: str, to: str, sender: str) -> None:
    """An email already written (in the reader's language) by the request that asked for it."""
    send_mail(subject=subject, message=body, from_email=sender, recipient_list=[to])
