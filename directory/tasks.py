"""Account emails, sent by Django's tasks framework (at once in development, by a worker in
production), so a slow mail server never holds up a page."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation

from directory.mail import sender
from directory.models import User


@task
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


@task
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


@task
def email_send(*, subject: str, body: str, to: str, sender: str) -> None:
    """An email already written (in the reader's language) by the request that asked for it."""
    send_mail(subject=subject, message=body, from_email=sender, recipient_list=[to])
