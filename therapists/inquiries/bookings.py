"""Booking a free consultation, cancelling it and moving it; the database decides every race.

A time is checked against the free times offered right now, then taken by inserting the row;
the partial unique constraint on (therapist, start) refuses the second of two clients who chose
the same time at once, and that client is told and shown the next free times. Emails are
queued only once the change is committed.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.ratelimits import rate_limited
from therapists.inquiries.booking_mail import BookingEvent, booking_notify
from therapists.inquiries.slots import offer_free_starts
from therapists.models import (
    Booking,
    BookingStatus,
    CancelledBy,
    ConsultationOffer,
    ConsultationWay,
    ConsultationZone,
    Therapist,
)

NEXT_TIMES_SHOWN = 5


class BookingRefused(Exception):
    """A booking, move or cancellation that cannot be made; the message says why."""

    def __init__(self, message: str, *, next_starts: list[datetime.datetime] = ()):
        super().__init__(message)
        self.message = message
        self.next_starts = list(next_starts)


class SlotTaken(BookingRefused):
    """Someone else booked that time first."""


def bookable_offer(therapist: Therapist) -> ConsultationOffer | None:
    """The therapist's offer if clients may book it now: listed, accepting, free consultation."""
    open_to_clients = (
        Therapist.objects.listed()
        .accepting_clients()
        .filter(pk=therapist.pk, free_consultation=True)
        .exists()
    )
    offer = ConsultationOffer.objects.filter(therapist=therapist).first()
    if not open_to_clients or offer is None or not offer.windows.exists():
        return None
    return offer


def bookable_offers(therapist_ids) -> dict[int, ConsultationOffer]:
    """bookable_offer for many therapists at once (therapist id -> offer, for those clients may
    book now), with the offers' windows and days off: three queries whatever their number."""
    open_to_clients = (
        Therapist.objects.listed()
        .accepting_clients()
        .filter(pk__in=therapist_ids, free_consultation=True)
    )
    offers = ConsultationOffer.objects.filter(therapist__in=open_to_clients).prefetch_related(
        "windows", "exceptions"
    )
    return {offer.therapist_id: offer for offer in offers if offer.windows.all()}


def next_starts(offer: ConsultationOffer, *, exclude: Booking | None = None) -> list:
    return offer_free_starts(offer, exclude=exclude, limit=NEXT_TIMES_SHOWN)


def start_check(
    offer: ConsultationOffer,
    start: datetime.datetime,
    *,
    now: datetime.datetime,
    exclude: Booking | None = None,
) -> None:
    """Refuse a start that has passed, is too soon or too far, or is not a free time now."""
    if start <= now:
        raise BookingRefused(_("This time has already passed. Please choose another."))
    if start < now + datetime.timedelta(hours=offer.notice_hours):
        message = ngettext(
            "This time is too soon: the therapist needs %(hours)d hour of notice.",
            "This time is too soon: the therapist needs %(hours)d hours of notice.",
            offer.notice_hours,
        ) % {"hours": offer.notice_hours}
        raise BookingRefused(message)
    if start >= now + datetime.timedelta(days=offer.horizon_days):
        message = ngettext(
            "This time is too far ahead: times can be booked up to %(days)d day ahead.",
            "This time is too far ahead: times can be booked up to %(days)d days ahead.",
            offer.horizon_days,
        ) % {"days": offer.horizon_days}
        raise BookingRefused(message)
    # Every free time, not a page of them: the one chosen may be far down the list.
    if start in offer_free_starts(offer, now=now, exclude=exclude, limit=None):
        return
    taken = Booking.objects.booked().filter(therapist_id=offer.therapist_id, starts_at=start)
    if taken.exists():
        raise SlotTaken(taken_message(), next_starts=next_starts(offer, exclude=exclude))
    raise BookingRefused(_("This time is not offered. Please choose one of the times shown."))


def taken_message() -> str:
    return _("Someone has just booked this time. Please choose another.")


def details_check(*, offer: ConsultationOffer, way: str, phone: str, client_zone: str) -> None:
    if way not in offer.ways:
        raise BookingRefused(_("This therapist does not offer that way to meet."))
    if way == ConsultationWay.PHONE and not phone:
        raise BookingRefused(_("Add a phone number for a phone call."))
    if client_zone not in ConsultationZone.values:
        raise BookingRefused(_("That time zone is not one of Canada's."))


