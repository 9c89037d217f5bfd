"""How many listed therapists there are by place and approach, for pages that link into the
search. Each count is what the search itself would find for the same choices."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count
from django.urls import reverse

from directory.geo import city_named
from directory.models import City, Province, province_slug
from directory.text import fold
from modalities.models import Approach
from modalities.vocabulary import vocabulary_terms
from therapists.models import Credential, Office, Therapist

PLACE_COUNTS_SECONDS = 600
CITY_LINKS = 60


def listed_offices():
    """The offices the public sees: registered ones of listed therapists."""
    return Office.objects.registered().filter(therapist__in=Therapist.objects.listed())


@dataclass(frozen=True)
class Counted:
    """A link from a place page to a narrower page, with how many that page finds."""

    slug: str
    label: str
    therapist_count: int


def city_search(city: City) -> dict:
    """A city page's search: therapists with an office within the default radius of the city.
    The city goes by its name, or by its address when a larger place in the province has the
    same name (the name would find that one)."""
    place = city.name if city_named(city.name, city.province) == city else city.slug
    return {"place": place, "province": city.province}


def cities_with_therapists(province: str) -> list[Counted]:
    """The province's cities where listed therapists have an office, busiest first, each with
    how many have an office in the city itself; cached briefly.

    Not what the city's page finds: it adds the therapists nearby, within the radius. Counted
    that way, a city's neighbourhoods and suburbs would all show about the same large number
    (13,000 around Toronto at 100,000 profiles) and cost a search each (2.4 s for Ontario)."""

    def count():
        busiest = (
            City.objects.filter(province=province, offices__in=listed_offices())
            .annotate(here=Count("offices__therapist", distinct=True))
            .order_by("-here", "name")[:CITY_LINKS]
        )
        return [Counted(city.slug, city.name, city.here) for city in busiest]

    return cache.get_or_set(f"place-pages:cities:{province}", count, PLACE_COUNTS_SECONDS)


def approaches_near(approach_counts: dict[int, int]) -> list[Counted]:
    """The approaches of a city page's results (its search's approach facet), most offered
    first: each count is what the city-and-approach page finds."""
    terms = vocabulary_terms(Approach, "slug")
    found = [
        Counted(terms[pk].key, terms[pk].label, count)
        for pk, count in approach_counts.items()
        if pk in terms and count
    ]
    return sorted(found, key=lambda row: (-row.therapist_count, fold(row.label)))


def serving_counts(therapists) -> dict[str, int]:
    """How many of the therapists see people from each province, in person (an office there)
    or online (a valid credential there): as the search's `serving` filter counts them."""
    in_person = (
        Office.objects.registered()
        .filter(therapist__in=therapists)
        .values_list("therapist_id", "city__province")
    )
    online = (
        Credential.objects.valid()
        .filter(therapist__in=therapists.filter(offers_online=True))
        .values_list("therapist_id", "jurisdiction")
    )
    totals: dict[str, int] = {}
    for _therapist, code in set(in_person) | set(online):
        totals[code] = totals.get(code, 0) + 1
    return totals


def provinces_with_therapists() -> list[dict]:
    """Provinces whose people listed therapists see, with how many, as each province's page
    counts them (in person or online); cached briefly."""

    def count():
        return dict(sorted(serving_counts(Therapist.objects.listed()).items()))

    counts = cache.get_or_set("place-pages:provinces", count, PLACE_COUNTS_SECONDS)
    return [
        {
            "code": code,
            "name": Province(code).label,
            "count": number,
            "url": reverse("therapists:province", kwargs={"province": province_slug(code)}),
        }
        for code, number in counts.items()
    ]


def approach_counts_by_province(approach: Approach) -> dict[str, int]:
    """Listed therapists offering the approach who see people from each province, in person
    (an office there) or online (a valid credential there); as the search's `serving` filter."""

    def count():
        return serving_counts(Therapist.objects.listed().filter(approaches=approach))

    return cache.get_or_set(f"approach-counts:{approach.pk}", count, PLACE_COUNTS_SECONDS)
