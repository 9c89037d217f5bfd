"""The search rows held in each process as bit sets: a search without words is filtered, counted
and put in order without asking PostgreSQL, whatever it combines.

Every term, province and yes-or-no field of the rows is one bit per row (about 13 KB at 100,000
rows), so a filter is an AND of a few of them and a facet's counts one AND and one population
count per option over the rows meeting the other groups: microseconds where the counting pass
took 25 to 400 ms. The offices of the rows are kept sorted by latitude, so a place is a slice of
them and a distance per office in the slice. The orders without words (nearest, recently
confirmed, lowest fee) pick a page's 20 rows among the results; the page then reads those rows,
their profiles and credentials from the database as before.

*As fresh as the database.* Every write to the search rows or the offices changes
`SearchIndexVersion` in the same transaction (triggers, migration 0009). A request reads that
number from the database it searches (one primary-key read), and a process whose copy was made
at another number makes it again before answering: nothing is ever older than what the request
could read itself.

*The rule on every request.* A row's listing (`listed_until`), its offices' registrations and
the trust in its word on new clients are compared with today and now on each request. A row
past its `stable_until` (a credential or registration may have ended) is asked of PostgreSQL
for the conditions that hang on dates, as the SQL search asks it (therapists/search/conditions.py).

Words are PostgreSQL's: a search with words goes the SQL way (facet_counts.py, filters.py).
"""

import datetime
import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from django.conf import settings
from django.db import router
from django.db.models import Q
from django.utils import timezone

from directory.geo import EARTH_RADIUS_KM, Place, bounding_box
from directory.memo import remembered
from therapists.models import (
    SESSION_TIME_NUMBERS,
    Accepting,
    Office,
    SearchIndexVersion,
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

# The rows' sets, each a bit row per term.
SETS = (
    "approaches",
    "approaches_widened",
    "concerns",
    "languages",
    "communities",
    "insurers",
    "covered_by",
    "session_times",
    "online_provinces",
    "serving_provinces",
)
FLAGS = (
    "wheelchair_office",
    "has_video",
    "serves_children",
    "serves_teens",
    "serves_adults",
    "serves_older_adults",
    "offers_individual",
    "offers_couples",
    "offers_family",
    "offers_group",
    "offers_online",
    "free_consultation",
)
COLUMNS = (
    "pk",
    "listed_until",
    "stable_until",
    "gender_identity",
    "lowest_fee",
    "accepting",
    "availability_confirmed_at",
    *FLAGS,
    *SETS,
)
OFFICE_COLUMNS = (
    "therapist_id",
    "latitude",
    "longitude",
    "wheelchair_accessible",
    "registered_until",
)
NEVER = datetime.date.max.toordinal()
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)
# The accepting facet's options, as the SQL pass numbers them (facet_counts.py).
ACCEPTING_NOW, ACCEPTING_WAITLIST = 1, 2


def microseconds(moment: datetime.datetime | None) -> int | None:
    return None if moment is None else (moment - EPOCH) // MICROSECOND


def bit_count(bits: np.ndarray) -> int:
    return int(np.bitwise_count(bits).sum())


