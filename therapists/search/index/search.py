"""A search answered from the index: its filters and facets on bits, its words found by
PostgreSQL, its page chosen in its order."""

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from django.conf import settings
from django.db import connections, router
from django.db.models import Q
from django.utils import timezone

from directory.memo import remembered
from therapists.models import (
    SESSION_TIME_NUMBERS,
    Accepting,
    SearchRow,
    availability_trusted_since,
    coverage_key,
)
from therapists.search.conditions import (
    covered_by,
    online_in,
    serving_province,
    wheelchair_office,
)
from therapists.search.forms import AGE_GROUPS, SESSION_FORMATS, AcceptingChoice, Sort
from therapists.search.index.held import search_index
from therapists.search.index.table import SearchIndex, bit_count, microseconds
from therapists.search.index.words import Words, words_found
from therapists.search.text import (
    words_kept,
)

# The accepting facet's options, as the SQL pass numbers them (facet_counts.py).
ACCEPTING_NOW, ACCEPTING_WAITLIST = 1, 2


# The search's fields IndexedSearch applies as TherapistFilter does. A search using any other
# goes the SQL way: a filter added to the FilterSet is never silently ignored here (and
# tests/therapists/search/test_index.py asks for it to be added to both).
INDEXED_FIELDS = frozenset(
    {
        *("q", "place", "province", "radius", "online", "serving", "sort"),
        *("approach", "related", "concern", "language", "times", "accepting"),
        *("gender", "age", "format", "community", "fee_max", "insurer", "plan", "plan_province"),
        *("free_consultation", "video", "wheelchair"),
    }
)


def indexed_search(filterset) -> "IndexedSearch | None":
    """The search answered by the index while it is at hand; its words, if any, found by
    PostgreSQL (the SQLite demo's plain word search stays SQL)."""
    filterset.is_valid()
    alias = router.db_for_read(SearchRow)
    data = filterset.form.cleaned_data
    if not settings.SEARCH_INDEX or (data.get("q") and connections[alias].vendor != "postgresql"):
        return None
    if any(
        value not in (None, "", [], False)
        for name, value in data.items()
        if name not in INDEXED_FIELDS
    ):
        return None
    index = search_index(alias)
    return None if index is None else IndexedSearch(filterset, index)


def ids_of(terms) -> list:
    return [getattr(term, "pk", term) for term in terms]


@dataclass
class Hits:
    """Rows found, with their distance to the place when a place was searched."""

    bits: np.ndarray
    distance: np.ndarray | None = None


