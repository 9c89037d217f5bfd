"""What the compare page sets side by side: the shortlisted profiles that are still listed, in
the order they were kept, each with its next free consultation time, usual reply time and what
the coverage table (therapists/models/coverage.py) says of its designations.

A fixed number of queries whatever the number of profiles: the profiles and their details
(Therapist.objects.with_compare_details), the offers clients may book and everyone's booked
times, every reply time in one pass, and the coverage table's entries for every designation.
"""

from dataclasses import dataclass, field

from django.http import QueryDict

from directory.geo import Place, place_resolve
from directory.models import Province
from directory.text import alphabetical
from therapists.inquiries.booking_mail import when_in
from therapists.inquiries.bookings import bookable_offers
from therapists.inquiries.slots import first_free_starts, reader_zone
from therapists.models import Coverage, Inquiry, Therapist, designations_coverage
from therapists.public.shortlist import Shortlist
from therapists.search.forms import place_unknown

# Longer than any place name or postal code: not worth looking up.
PLACE_TEXT_MAX = 100


@dataclass
class Comparison:
    therapists: list[Therapist] = field(default_factory=list)
    missing: int = 0  # kept, but not (or no longer) listed

    @property
    def slugs(self) -> list[str]:
        return [therapist.slug for therapist in self.therapists]

    @property
    def has_coverage(self) -> bool:
        """Whether the coverage table says anything of any designation shown."""
        return any(therapist.compare_coverage for therapist in self.therapists)


def comparison_read(shortlist: Shortlist, *, query: QueryDict, place: Place | None) -> Comparison:
    """The listed profiles of the shortlist, in its order, with what the page shows of each."""
    found = Therapist.objects.listed().filter(slug__in=shortlist.slugs)
    by_slug = {therapist.slug: therapist for therapist in found.with_compare_details(place=place)}
    therapists = [by_slug[slug] for slug in shortlist.slugs if slug in by_slug]
    ids = [therapist.pk for therapist in therapists]
    offers = bookable_offers(ids)
    firsts = first_free_starts(offers)
    reply_days = Inquiry.objects.filter(therapist_id__in=ids).usual_reply_days_by_therapist()
    credentials = [credential for t in therapists for credential in t.valid_credentials]
    coverage_table = list(Coverage.objects.for_credentials(credentials))
    for therapist in therapists:
        offer = offers.get(therapist.pk)
        first = firsts.get(therapist.pk)
        zone = reader_zone(query, default=offer.time_zone) if offer else ""
        therapist.compare_offer = offer
        therapist.compare_next_time = when_in(first, zone) if first else ""
        therapist.compare_reply_days = reply_days.get(therapist.pk)
        therapist.compare_coverage = designations_coverage(
            therapist.valid_credentials, table=coverage_table
        )
        therapist.compare_approaches = alphabetical(
            therapist.approaches.all(), name=lambda approach: approach.label
        )
        therapist.compare_languages = alphabetical(therapist.languages.all())
        therapist.compare_insurers = [i.name for i in alphabetical(therapist.direct_billing.all())]
    return Comparison(therapists=therapists, missing=len(shortlist) - len(therapists))


def compare_place(query: QueryDict) -> tuple[Place | None, str]:
    """The place distances are measured from (?place=, with ?province= to tell same-named
    cities apart), and a message when it was given but could not be found."""
    text = query.get("place", "").strip()
    province = query.get("province", "") if query.get("province", "") in Province.values else None
    if not text:
        return None, ""
    place = place_resolve(text, province) if len(text) <= PLACE_TEXT_MAX else None
    return place, "" if place else place_unknown(text, province)
