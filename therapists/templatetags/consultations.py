"""The free consultation times on a profile, in the reader's zone, when the therapist offers them.

A tag rather than view context so the profile's view stays as it is; the zone comes from
?zone= when it is one of Canada's, else from ?province= (the province the visitor searched from,
which result cards pass on), else the therapist's (the full times page refuses others).
"""

from django import template
from django.urls import reverse

from therapists.inquiries.booking_mail import zone_label
from therapists.inquiries.bookings import bookable_offer
from therapists.inquiries.slots import (
    by_local_day,
    canadian_zone,
    offer_free_starts,
    reader_zone,
)
from therapists.models import Booking, ConsultationOffer, ConsultationZone

register = template.Library()

PROFILE_DAYS = 3
DASHBOARD_BOOKINGS = 5


@register.inclusion_tag("therapists/booking/_profile_times.html", takes_context=True)
def consultation_times(context, therapist):
    """The next few days of free times with links to book, or nothing for a closed offer."""
    offer = bookable_offer(therapist)
    if offer is None:
        return {"offer": None}
    zone = reader_zone(context["request"].GET, default=offer.time_zone)
    days = by_local_day(offer_free_starts(offer), canadian_zone(zone))[:PROFILE_DAYS]
    return {
        "therapist": therapist,
        "offer": offer,
        "zone": zone,
        "zone_label": zone_label(zone),
        "zones": ConsultationZone.choices,
        "days": days,
        "times_url": reverse("therapists:consultation_times", kwargs={"slug": therapist.slug}),
    }


@register.inclusion_tag("therapists/editor/_bookings.html")
def upcoming_bookings(therapist):
    """The therapist's next few booked consultations, on the dashboard and in the inbox, each with
    a cancel form."""
    offer = ConsultationOffer.objects.filter(therapist=therapist).first()
    zone = offer.time_zone if offer else ConsultationZone.EASTERN
    bookings = Booking.objects.upcoming().filter(therapist=therapist)[:DASHBOARD_BOOKINGS]
    return {"offer": offer, "bookings": bookings, "zone": zone, "zone_label": zone_label(zone)}
