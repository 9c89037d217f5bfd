"""A client's wish to hear when a matching therapist starts accepting new clients.

Kept with as little as the job needs: the address, the language to write in, and either the
search (its query string, as the search's address holds it) or the full profile it was left
on; then when it was confirmed, when we last wrote, and which therapists we already named.
Nothing else about the person. Deleted at unsubscribe, and ALERT_RETENTION_DAYS after it was
left (therapists/inquiries/alerts.py).
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from therapists.models.fields import TermSet

ALERT_RETENTION_DAYS = 90
# At most one email to an address in this time, however many alerts it left.
ALERT_EMAIL_INTERVAL = datetime.timedelta(days=7)
# An alert not confirmed by then is deleted, and its link no longer works.
ALERT_CONFIRM_DAYS = 7
QUERY_MAX_LENGTH = 2000


class OpeningAlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def for_address(self, email: str):
        return self.filter(email=email.strip().lower())

    def due_for_deletion(self, *, now: datetime.datetime | None = None):
        """Left more than ALERT_RETENTION_DAYS ago, or never confirmed in ALERT_CONFIRM_DAYS."""
        now = now or timezone.now()
        old = models.Q(created_at__lt=now - datetime.timedelta(days=ALERT_RETENTION_DAYS))
        unconfirmed = models.Q(
            confirmed_at__isnull=True,
            created_at__lt=now - datetime.timedelta(days=ALERT_CONFIRM_DAYS),
        )
        return self.filter(old | unconfirmed)

    def written_recently(self, *, now: datetime.datetime | None = None):
        """Alerts whose address we wrote to within ALERT_EMAIL_INTERVAL."""
        return self.filter(last_sent_at__gt=(now or timezone.now()) - ALERT_EMAIL_INTERVAL)


class OpeningAlert(models.Model):
    """Tell this address once when a therapist matching the search (or this full profile)
    starts accepting new clients."""

    email = models.EmailField(_("email"), help_text=_("Where to write; stored in lower case."))
    language = models.CharField(
        _("language"), max_length=8, help_text=_("The language the emails are written in.")
    )
    query = models.CharField(
        _("search"),
        max_length=QUERY_MAX_LENGTH,
        blank=True,
        help_text=_("The search's query string, as in its address; blank for a profile's alert."),
    )
    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="opening_alerts",
        verbose_name=_("therapist"),
        help_text=_("The full profile the alert was left on, if any."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, help_text=_("Left on."))
    confirmed_at = models.DateTimeField(
        _("confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the address confirmed it; nothing is sent before."),
    )
    last_sent_at = models.DateTimeField(
        _("last sent at"), null=True, blank=True, help_text=_("When we last wrote.")
    )
    # The therapists already named to this address, never named again.
    sent = TermSet()

    objects = OpeningAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("opening alert")
        verbose_name_plural = _("opening alerts")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["email"], name="openingalert_email")]

    def __str__(self):
        return self.email