class IndexedSearch:
    """A filterset's search answered by the index: the same rules as TherapistFilter's
    filter_queryset and the counting pass, on bits."""

    def __init__(self, filterset, index: SearchIndex):
        self.filterset = filterset
        self.form = filterset.form
        self.data = filterset.form.cleaned_data
        self.alias = router.db_for_read(SearchRow)
        self.index = index
        self.today = timezone.localdate()

    @cached_property
    def words(self) -> Words | None:
        """The words' rows, found once a request (the widenings offered for an empty search
        keep the words)."""
        text = words_kept(self.data.get("q") or "")
        if not text:
            return None
        key = ("search-words", self.alias, self.index.version, text)
        return remembered(key, lambda: words_found(self.index, self.alias, text))

    @cached_property
    def stale(self) -> np.ndarray:
        return self.index.stale(self.today)

    def date_bound(self, bits: np.ndarray, condition: Q) -> np.ndarray:
        """The rows of bits meeting a condition that hangs on dates: as copied for rows still
        stable, asked of the database for the others."""
        stale = bits & self.stale
        if not stale.any():
            return bits
        ids = self.index.ids[self.index.positions(stale)].tolist()
        kept = (
            SearchRow.objects.using(self.alias)
            .filter(pk__in=ids)
            .filter(condition)
            .values_list("pk", flat=True)
        )
        return (bits & ~self.stale) | self.index.bits_of(self.index.positions_of(kept))

    def any_of(self, name: str, keys) -> np.ndarray:
        return self.index.sets[name].any_of(keys)

    def flag(self, name: str) -> np.ndarray:
        return self.index.flags[name]

    def flags_any(self, flags: dict, keys) -> np.ndarray:
        found = self.index.empty
        for key in keys:
            found = found | self.flag(flags[key][0])
        return found

    @cached_property
    def common(self) -> Hits:
        """The rows meeting every filter but the faceted groups', and the place."""
        if self.words is None:
            return self.unworded
        return Hits(self.unworded.bits & self.words.bits, self.unworded.distance)

    @cached_property
    def unworded(self) -> Hits:
        """The rows meeting every filter but the faceted groups' and the words, and the place."""
        data, index = self.data, self.index
        bits = index.empty if self.form.place_unknown else index.listed(self.today)
        if code := data.get("online"):
            bits = bits & self.date_bound(self.any_of("online_provinces", [code]), online_in(code))
        if code := data.get("serving"):
            bits = bits & self.serving(code)
        if data.get("gender"):
            bits = bits & index.gender.any_of(data["gender"])
        if data.get("age"):
            bits = bits & self.flags_any(AGE_GROUPS, data["age"])
        if data.get("format"):
            bits = bits & self.flags_any(SESSION_FORMATS, data["format"])
        if data.get("community"):
            bits = bits & self.any_of("communities", ids_of(data["community"]))
        if data.get("fee_max") is not None:
            bits = bits & np.packbits(index.lowest_fee <= float(data["fee_max"]))
        if insurer := data.get("insurer"):
            bits = bits & self.any_of("insurers", [getattr(insurer, "pk", insurer)])
        if data.get("free_consultation"):
            bits = bits & self.flag("free_consultation")
        if data.get("video"):
            bits = bits & self.flag("has_video")
        place = self.filterset.place_point
        if data.get("wheelchair") and not place:
            bits = bits & self.date_bound(self.flag("wheelchair_office"), wheelchair_office())
        if (province := data.get("province")) and not place:
            bits = bits & self.serving(province)
        plan, plan_province = data.get("plan"), self.filterset.plan_province_code
        if plan and plan_province:
            insurer_id = getattr(plan, "pk", plan)
            key = coverage_key(insurer_id, plan_province)
            bits = bits & self.date_bound(
                self.any_of("covered_by", [key]), covered_by(insurer_id, plan_province)
            )
        if not place:
            return Hits(bits)
        positions, nearest = index.offices.near(
            place,
            self.filterset.radius_km,
            self.today,
            accessible=bool(data.get("wheelchair")),
        )
        distance = np.full(index.size, np.inf)
        distance[positions] = nearest
        return Hits(bits & index.bits_of(positions), distance)

    def serving(self, code: str) -> np.ndarray:
        return self.date_bound(self.any_of("serving_provinces", [code]), serving_province(code))

    @cached_property
    def conditions(self) -> dict[str, np.ndarray]:
        """The faceted groups with choices, each as the rows meeting it (TherapistFilter's
        facet_conditions)."""
        data, conditions = self.data, {}
        if data.get("approach"):
            held = "approaches_widened" if data.get("related") else "approaches"
            conditions["approach"] = self.any_of(held, ids_of(data["approach"]))
        for name, held in (("concern", "concerns"), ("language", "languages")):
            if data.get(name):
                conditions[name] = self.any_of(held, ids_of(data[name]))
        if data.get("times"):
            numbers = [SESSION_TIME_NUMBERS[time] for time in data["times"]]
            conditions["times"] = self.any_of("session_times", numbers)
        if data.get("accepting"):
            waitlist = data["accepting"] == AcceptingChoice.OR_WAITLIST
            conditions["accepting"] = self.accepting(waitlist=waitlist)
        return conditions

    def accepting(self, *, waitlist: bool) -> np.ndarray:
        states = [Accepting.ACCEPTING, Accepting.WAITLIST] if waitlist else [Accepting.ACCEPTING]
        return self.index.accepting.any_of(states) & self.trusted

    @cached_property
    def trusted(self) -> np.ndarray:
        """The rows whose word on new clients is recent enough to believe."""
        since = microseconds(availability_trusted_since())
        return np.packbits(self.index.confirmed >= since)

    def meeting_all_but(self, group: str | None) -> np.ndarray:
        bits = self.common.bits
        for name, condition in self.conditions.items():
            if name != group:
                bits = bits & condition
        return bits

    @cached_property
    def found(self) -> np.ndarray:
        return self.meeting_all_but(None)

    def total(self) -> int:
        return bit_count(self.found)

    def group_counts(self, group: str, held: str) -> dict:
        return self.index.sets[held].counts(self.meeting_all_but(group))

    def accepting_counts(self) -> dict:
        among = self.meeting_all_but("accepting") & self.trusted
        counts = self.index.accepting.counts(among)
        now, waitlist = counts.get(Accepting.ACCEPTING), counts.get(Accepting.WAITLIST)
        return {
            number: count
            for number, count in ((ACCEPTING_NOW, now), (ACCEPTING_WAITLIST, waitlist))
            if count
        }

    def page(self, start: int, stop: int) -> list[tuple[int, float | None]]:
        """(id, distance) of the results from start to stop in the search's order."""
        positions = self.index.positions(self.found)
        if stop <= start or not len(positions):
            return []
        order = self.filterset.sort_key()
        distance = self.common.distance
        if order == Sort.NEAREST:
            chosen = first_of(positions, stop, distance[positions], self.index.ids[positions])
        elif order == Sort.BEST:
            chosen = first_of(
                positions, stop, -self.words.rank_of(positions), self.index.ids[positions]
            )
        else:
            rank = self.index.fee_rank if order == Sort.FEE else self.index.recent_rank
            chosen = first_of(positions, stop, rank[positions].astype(np.float64), None)
        chosen = chosen[start:stop]
        return [
            (int(self.index.ids[position]), None if distance is None else float(distance[position]))
            for position in chosen
        ]


def first_of(positions: np.ndarray, count: int, key: np.ndarray, ties) -> np.ndarray:
    """The first `count` positions by key, then by tie (the rows' ids), in order."""
    if len(positions) > count:  # only those up to the count-th key can be among the first
        limit = np.partition(key, count - 1)[count - 1]
        within = key <= limit
        positions, key = positions[within], key[within]
        ties = None if ties is None else ties[within]
    order = np.lexsort((key,) if ties is None else (ties, key))
    return positions[order][:count]


@dataclass(frozen=True)
class Found:
    """A result of a page: its profile's id, and its distance from a search by place."""

    pk: int
    distance: float | None


class IndexedResults:
    """A search's results read from the index, sliced like a queryset by the paginators: a
    page is its rows' ids, each with its distance from a search by place (the cards read the
    profiles, therapists/search/cards.py)."""

    def __init__(self, search: IndexedSearch, *, count: int | None):
        self.search, self.known_count = search, count

    def count(self) -> int:
        if self.known_count is None:
            self.known_count = self.search.total()
        return self.known_count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Found]:
        return [Found(*found) for found in self.search.page(window.start or 0, window.stop)]
