"""Consultation requests from prospective clients, and whether and how fast they were answered."""

import datetime
import math
import statistics

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.text import single_line_validate
from therapists.models.profiles import ContactPreference
from therapists.models.validators import phone_validate


class InquiryPurpose(models.TextChoices):
    """What the client asks for: set from the therapist's availability when it is sent."""

    REQUEST = "request", _("Consultation request")
    WAITLIST = "waitlist", _("Waitlist request")


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    READ = "read", _("Read")
    REPLIED = "replied", _("Replied")
    DECLINED = "declined", _("Declined")
    ARCHIVED = "archived", _("Archived")


# Still waiting for the therapist: the states the reminders are about.
AWAITING_REPLY = (InquiryStatus.NEW, InquiryStatus.READ)
REPLY_TIME_DAYS = 90
REPLY_TIME_MIN_ANSWERED = 3


class InquiryQuerySet(models.QuerySet):
    def unanswered(self):
        """Neither replied to nor declined, whatever inbox folder it sits in."""
        return self.filter(replied_at__isnull=True, declined_at__isnull=True)

    def awaiting_reply(self):
        """New or read and not answered: what the therapist is reminded of."""
        return self.unanswered().filter(status__in=AWAITING_REPLY)

    def usual_reply_days(self, *, now: datetime.datetime | None = None) -> int | None:
        """The median wait for an answer over the last 90 days, in whole days rounded up; None
        below 3 answers, too few to say anything. One query; the median is taken in Python so
        that SQLite (development) and PostgreSQL agree."""
        answered = self.answered_recently(now=now).values_list("created_at", "answered")
        return reply_days([(answer - received).total_seconds() for received, answer in answered])

    def usual_reply_days_by_therapist(
        self, *, now: datetime.datetime | None = None
    ) -> dict[int, int]:
        """usual_reply_days for each therapist among these requests, in one query: therapist
        id -> days, for those with enough answers to say it."""
        answered = self.answered_recently(now=now).values_list(
            "therapist_id", "created_at", "answered"
        )
        waits: dict[int, list[float]] = {}
        for therapist_id, received, answer in answered:
            waits.setdefault(therapist_id, []).append((answer - received).total_seconds())
        days = {therapist_id: reply_days(seconds) for therapist_id, seconds in waits.items()}
        return {therapist_id: n for therapist_id, n in days.items() if n is not None}

    def answered_recently(self, *, now: datetime.datetime | None = None):
        """Answered (replied to or declined) in the last REPLY_TIME_DAYS, with `answered` set."""
        since = (now or timezone.now()) - datetime.timedelta(days=REPLY_TIME_DAYS)
        return self.annotate(answered=Coalesce("replied_at", "declined_at")).filter(
            answered__gte=since
        )


def reply_days(waits: list[float]) -> int | None:
    """The median of waits in seconds as whole days rounded up, or None below enough answers."""
    if len(waits) < REPLY_TIME_MIN_ANSWERED:
        return None
    return max(1, math.ceil(statistics.median(waits) / 86400))


class Inquiry(models.Model):
    """A consultation request from a prospective client. Health information: kept briefly."""

    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="inquiries",
        verbose_name=_("therapist"),
        help_text=_("Who it was sent to."),
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        validators=[single_line_validate],
        help_text=_("The client's name."),
    )
    email = models.EmailField(_("email"), help_text=_("Where the therapist can reply."))
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[phone_validate],
        help_text=_("Optional."),
    )
    message = models.TextField(
        _("message"), max_length=2000, help_text=_("What the client would like to talk about.")
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=10,
        choices=InquiryPurpose.choices,
        default=InquiryPurpose.REQUEST,
        help_text=_("A consultation, or a place on the therapist's waitlist."),
    )
    preferred_contact = models.CharField(
        _("preferred contact"),
        max_length=10,
        choices=ContactPreference.choices,
        default=ContactPreference.EMAIL,
        help_text=_("How the client prefers to be contacted."),
    )
    consent_at = models.DateTimeField(
        _("consent given at"), help_text=_("When the client agreed to the privacy notice.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InquiryStatus.choices,
        default=InquiryStatus.NEW,
        help_text=_("Where it stands in the therapist's inbox."),
    )
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the request was written in; the client's emails use it."),
    )
    replied_at = models.DateTimeField(
        _("replied at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the therapist replied, through the directory or another way."),
    )
    reply = models.TextField(
        _("reply"),
        max_length=5000,
        blank=True,
        editable=False,
        help_text=_("What the directory sent on the therapist's behalf; empty otherwise."),
    )
    declined_at = models.DateTimeField(
        _("declined at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the therapist declined; the client was sent a kind note."),
    )
    answer_sent_at = models.DateTimeField(
        _("answer emailed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the reply or the note of a decline went out to the client."),
    )
    reminded_2d_at = models.DateTimeField(
        _("two-day reminder at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the therapist's reminder after two days was queued; once only."),
    )
    reminded_5d_at = models.DateTimeField(
        _("five-day reminder at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the therapist's reminder after five days was queued; once only."),
    )
    no_answer_told_at = models.DateTimeField(
        _("client told of no answer at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the client's note that no answer came was queued; once only."),
    )
    notified_at = models.DateTimeField(
        _("therapist notified at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the notification email went out; empty until it did."),
    )
    created_at = models.DateTimeField(
        _("received"), default=timezone.now, db_index=True, help_text=_("When it arrived.")
    )

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["therapist", "status"], name="inquiry_inbox")]
        constraints = [
            models.CheckConstraint(
                condition=Q(replied_at__isnull=True) | Q(declined_at__isnull=True),
                name="inquiry_replied_or_declined",
            ),
            models.CheckConstraint(
                condition=~Q(status="replied") | Q(replied_at__isnull=False),
                name="inquiry_replied_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | Q(declined_at__isnull=False),
                name="inquiry_declined_has_time",
            ),
        ]

    def __str__(self):
        return _("%(name)s to %(therapist)s") % {"name": self.name, "therapist": self.therapist}

    @property
    def answered_at(self) -> datetime.datetime | None:
        return self.replied_at or self.declined_at
