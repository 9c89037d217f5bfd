"""A listed profile as Open Referral HSDS 3.0 objects: the therapist's organization and the one
service it offers, with what the public profile page shows and nothing more.

Each function maps one part of a profile to plain dicts with the specification's field names;
the JSON form nests them under the service, the CSV form writes each to its table
(therapists/public/opendata/export.py). The pieces every object is made of (stable ids, text,
addresses) are in values.py, the taxonomies in taxonomy.py, and where, when and through whom a
client reaches the service in locations.py.
"""

from django.conf import settings

from directory.models import Province
from therapists.models import Accepting, Availability
from therapists.public.opendata.locations import (
    contacts_of,
    phones_of,
    schedules_of,
    service_areas_of,
    service_at_locations_of,
)
from therapists.public.opendata.profiles import OpenProfile
from therapists.public.opendata.taxonomy import LINK_TYPES, term_id
from therapists.public.opendata.values import (
    _,
    field_label,
    hsds_id,
    label,
    present,
    profile_url,
)

CURRENCY = "CAD"
# The ages each age group on a profile stands for (the fields' help texts); None: no upper age.
AGE_RANGES = {
    "serves_children": (0, 12),
    "serves_teens": (13, 17),
    "serves_adults": (18, 64),
    "serves_older_adults": (65, None),
}


def organization_of(therapist: OpenProfile) -> dict:
    """The therapist as the organization that provides the service (a practice of one)."""
    return {
        "id": hsds_id("organization", therapist.pk),
        "name": therapist.display_name,
        "description": therapist.headline or therapist.display_name,
        "website": profile_url(therapist.slug),
    }


def service_of(therapist: OpenProfile) -> dict:
    """The therapist's practice as one HSDS service, with everything hanging off it nested."""
    service_id = hsds_id("service", therapist.pk)
    low, high = age_range(therapist)
    return present(
        {
            "id": service_id,
            "organization_id": hsds_id("organization", therapist.pk),
            "name": _("Therapy with %(name)s") % {"name": therapist.display_name},
            "description": "\n\n".join(filter(None, [therapist.headline, therapist.bio])),
            "url": profile_url(therapist.slug),
            "status": "active",
            "application_process": application_process(therapist),
            "fees_description": fees_description(therapist),
            "accreditations": accreditations(therapist),
            "eligibility_description": eligibility_description(therapist),
            "minimum_age": low,
            "maximum_age": high,
            "assured_date": last_verified(therapist),
            "last_modified": therapist.updated_at.isoformat(timespec="milliseconds"),
            "organization": organization_of(therapist),
            "languages": languages_of(therapist, service_id),
            "cost_options": cost_options_of(therapist, service_id),
            "service_areas": service_areas_of(therapist, service_id),
            "service_at_locations": service_at_locations_of(therapist, service_id),
            "contacts": contacts_of(therapist, service_id),
            "phones": phones_of(therapist, service_id),
            "schedules": schedules_of(therapist, service_id),
            "attributes": attributes_of(therapist, service_id),
            "metadata": metadata_of(therapist, service_id),
        }
    )


def age_range(therapist: OpenProfile) -> tuple[int | None, int | None]:
    """The youngest and oldest ages seen, from the age groups ticked; (None, None) for none."""
    ranges = [AGE_RANGES[name] for name in therapist.age_groups]
    if not ranges:
        return None, None
    highs = [high for _low, high in ranges]
    return min(low for low, _high in ranges), None if None in highs else max(highs)


def eligibility_description(therapist: OpenProfile) -> str | None:
    return ", ".join(field_label(name) for name in therapist.age_groups) or None


def availability_text(therapist: OpenProfile) -> str:
    """What the profile says of new clients (AvailabilityShown), as text."""
    if therapist.availability == Availability.WAITLIST and therapist.waitlist_weeks:
        return str(therapist.availability_label)  # names the weeks
    return label(Availability, therapist.availability)


def application_process(therapist: OpenProfile) -> str:
    availability = availability_text(therapist)
    if therapist.accepting == Accepting.CLOSED:
        return availability
    return f"{availability}. {_('Send a consultation request from the profile page.')}"


def fees_description(therapist: OpenProfile) -> str | None:
    parts = []
    if therapist.fee is not None:
        parts.append(
            _("$%(fee)s for %(minutes)s minutes")
            % {"fee": therapist.fee, "minutes": therapist.session_minutes}
        )
    if therapist.fee_floor is not None:
        parts.append(_("sliding scale from $%(floor)s") % {"floor": therapist.fee_floor})
    insurers = ", ".join(therapist.insurers)
    if insurers:
        parts.append(_("bills directly: %(insurers)s") % {"insurers": insurers})
    return "; ".join(parts) or None


def accreditations(therapist: OpenProfile) -> str:
    """The verified credentials as the profile shows them: designation, body, number, province."""
    return "; ".join(
        f"{credential.designation}, {credential.body_name} ({credential.body_acronym}) "
        f"{credential.registration_number}, {label(Province, credential.jurisdiction)}"
        for credential in therapist.credentials
    )


def last_verified(therapist: OpenProfile) -> str | None:
    """The day a verifier last approved one of the credentials the listing rests on."""
    days = [c.reviewed_at.date() for c in therapist.credentials if c.reviewed_at]
    return max(days).isoformat() if days else None


def languages_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    return [
        {
            "id": hsds_id("language", therapist.pk, code),
            "service_id": service_id,
            "name": name,
            "code": code,
        }
        for code, name in therapist.languages
    ]


def cost_options_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The session fee, the bottom of a sliding scale, and a free first consultation."""
    per_session = _("per %(minutes)s-minute session") % {"minutes": therapist.session_minutes}
    options = [
        ("fee", _("Individual session"), therapist.fee, per_session),
        ("fee_floor", _("Sliding scale, lowest fee"), therapist.fee_floor, per_session),
    ]
    if therapist.free_consultation:
        options.append(("free", _("Free consultation"), 0, _("a first call to check the fit")))
    return [
        {
            "id": hsds_id("cost_option", therapist.pk, key),
            "service_id": service_id,
            "option": option,
            "currency": CURRENCY,
            "amount": amount,
            "amount_description": description,
        }
        for key, option, amount, description in options
        if amount is not None
    ]


def attributes_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """The service's taxonomy terms: approaches, concerns, communities, age groups, formats."""
    keys = [
        *(("approaches", slug) for slug in therapist.approaches),
        *(("concerns", slug) for slug in therapist.concerns),
        *(("communities", slug) for slug in therapist.communities),
        *(("age-groups", name) for name in therapist.age_groups),
        *(("session-formats", name) for name in therapist.session_formats),
    ]
    return [
        {
            "id": hsds_id("attribute", therapist.pk, *key),
            "link_id": service_id,
            "link_entity": "service",
            "link_type": LINK_TYPES[key[0]],
            "taxonomy_term_id": term_id(*key),
        }
        for key in keys
    ]


def metadata_of(therapist: OpenProfile, service_id: str) -> list[dict]:
    """Where the listing comes from: the last verification of its credentials by our staff."""
    verified = last_verified(therapist)
    if verified is None:
        return []
    return [
        {
            "id": hsds_id("metadata", therapist.pk, "verified"),
            "resource_id": service_id,
            "resource_type": "service",
            "last_action_date": verified,
            "last_action_type": "verified",
            "field_name": "accreditations",
            "previous_value": _("unverified"),
            "replacement_value": accreditations(therapist),
            "updated_by": _("%(site)s credential verification (%(url)s)")
            % {"site": settings.SITE_NAME, "url": settings.SITE_URL},
        }
    ]