class TermBits:
    """One set of the rows (approaches, provinces, ...): a row of bits per term."""

    def __init__(self, values: list, size: int):
        self.keys = sorted({key for held in values for key in held}, key=str)
        self.index = {key: number for number, key in enumerate(self.keys)}
        dense = np.zeros((len(self.keys), size), dtype=bool)
        rows = [position for position, held in enumerate(values) for _key in held]
        terms = [self.index[key] for held in values for key in held]
        dense[np.array(terms, dtype=np.intp), np.array(rows, dtype=np.intp)] = True
        self.bits = np.packbits(dense, axis=1)
        self.empty = np.zeros((size + 7) // 8, dtype=np.uint8)

    def any_of(self, keys) -> np.ndarray:
        """The rows holding any of the keys."""
        numbers = [self.index[key] for key in keys if key in self.index]
        if not numbers:
            return self.empty
        return np.bitwise_or.reduce(self.bits[numbers], axis=0)

    def counts(self, among: np.ndarray) -> dict:
        """How many of the rows among these hold each key (those held by none left out)."""
        counted = np.bitwise_count(self.bits & among).sum(axis=1, dtype=np.int64)
        return {self.keys[number]: int(counted[number]) for number in np.flatnonzero(counted)}


class SearchIndex:
    """The search rows and their offices, as read at one version of the database."""

    def __init__(self, rows: list[tuple], offices: list[tuple]):
        size = len(rows)
        columns = dict(zip(COLUMNS, zip(*rows, strict=True), strict=True)) if rows else {}
        column = lambda name: list(columns.get(name, ()))  # noqa: E731
        self.size = size
        self.ids = np.array(column("pk"), dtype=np.int64)
        self.listed_until = np.array([d.toordinal() for d in column("listed_until")], np.int64)
        self.stable_until = np.array(
            [NEVER if d is None else d.toordinal() for d in column("stable_until")], np.int64
        )
        self.sets = {name: TermBits(column(name), size) for name in SETS}
        self.flags = {name: np.packbits(np.array(column(name), dtype=bool)) for name in FLAGS}
        self.gender = TermBits([[value] for value in column("gender_identity")], size)
        self.accepting = TermBits([[value] for value in column("accepting")], size)
        fees = column("lowest_fee")
        self.lowest_fee = np.array([np.inf if fee is None else fee for fee in fees], np.float64)
        confirmed = [microseconds(moment) for moment in column("availability_confirmed_at")]
        self.confirmed = np.array([-1 if us is None else us for us in confirmed], np.int64)
        self.recent_rank = ranks(-self.confirmed.astype(np.float64), self.confirmed < 0)
        self.fee_rank = ranks(self.lowest_fee, np.isinf(self.lowest_fee))
        self.offices = OfficeTable(offices, self.ids)
        self.empty = np.zeros((size + 7) // 8, dtype=np.uint8)

    def listed(self, today: datetime.date) -> np.ndarray:
        return np.packbits(self.listed_until >= today.toordinal())

    def stale(self, today: datetime.date) -> np.ndarray:
        """The rows whose date-bound sets may no longer hold today."""
        return np.packbits(self.stable_until < today.toordinal())

    def positions(self, bits: np.ndarray) -> np.ndarray:
        return np.flatnonzero(np.unpackbits(bits, count=self.size))

    def bits_of(self, positions: np.ndarray) -> np.ndarray:
        dense = np.zeros(self.size, dtype=bool)
        dense[positions] = True
        return np.packbits(dense)

    def positions_of(self, ids) -> np.ndarray:
        return np.searchsorted(self.ids, np.array(sorted(ids), dtype=np.int64))


def ranks(key: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Each row's place in the order by key (those marked last at the end), then by id (rows
    are held in id order)."""
    order = np.lexsort((np.arange(len(key)), key, last))
    rank = np.empty(len(key), dtype=np.int64)
    rank[order] = np.arange(len(key))
    return rank


class OfficeTable:
    """The rows' offices sorted by latitude: a place's bounding box is a slice of them."""

    def __init__(self, offices: list[tuple], ids: np.ndarray):
        offices = sorted(offices, key=lambda office: office[1])
        columns = list(zip(*offices, strict=True)) if offices else [()] * len(OFFICE_COLUMNS)
        therapists, latitudes, longitudes, accessible, registered = columns
        therapists = np.array(therapists, dtype=np.int64)
        position = np.minimum(np.searchsorted(ids, therapists), max(len(ids) - 1, 0))
        rowed = ids[position] == therapists if len(ids) else np.zeros(len(therapists), bool)
        self.position = position[rowed]  # the offices of profiles with a row: the listed
        self.latitude = np.array(latitudes, dtype=np.float64)[rowed]
        self.longitude = np.array(longitudes, dtype=np.float64)[rowed]
        self.accessible = np.array(accessible, dtype=bool)[rowed]
        self.registered_until = np.array(
            [-1 if day is None else day.toordinal() for day in registered], dtype=np.int64
        )[rowed]

    def near(self, place: Place, km: float, today: datetime.date, *, accessible: bool):
        """(row positions, distance in km to each one's nearest office) of the rows with a
        registered office within km of the place: the SQL's haversine (directory/geo.py)."""
        box = bounding_box(place, km)
        start = np.searchsorted(self.latitude, box["latitude__gte"], side="left")
        stop = np.searchsorted(self.latitude, box["latitude__lte"], side="right")
        longitude = self.longitude[start:stop]
        keep = (
            (longitude >= box["longitude__gte"])
            & (longitude <= box["longitude__lte"])
            & (self.registered_until[start:stop] >= today.toordinal())
        )
        if accessible:
            keep &= self.accessible[start:stop]
        latitude, longitude = self.latitude[start:stop][keep], longitude[keep]
        half_dlat = (np.radians(latitude) - np.radians(place.latitude)) / 2
        half_dlng = (np.radians(longitude) - np.radians(place.longitude)) / 2
        a = (
            np.sin(half_dlat) ** 2
            + np.cos(np.radians(place.latitude))
            * np.cos(np.radians(latitude))
            * np.sin(half_dlng) ** 2
        )
        distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        within = distance <= km
        positions, distance = self.position[start:stop][keep][within], distance[within]
        order = np.lexsort((distance, positions))
        positions, distance = positions[order], distance[order]
        first = np.ones(len(positions), dtype=bool)
        first[1:] = positions[1:] != positions[:-1]
        return positions[first], distance[first]


_LOCK = threading.Lock()
_INDEXES: dict[str, SearchIndex] = {}
_VERSIONS: dict[str, int] = {}


def index_version(alias: str) -> int | None:
    version = SearchIndexVersion.objects.using(alias).filter(pk=1).values_list("value", flat=True)
    return remembered(("search-index-version", alias), lambda: version.first())


def index_read(alias: str) -> SearchIndex:
    rows = SearchRow.objects.using(alias).order_by("pk").values_list(*COLUMNS)
    offices = (
        Office.objects.using(alias).filter(search_row__isnull=False).values_list(*OFFICE_COLUMNS)
    )
    return SearchIndex(list(rows), list(offices))


def search_index(alias: str) -> SearchIndex:
    """The index of the rows as the database `alias` holds them now."""
    version = index_version(alias)
    if version is None:  # the version's row is gone (a test database flushed): read afresh
        return index_read(alias)
    with _LOCK:
        if _VERSIONS.get(alias) != version:
            _INDEXES[alias] = index_read(alias)
            _VERSIONS[alias] = version
        return _INDEXES[alias]


def indexed(filterset) -> bool:
    """Whether the index answers the search: everything but words (a field that does not
    validate is left out of the search either way)."""
    filterset.is_valid()
    return settings.SEARCH_INDEX and not filterset.form.cleaned_data.get("q")


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

    def __init__(self, filterset):
        self.filterset = filterset
        self.form = filterset.form
        self.data = filterset.form.cleaned_data
        self.alias = router.db_for_read(SearchRow)
        self.index = search_index(self.alias)
        self.today = timezone.localdate()

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


class IndexedResults:
    """A search's results read from the index, sliced like a queryset by the paginators: a
    page's rows are read by id, each with its distance from a search by place."""

    def __init__(self, search: IndexedSearch, *, count: int | None):
        self.search, self.known_count = search, count

    def count(self) -> int:
        if self.known_count is None:
            self.known_count = self.search.total()
        return self.known_count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[SearchRow]:
        found = self.search.page(window.start or 0, window.stop)
        rows = (
            SearchRow.objects.using(self.search.alias)
            .defer("search_vector", "rank_vector", "covered_by")
            .in_bulk([pk for pk, _distance in found])
        )
        page = []
        for pk, distance in found:
            row = rows[pk]
            if distance is not None:
                row.distance = distance
            page.append(row)
        return page
