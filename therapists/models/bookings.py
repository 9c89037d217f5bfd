"""Free consultations: the times a therapist offers, and the bookings clients make in them.

Instants are stored in UTC; the weekly windows are wall-clock times in the offer's zone, so a
12:00 window stays 12:00 local across a daylight-saving change (therapists/inquiries/slots.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from directory.models import Province
from directory.text import single_line_validate
from therapists.models.validators import phone_validate

CONSULTATION_MINUTES = (10, 30)
HORIZON_DAYS = (2, 21)
NOTICE_HOURS = (0, 168)


class ConsultationZone(models.TextChoices):
    """Canada's time zones, by the IANA name whose rules (and daylight saving) they follow."""

    NEWFOUNDLAND = "America/St_Johns", _("Newfoundland time")
    ATLANTIC = "America/Halifax", _("Atlantic time")
    EASTERN = "America/Toronto", _("Eastern time")
    CENTRAL = "America/Winnipeg", _("Central time")
    SASKATCHEWAN = "America/Regina", _("Saskatchewan time (no daylight saving)")
    MOUNTAIN = "America/Edmonton", _("Mountain time")
    PACIFIC = "America/Vancouver", _("Pacific time")


# Where a province sits mostly; the therapist corrects it in their offer where it does not.
PROVINCE_ZONES = {
    Province.NL: ConsultationZone.NEWFOUNDLAND,
    Province.NS: ConsultationZone.ATLANTIC,
    Province.NB: ConsultationZone.ATLANTIC,
    Province.PE: ConsultationZone.ATLANTIC,
    Province.QC: ConsultationZone.EASTERN,
    Province.ON: ConsultationZone.EASTERN,
    Province.NU: ConsultationZone.EASTERN,
    Province.MB: ConsultationZone.CENTRAL,
    Province.SK: ConsultationZone.SASKATCHEWAN,
    Province.AB: ConsultationZone.MOUNTAIN,
    Province.NT: ConsultationZone.MOUNTAIN,
    Province.BC: ConsultationZone.PACIFIC,
    Province.YT: ConsultationZone.PACIFIC,
}


def province_zone(province: str) -> str:
    """The time zone most of a province keeps; Eastern for an unknown one."""
    return PROVINCE_ZONES.get(province, ConsultationZone.EASTERN)


class ConsultationWay(models.TextChoices):
    PHONE = "phone", _("Phone call")
    VIDEO = "video", _("Video call")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ConsultationOffer(models.Model):
    """How a therapist offers free consultations: length, zone, how far ahead, notice, ways."""

    therapist = models.OneToOneField(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="consultation_offer",
        verbose_name=_("therapist"),
        help_text=_("Who offers these times."),
    )
    minutes = models.PositiveSmallIntegerField(
        _("length"), default=20, help_text=_("Length of a free consultation, 10 to 30 minutes.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=ConsultationZone.choices,
        default=ConsultationZone.EASTERN,
        help_text=_("The zone the weekly windows are written in."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("how far ahead"), default=14, help_text=_("Clients may book up to this many days ahead.")
    )
    notice_hours = models.PositiveSmallIntegerField(
        _("notice"), default=24, help_text=_("Hours of notice needed before a consultation.")
    )
    by_phone = models.BooleanField(_("by phone"), default=True, help_text=_("Offers phone calls."))
    by_video = models.BooleanField(_("by video"), default=True, help_text=_("Offers video calls."))

    class Meta:
        verbose_name = _("consultation offer")
        verbose_name_plural = _("consultation offers")
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=CONSULTATION_MINUTES[0])
                & Q(minutes__lte=CONSULTATION_MINUTES[1]),
                name="consultation_minutes_in_range",
                violation_error_message=_("A free consultation lasts 10 to 30 minutes."),
            ),
            models.CheckConstraint(
                condition=Q(horizon_days__gte=HORIZON_DAYS[0])
                & Q(horizon_days__lte=HORIZON_DAYS[1]),
                name="consultation_horizon_in_range",
                violation_error_message=_("Clients may book 2 to 21 days ahead."),
            ),
            models.CheckConstraint(
                condition=Q(notice_hours__lte=NOTICE_HOURS[1]),
                name="consultation_notice_in_range",
                violation_error_message=_("The notice is at most 168 hours (a week)."),
            ),
            models.CheckConstraint(
                condition=Q(by_phone=True) | Q(by_video=True),
                name="consultation_has_a_way",
                violation_error_message=_("Offer phone calls, video calls or both."),
            ),
            models.CheckConstraint(
                condition=Q(time_zone__in=ConsultationZone.values),
                name="consultation_zone_known",
            ),
        ]

    def __str__(self):
        return _("Free consultations with %(therapist)s") % {"therapist": self.therapist}

    @property
    def ways(self) -> list[str]:
        """The ways to meet offered, in a fixed order."""
        offered = {ConsultationWay.PHONE: self.by_phone, ConsultationWay.VIDEO: self.by_video}
        return [way for way, yes in offered.items() if yes]


