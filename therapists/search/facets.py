"""The search's options with their counts (therapists.search.facet_counts.py), and the widenings
offered when nothing matched."""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _

from directory.text import fold
from therapists.models import SESSION_TIME_NUMBERS, SessionTime
from therapists.search.cards import Vocabulary
from therapists.search.facet_counts import ACCEPTING, search_total
from therapists.search.filters import FACET_SETS, TIMES, TherapistFilter
from therapists.search.forms import DEFAULT_RADIUS, RADIUS_CHOICES, AcceptingChoice


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    chosen: bool


@dataclass(frozen=True)
class Widening:
    """A one-click change to an empty search that would find someone."""

    label: str
    query: str
    count: int


def facet_options(
    data: QueryDict, name: str, counts: dict[int, int], vocabulary: Vocabulary
) -> list[FacetOption]:
    """Every option of one group that has results (or is chosen), with its count."""
    chosen = set(data.getlist(name))
    options = (
        FacetOption(term.key, term.name, counts.get(pk, 0), term.key in chosen)
        for pk, term in vocabulary.of(FACET_SETS[name]).items()
        if pk in counts or term.key in chosen
    )
    return sorted(
        options, key=lambda option: (name == "language" and -option.count, fold(option.label))
    )


def accepting_options(data: QueryDict, counts: dict[int, int]) -> list[FacetOption]:
    """The new-clients filter's two options; taking people "or by a waitlist" counts both."""
    chosen = data.get(ACCEPTING, "")
    now, waitlist = counts.get(1, 0), counts.get(2, 0)
    counted = [(AcceptingChoice.NOW, now), (AcceptingChoice.OR_WAITLIST, now + waitlist)]
    return [
        FacetOption(choice.value, choice.label, count, chosen == choice.value)
        for choice, count in counted
    ]


def times_options(data: QueryDict, counts: dict[int, int]) -> list[FacetOption]:
    """The session times, in the week's order, each with how many it finds chosen alone."""
    chosen = set(data.getlist(TIMES))
    return [
        FacetOption(
            time.value, str(time.label), counts.get(SESSION_TIME_NUMBERS[time], 0), time in chosen
        )
        for time in SessionTime
    ]


def all_facets(
    data: QueryDict, counts: dict[str, dict[int, int]], vocabulary: Vocabulary
) -> dict[str, list[FacetOption]]:
    facets = {name: facet_options(data, name, counts[name], vocabulary) for name in FACET_SETS}
    return facets | {
        TIMES: times_options(data, counts[TIMES]),
        ACCEPTING: accepting_options(data, counts[ACCEPTING]),
    }


def count_with(data: QueryDict, **changes) -> tuple[str, int]:
    widened = data.copy()
    widened.pop("page", None)
    for key, value in changes.items():
        if value is None:
            widened.pop(key, None)
        else:
            widened[key] = value
    return widened.urlencode(), search_total(widened)


def widenings(filterset: TherapistFilter) -> list[Widening]:
    """Ways to widen an empty search that would match someone, each with its count."""
    data, cleaned = filterset.data, filterset.form.cleaned_data
    offers = []
    if cleaned.get("approach") and not cleaned.get("related"):
        query, count = count_with(data, related="on")
        offers.append(Widening(_("Include related approaches"), query, count))
    place = filterset.place_point
    if place:
        larger = [
            km for km, _label in RADIUS_CHOICES if km > (cleaned.get("radius") or DEFAULT_RADIUS)
        ]
        if larger:
            query, count = count_with(data, radius=str(larger[-1]))
            offers.append(Widening(_("Search within %(km)s km") % {"km": larger[-1]}, query, count))
        query, count = count_with(  # online, an office's step-free entrance is beside the point
            data,
            place=None,
            radius=None,
            province=None,
            wheelchair=None,
            online=place.province,
        )
        offers.append(Widening(_("Online sessions in my province instead"), query, count))
    if cleaned.get("q"):
        query, count = count_with(data, q=None)
        offers.append(
            Widening(_("Without the words “%(words)s”") % {"words": cleaned["q"]}, query, count)
        )
    return [offer for offer in offers if offer.count]
