"""Test data for free consultations: a listed therapist who offers times, and their bookings."""

import datetime

from tests import factories
from therapists.models import (
    Booking,
    ConsultationOffer,
    ConsultationWindow,
    ConsultationZone,
)

EVERY_DAY = range(7)


def offering_therapist(
    *,
    zone: str = ConsultationZone.EASTERN,
    starts: datetime.time = datetime.time(9),
    ends: datetime.time = datetime.time(17),
    weekdays=EVERY_DAY,
    **offer,
):
    """A listed therapist, accepting clients, who offers free consultations in weekly windows."""
    therapist = factories.TherapistFactory(free_consultation=True)
    factories.VerifiedCredentialFactory(therapist=therapist)
    therapist.refresh_from_db()
    offer = ConsultationOffer.objects.create(
        therapist=therapist,
        time_zone=zone,
        **{"minutes": 30, "horizon_days": 14, "notice_hours": 2} | offer,
    )
    for weekday in weekdays:
        ConsultationWindow.objects.create(offer=offer, weekday=weekday, starts=starts, ends=ends)
    return therapist


def booking_for(therapist, start: datetime.datetime, **fields) -> Booking:
    """A booking made directly, as if a client had booked that time."""
    offer = therapist.consultation_offer
    return Booking.objects.create(
        therapist=therapist,
        starts_at=start,
        ends_at=start + datetime.timedelta(minutes=offer.minutes),
        name=fields.pop("name", "Sam Client"),
        email=fields.pop("email", "sam@example.ca"),
        way=fields.pop("way", "video"),
        client_time_zone=fields.pop("client_time_zone", offer.time_zone),
        consent_at=start - datetime.timedelta(days=1),
        **fields,
    )
