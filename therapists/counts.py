"""How many listed therapists there are by place and approach, for pages that link into the
search. Each count is what the search itself would find for the same choices."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count
from django.urls import reverse

from directory.models import City, Province, province_slug
from modalities.models import Modality
from modalities.vocabulary import vocabulary_terms
from therapists.models import Credential, Office, Therapist

PLACE_COUNTS_SECONDS = 600


def listed_offices():
    return Office.objects.filter(therapist__in=Therapist.objects.listed())


def cities_with_therapists(province: str) -> list[City]:
    """The province's cities where listed therapists have an office, busiest first."""
    return list(
        City.objects.filter(province=province, offices__in=listed_offices())
        .annotate(therapist_count=Count("offices__therapist", distinct=True))
        .order_by("-therapist_count", "name")[:60]
    )


@dataclass(frozen=True)
class ApproachCount:
    slug: str
    label: str
    therapist_count: int


def approaches_near(approach_counts: dict[int, int]) -> list[ApproachCount]:
    """The approaches of a city page's results (its search's approach facet), most offered
    first: each count is what the city-and-approach page finds."""
    terms = vocabulary_terms(Modality, "slug")
    found = [
        ApproachCount(terms[pk].key, terms[pk].label, count)
        for pk, count in approach_counts.items()
        if pk in terms and count
    ]
    return sorted(found, key=lambda row: (-row.therapist_count, row.label.lower()))


def serving_counts(therapists) -> dict[str, int]:
    """How many of the therapists see people from each province, in person (an office there)
    or online (a valid credential there): as the search's `serving` filter counts them."""
    in_person = Office.objects.filter(therapist__in=therapists).values_list(
        "therapist_id", "city__province"
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

    counts = cache.get_or_set("place-pages:provinces:2", count, PLACE_COUNTS_SECONDS)
    return [
        {
            "code": code,
            "name": Province(code).label,
            "count": number,
            "url": reverse("therapists:province", kwargs={"province": province_slug(code)}),
        }
        for code, number in counts.items()
    ]


def approach_counts_by_province(modality: Modality) -> dict[str, int]:
    """Listed therapists offering the approach who see people from each province, in person
    (an office there) or online (a valid credential there); as the search's `serving` filter."""

    def count():
        return serving_counts(Therapist.objects.listed().filter(approaches=modality))

    return cache.get_or_set(f"approach-counts:{modality.pk}", count, PLACE_COUNTS_SECONDS)