@transaction.atomic
def booking_create(
    *,
    therapist: Therapist,
    start: datetime.datetime,
    name: str,
    email: str,
    phone: str = "",
    way: str,
    consent: bool,
    client_zone: str = "",
    now: datetime.datetime | None = None,
) -> Booking:
    """Book a free time for a client who consented, then queue both emails once committed."""
    now = now or timezone.now()
    offer = bookable_offer(therapist)
    if offer is None:
        raise BookingRefused(_("This therapist is not taking consultation bookings now."))
    if not consent:
        raise BookingRefused(_("Please tick the box to agree before booking."))
    client_zone = client_zone or offer.time_zone
    details_check(offer=offer, way=way, phone=phone, client_zone=client_zone)
    start_check(offer, start, now=now)
    booking = Booking(
        therapist=therapist,
        starts_at=start,
        ends_at=start + datetime.timedelta(minutes=offer.minutes),
        name=name,
        email=email,
        phone=phone,
        way=way,
        client_time_zone=client_zone,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        consent_at=now,
    )
    booking.full_clean(validate_constraints=False)
    take_time(booking, offer, fields=None)
    booking_notify_on_commit(booking, BookingEvent.BOOKED)
    return booking


def take_time(booking: Booking, offer: ConsultationOffer, *, fields: list[str] | None) -> None:
    """Insert or update the row in a savepoint: a rival who took the time first is a refusal."""
    try:
        with transaction.atomic():
            booking.save(update_fields=fields)
    except IntegrityError as error:
        raise SlotTaken(taken_message(), next_starts=next_starts(offer)) from error


@transaction.atomic
def booking_cancel(*, booking: Booking, by: str, reason: str = "") -> Booking:
    """Cancel a booking that has not started, freeing its time; the other person is emailed."""
    booking = locked(booking)
    if by == CancelledBy.THERAPIST and not reason.strip():
        raise BookingRefused(_("Please write a short message for the client."))
    booking.status = BookingStatus.CANCELLED
    booking.cancelled_by = by
    booking.cancel_reason = reason.strip()
    booking.revision += 1
    booking.save(update_fields=["status", "cancelled_by", "cancel_reason", "revision"])
    booking_notify_on_commit(booking, BookingEvent.CANCELLED)
    return booking


@transaction.atomic
def booking_move(
    *, booking: Booking, start: datetime.datetime, now: datetime.datetime | None = None
) -> Booking:
    """Move a booking to another free time in one step: the new time taken, the old freed."""
    now = now or timezone.now()
    booking = locked(booking)
    offer = ConsultationOffer.objects.filter(therapist_id=booking.therapist_id).first()
    if offer is None:
        raise BookingRefused(_("This therapist no longer offers consultation times."))
    if start == booking.starts_at:
        raise BookingRefused(_("The booking is already at this time."))
    start_check(offer, start, now=now, exclude=booking)
    previous = booking.starts_at
    booking.starts_at = start
    booking.ends_at = start + datetime.timedelta(minutes=offer.minutes)
    booking.revision += 1
    booking.reminded_at = None
    take_time(booking, offer, fields=["starts_at", "ends_at", "revision", "reminded_at"])
    booking_notify_on_commit(booking, BookingEvent.MOVED, previous=previous)
    return booking


def locked(booking: Booking) -> Booking:
    """The booking's row, locked, if it still holds a time that has not started."""
    current = Booking.objects.select_for_update().filter(pk=booking.pk).first()
    if current is None or current.status != BookingStatus.BOOKED:
        raise BookingRefused(_("This booking has been cancelled."))
    if current.starts_at <= timezone.now():
        raise BookingRefused(_("This consultation has already started."))
    return current


def booking_notify_on_commit(booking, event, *, previous: datetime.datetime | None = None):
    """Queue the client's and the therapist's emails once the change is committed."""
    was = previous.isoformat() if previous else ""
    for reader in ("client", "therapist"):
        transaction.on_commit(
            lambda reader=reader: booking_notify.enqueue(booking.pk, event, reader, was)
        )


def booking_rate_limited(request, therapist: Therapist) -> bool:
    """Too many bookings from this address, or for this therapist, as for requests (and, as
    for them, not checked when the cache is down)."""
    by_address = rate_limited(
        request,
        group="booking-address",
        key="ip",
        rate=settings.INQUIRY_RATE_PER_ADDRESS,
        fail_open=True,
    )
    by_therapist = rate_limited(
        request,
        group="booking-therapist",
        key=lambda _group, _request: str(therapist.pk),
        rate=settings.INQUIRY_RATE_PER_THERAPIST,
        fail_open=True,
    )
    return by_address or by_therapist