class ConsultationWindow(models.Model):
    """A weekly stretch of wall-clock time, in the offer's zone, when consultations may start."""

    offer = models.ForeignKey(
        ConsultationOffer,
        on_delete=models.CASCADE,
        related_name="windows",
        verbose_name=_("offer"),
        help_text=_("The offer this window belongs to."),
    )
    weekday = models.PositiveSmallIntegerField(
        _("day of the week"), choices=Weekday.choices, help_text=_("Which day, every week.")
    )
    starts = models.TimeField(
        pgettext_lazy("start of a time window", "from"),
        help_text=_("The first consultation starts then."),
    )
    ends = models.TimeField(
        pgettext_lazy("end of a time window", "until"),
        help_text=_("The last consultation ends by then."),
    )

    class Meta:
        verbose_name = _("weekly window")
        verbose_name_plural = _("weekly windows")
        ordering = ["offer", "weekday", "starts"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__gt=F("starts")),
                name="window_ends_after",
                violation_error_message=_("A window ends after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(weekday__gte=0) & Q(weekday__lte=6), name="window_weekday_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}-{self.ends:%H:%M}"


class ConsultationException(models.Model):
    """A day the weekly windows do not apply: a holiday, a day off."""

    offer = models.ForeignKey(
        ConsultationOffer,
        on_delete=models.CASCADE,
        related_name="exceptions",
        verbose_name=_("offer"),
        help_text=_("The offer this day off belongs to."),
    )
    day = models.DateField(_("day"), help_text=_("A date, in the offer's zone, with no times."))

    class Meta:
        verbose_name = _("day off")
        verbose_name_plural = _("days off")
        ordering = ["offer", "day"]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "day"],
                name="consultation_day_off_once",
                violation_error_message=_("This day is already a day off."),
            )
        ]

    def __str__(self):
        return str(self.day)


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")


class CancelledBy(models.TextChoices):
    CLIENT = "client", _("The client")
    THERAPIST = "therapist", _("The therapist")


class BookingQuerySet(models.QuerySet):
    def booked(self):
        """Bookings that hold their time."""
        return self.filter(status=BookingStatus.BOOKED)

    def upcoming(self, *, now=None):
        """Booked consultations that have not ended, soonest first."""
        return self.booked().filter(ends_at__gt=now or timezone.now()).order_by("starts_at")


class Booking(models.Model):
    """A free consultation a client booked in an offered time. Health information: kept briefly."""

    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="bookings",
        verbose_name=_("therapist"),
        help_text=_("Who the consultation is with."),
    )
    starts_at = models.DateTimeField(_("starts at"), help_text=_("The instant it starts."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("The instant it ends."))
    name = models.CharField(
        _("name"),
        max_length=120,
        validators=[single_line_validate],
        help_text=_("The client's name."),
    )
    email = models.EmailField(_("email"), help_text=_("Where the client is written to."))
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[phone_validate],
        help_text=_("Needed for a phone call."),
    )
    way = models.CharField(
        _("way to meet"),
        max_length=10,
        choices=ConsultationWay.choices,
        help_text=_("Phone or video, among those the therapist offers."),
    )
    client_time_zone = models.CharField(
        _("client's time zone"),
        max_length=40,
        choices=ConsultationZone.choices,
        help_text=_("The zone the client chose the time in; their emails use it."),
    )
    language = models.CharField(
        _("client's language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the client booked in; their emails use it."),
    )
    consent_at = models.DateTimeField(
        _("consent given at"), help_text=_("When the client agreed to the privacy notice.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=BookingStatus.choices,
        default=BookingStatus.BOOKED,
        help_text=_("Booked, or cancelled (which frees the time)."),
    )
    cancelled_by = models.CharField(
        _("cancelled by"),
        max_length=10,
        choices=CancelledBy.choices,
        blank=True,
        help_text=_("Who cancelled it."),
    )
    cancel_reason = models.TextField(
        _("reason for cancelling"),
        max_length=1000,
        blank=True,
        help_text=_("The message sent to the other person."),
    )
    revision = models.PositiveSmallIntegerField(
        _("revision"),
        default=0,
        editable=False,
        help_text=_("Counts moves and cancellations, so calendars replace the older invitation."),
    )
    reminded_at = models.DateTimeField(
        _("reminder sent at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the day-before reminders were queued; empty until then."),
    )
    created_at = models.DateTimeField(
        _("booked at"), default=timezone.now, db_index=True, help_text=_("When it was booked.")
    )

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at"]
        constraints = [
            # The rule that a time is booked at most once lives here, where a race cannot pass.
            models.UniqueConstraint(
                fields=["therapist", "starts_at"],
                condition=Q(status="booked"),
                name="booking_time_taken_once",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="booking_ends_after"
            ),
            models.CheckConstraint(
                condition=Q(status="booked", cancelled_by="")
                | Q(status="cancelled") & ~Q(cancelled_by=""),
                name="booking_cancelled_says_by_whom",
            ),
        ]

    def __str__(self):
        return _("%(name)s with %(therapist)s") % {"name": self.name, "therapist": self.therapist}


def therapist_default_zone(therapist) -> str:
    """The zone of the province of the therapist's first office, else of a verified credential."""
    office = therapist.offices.select_related("city").order_by("pk").first()
    if office is not None:
        return province_zone(office.city.province)
    credential = therapist.credentials.filter(status="verified").order_by("pk").first()
    if credential is not None and credential.jurisdiction:
        return province_zone(credential.jurisdiction)
    return ConsultationZone.EASTERN
