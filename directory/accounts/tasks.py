"""The account work that depends on whether an address has an account: done in a task, never
in the request, so the sign-up and password reset pages do the same work, in the same time,
for every address, and their timing cannot tell anyone which addresses have accounts.

The request only checks the form and the rate limits and queues one of these with the address;
the task looks the account up and queues the email (directory/tasks.py sends it, retrying while
the mail server is down).
"""

from django.conf import settings
from django.tasks import task
from django.urls import reverse
from django.utils import translation

from directory.accounts.forms import QueuedPasswordResetForm
from directory.accounts.services import confirmation_token, user_signup
from directory.tasks import email_confirmation_send, signup_existing_notice_send


@task
def signup_complete(*, email: str, password_hash: str, language: str, origin: str) -> None:
    """Make the account asked for, and send its confirmation link; or, when the address has an
    account already, tell its owner instead. `origin` is the site's scheme and host."""
    with translation.override(language):
        result = user_signup(email=email, password_hash=password_hash, language=language)
        if result.user is None:
            signup_existing_notice_send.enqueue(
                email=email,
                login_url=origin + reverse("accounts:login"),
                reset_url=origin + reverse("accounts:password_reset"),
                language=language,
            )
            return
        confirmation_email_enqueue(result.user, origin=origin, language=language)


def confirmation_email_enqueue(user, *, origin: str, language: str) -> None:
    """Queue the email with the link that confirms this account's address. `origin` is the
    site's scheme and host."""
    path = reverse("accounts:confirm", kwargs={"token": confirmation_token(user)})
    email_confirmation_send.enqueue(user_id=user.pk, confirm_url=origin + path, language=language)


@task
def password_reset_send(*, email: str, domain: str, use_https: bool, language: str) -> None:
    """Send a reset link to every active account of the address, if it has any (Django's reset
    form finds them and writes the email)."""
    with translation.override(language):
        form = QueuedPasswordResetForm({"email": email})
        if not form.is_valid():
            return
        form.save(
            domain_override=domain,
            use_https=use_https,
            subject_template_name="accounts/email/password_reset_subject.txt",
            email_template_name="accounts/email/password_reset_body.txt",
            extra_email_context={"site_name": settings.SITE_NAME},
        )
