"""Mail backends for tests: one whose server is always down, one that fails only at first."""

import smtplib

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class DownBackend(BaseEmailBackend):
    """Every send fails, as when the mail server is unreachable."""

    attempts = 0

    def send_messages(self, messages):
        DownBackend.attempts += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class FlakyBackend(LocmemBackend):
    """The first send fails; later ones land in mail.outbox."""

    failures_left = 1

    def send_messages(self, messages):
        if FlakyBackend.failures_left:
            FlakyBackend.failures_left -= 1
            raise ConnectionRefusedError("Mail server not ready")
        return super().send_messages(messages)


__all__ = ["DownBackend", "FlakyBackend", "mail"]
