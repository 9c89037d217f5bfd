"""The emails a booking sends: to the client and to the therapist, each in their own language
and time zone (named), each with an iCalendar (.ics) file their calendar can take in.

The .ics gives the instant in UTC, which every calendar shows in its owner's zone; SEQUENCE
counts the booking's moves and cancellation so a calendar replaces the older copy.
"""

import datetime
import logging
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.tasks import default_task_backend, task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from directory.mail import sender
from therapists.inquiries.booking_links import booking_manage_url
from therapists.inquiries.services import NOTIFY_ATTEMPTS, retry_delay
from therapists.models import Booking, BookingStatus, ConsultationOffer, ConsultationZone

logger = logging.getLogger(__name__)


class BookingEvent(models.TextChoices):
    BOOKED = "booked"
    MOVED = "moved"
    CANCELLED = "cancelled"
    REMINDER = "reminder"


def zone_label(zone_name: str) -> str:
    """The zone's name for people: "Pacific time"."""
    return str(ConsultationZone(zone_name).label)


def when_in(instant: datetime.datetime, zone_name: str) -> str:
    """An instant as a reader in that zone says it, with the zone named, in the active language."""
    local = instant.astimezone(ZoneInfo(zone_name))
    return _("%(day)s at %(time)s, %(zone)s") % {
        "day": date_format(local, "l j F Y"),
        "time": date_format(local, "H:i"),
        "zone": zone_label(zone_name),
    }


def therapist_zone(booking: Booking) -> str:
    offer = ConsultationOffer.objects.filter(therapist_id=booking.therapist_id).first()
    return offer.time_zone if offer else ConsultationZone.EASTERN


def reader_settings(booking: Booking, reader: str) -> tuple[str, str, str]:
    """The reader's address, language and zone."""
    if reader == "client":
        return booking.email, booking.language, booking.client_time_zone
    owner = booking.therapist.owner
    return owner.email, owner.language or settings.LANGUAGE_CODE, therapist_zone(booking)


def booking_calendar(booking: Booking, *, summary: str, description: str) -> str:
    """The booking as an iCalendar file: one event, in UTC, cancelled if it was."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Therapist Directory//Free consultations//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"booking-{booking.pk}@{urlsplit(settings.SITE_URL).hostname}")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", booking.starts_at.astimezone(datetime.UTC))
    event.add("dtend", booking.ends_at.astimezone(datetime.UTC))
    event.add("sequence", booking.revision)
    cancelled = booking.status == BookingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("summary", summary)
    event.add("description", description)
    calendar.add_component(event)
    return calendar.to_ical().decode()


def booking_email(booking: Booking, event: str, reader: str, previous: str = "") -> EmailMessage:
    """One reader's email about one change to a booking, with the booking's .ics attached."""
    to, language, zone = reader_settings(booking, reader)
    with translation.override(language):
        context = {
            "booking": booking,
            "therapist": booking.therapist,
            "event": event,
            "reader": reader,
            "when": when_in(booking.starts_at, zone),
            "was": when_in(datetime.datetime.fromisoformat(previous), zone) if previous else "",
            "manage_url": booking_manage_url(booking) if reader == "client" else "",
            "site_name": settings.SITE_NAME,
        }
        subject = " ".join(
            render_to_string("therapists/email/booking_subject.txt", context).split()
        )
        body = render_to_string("therapists/email/booking_body.txt", context)
        other = booking.therapist.display_name if reader == "client" else booking.name
        summary = _("Free consultation with %(name)s") % {"name": other}
        ics = booking_calendar(booking, summary=summary, description=body)
        from_email = sender()
    message = EmailMessage(subject=subject, body=body, from_email=from_email, to=[to])
    message.attach("consultation.ics", ics, "text/calendar")
    return message


@task
def booking_notify(booking_id: int, event: str, reader: str, previous: str = "", attempt=1):
    """Email one reader about a booking; on failure, try again later where the queue can."""
    booking = Booking.objects.select_related("therapist__owner").filter(pk=booking_id).first()
    if booking is None:
        return False  # purged meanwhile
    try:
        booking_email(booking, event, reader, previous).send()
    except OSError:
        logger.warning(
            "Booking %s email to the %s failed (attempt %s)", booking_id, reader, attempt
        )
        if attempt < NOTIFY_ATTEMPTS and default_task_backend.supports_defer:
            booking_notify.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                booking_id, event, reader, previous, attempt + 1
            )
        raise
    return True
