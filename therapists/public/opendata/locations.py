"""Where, when and through whom a client reaches a therapist's service, as HSDS objects:
the offices as locations, the provinces served online, the weekly windows of free
consultations, the contact and the public phone."""

from django.urls import reverse
from django.utils.translation import get_language

from directory.models import Province
from therapists.models import Accepting, Availability, ConsultationWay, ConsultationZone
from therapists.public.opendata.profiles import OpenOffice, OpenProfile
from therapists.public.opendata.values import (
    _,
    absolute_url,
    hsds_id,
    in_province_text,
    label,
    present,
)

COUNTRY = "CA"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def service_areas_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """Online sessions: the provinces of the verified credentials."""
    if not therapist.offers_online:
        return []
    codes = sorted({credential.jurisdiction for credential in therapist.credentials})
    return [
        {
            "id": hsds_id("service_area", therapist.pk, code),
            "service_id": service_id,
            "name": label(Province, code),
            "description": _("Online sessions for people %(in_province)s.")
            % {"in_province": in_province_text(code, get_language())},
        }
        for code in codes
    ]


def service_at_locations_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The offices where the therapist sees clients in person, each as a location."""
    return [
        {
            "id": hsds_id("service_at_location", office.pk),
            "service_id": service_id,
            "location_id": hsds_id("location", office.pk),
            "location": location_of(therapist, office),
        }
        for office in therapist.offices
    ]


def location_of(therapist: OpenProfile, office: OpenOffice) -> dict:
    location_id = hsds_id("location", office.pk)
    return {
        "id": location_id,
        "location_type": "physical",
        "organization_id": hsds_id("organization", therapist.pk),
        "name": office.label or office.address_line1,
        "latitude": round(office.latitude, 5),
        "longitude": round(office.longitude, 5),
        "addresses": [address_of(office, location_id)],
        "accessibility": [accessibility_of(office, location_id)],
    }


def address_of(office: OpenOffice, location_id: str) -> dict:
    return present(
        {
            "id": hsds_id("address", office.pk),
            "location_id": location_id,
            "address_1": office.address_line1,
            "address_2": office.address_line2 or None,
            "city": office.city,
            "state_province": office.province,
            "postal_code": office.postal_code,
            "country": COUNTRY,
            "address_type": "physical",
        }
    )


def accessibility_of(office: OpenOffice, location_id: str) -> dict:
    if office.wheelchair_accessible:
        description = _("Wheelchair accessible: step-free entrance and washroom.")
    else:
        description = _("Not wheelchair accessible.")
    return {
        "id": hsds_id("accessibility", office.pk),
        "location_id": location_id,
        "description": description,
    }


def contacts_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The therapist, by name and designations; never an email address (the site forwards
    requests instead)."""
    designations = ", ".join(dict.fromkeys(c.designation for c in therapist.credentials))
    return [
        {
            "id": hsds_id("contact", therapist.pk),
            "service_id": service_id,
            "name": therapist.display_name,
            **({"title": designations} if designations else {}),
        }
    ]


def phones_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The public phone, where the profile shows it: given, and the therapist takes clients."""
    if not therapist.public_phone or therapist.accepting == Accepting.CLOSED:
        return []
    return [
        {
            "id": hsds_id("phone", therapist.pk),
            "service_id": service_id,
            "number": therapist.public_phone,
            "type": "voice",
        }
    ]


def schedules_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The weekly windows of free consultations, where clients may book them now (as on the
    profile: free consultations offered, accepting clients, confirmed recently)."""
    if not therapist.free_consultation or therapist.availability != Availability.ACCEPTING:
        return []
    offer = therapist.consultation
    if offer is None:
        return []
    description = _("Free consultations of %(minutes)s minutes, %(zone)s (%(tz)s).") % {
        "minutes": offer.minutes,
        "zone": label(ConsultationZone, offer.time_zone),
        "tz": offer.time_zone,
    }
    link = absolute_url(reverse("therapists:consultation_times", kwargs={"slug": therapist.slug}))
    return [
        {
            "id": hsds_id("schedule", window.pk),
            "service_id": service_id,
            "freq": "WEEKLY",
            "byday": WEEKDAY_CODES[window.weekday],
            "opens_at": window.starts.strftime("%H:%M:%S"),
            "closes_at": window.ends.strftime("%H:%M:%S"),
            "description": description,
            "schedule_link": link,
            "attending_type": ", ".join(label(ConsultationWay, way) for way in offer.ways),
        }
        for window in offer.windows
    ]
