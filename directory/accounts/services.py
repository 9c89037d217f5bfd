"""Accounts: sign-up, email confirmation by a signed link, the login throttle's key and the
limit on account emails.

Everything here stands on the User alone, so it lives on the ground floor (directory/) and the
apps above build on it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import User
from directory.ratelimits import email_rate_limited

CONFIRMATION_SALT = "directory.accounts.email-confirmation"


def axes_username(request, credentials) -> str:
    """The email a login attempt names, in lower case, so "Ana@x.ca" and "ana@x.ca" count once."""
    credentials = credentials or {}
    typed = credentials.get("username") or request.POST.get("username") or ""
    return typed.strip().lower()


@dataclass(frozen=True)
class SignupResult:
    """The account made, or None when the email already had one (the caller says nothing)."""

    user: User | None


def user_signup(*, email: str, password_hash: str, language: str) -> SignupResult:
    """Create an unconfirmed account, writing to it in the sign-up page's language.

    The password arrives hashed (by the request, which hashes it whatever the address, so the
    timing tells nothing); an email already in use creates nothing.
    """
    if User.objects.filter(email__iexact=email).exists():
        return SignupResult(user=None)
    try:
        with transaction.atomic():
            user = User.objects.create(
                email=User.objects.normalize_email(email),
                password=password_hash,
                language=language,
            )
    except IntegrityError:  # the same address, signed up a moment ago
        return SignupResult(user=None)
    return SignupResult(user=user)


def confirmation_token(user: User) -> str:
    """A signed, timestamped token naming the account and the address it confirms."""
    signer = signing.TimestampSigner(salt=CONFIRMATION_SALT)
    return signer.sign_object({"user": user.pk, "email": user.email.lower()})


class ConfirmationError(Exception):
    """The link is broken, expired, or for an address the account no longer has."""

    def __init__(self, message: str, *, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def email_confirm(*, token: str) -> User:
    """Mark the address in the token confirmed; the same link again changes nothing."""
    signer = signing.TimestampSigner(salt=CONFIRMATION_SALT)
    max_age = settings.EMAIL_CONFIRMATION_MAX_AGE
    try:
        data = signer.unsign_object(token, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ConfirmationError(
            str(_("This confirmation link has expired.")), expired=True
        ) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise ConfirmationError(str(_("This confirmation link is not valid."))) from error
    user = User.objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None or user.email.lower() != data.get("email"):
        raise ConfirmationError(str(_("This confirmation link is not valid.")))
    if user.email_confirmed_at is None:
        user.email_confirmed_at = timezone.now()
        user.save(update_fields=["email_confirmed_at"])
    return user


def account_email_rate_limited(request, email: str) -> bool:
    """Whether an email asked for by this request (a sign-up notice, a reset or confirmation
    link) would be one too many; fails closed (directory/ratelimits.py)."""
    return email_rate_limited(request, email, group="account-email")
