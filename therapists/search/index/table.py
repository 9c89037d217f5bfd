"""The search rows and their offices as arrays: a bit row per term, province and flag, the
orders' ranks, the offices sorted by latitude (the package's docstring says why)."""

import datetime
import hashlib
from functools import cached_property

import numpy as np
from django.db import models

from directory.geo import EARTH_RADIUS_KM, Place, bounding_box
from therapists.models import SearchRow, TermSet
from therapists.search.index.lexemes import HeldWords
from therapists.search.index.names import HeldNames

# The row's sets of terms (each a bit row per term) and its yes-or-no fields, as the model has them.
SETS = tuple(field.name for field in SearchRow._meta.fields if isinstance(field, TermSet))
FLAGS = tuple(
    field.name for field in SearchRow._meta.fields if isinstance(field, models.BooleanField)
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
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)


def microseconds(moment: datetime.datetime | None) -> int | None:
    return None if moment is None else (moment - EPOCH) // MICROSECOND


def bit_count(bits: np.ndarray) -> int:
    return int(np.bitwise_count(bits).sum())


class TermBits:
    """One set of the rows (approaches, provinces, ...): a row of bits per term."""

    def __init__(self, rows: np.ndarray, terms: np.ndarray, numbers: dict, size: int):
        self.keys = list(numbers)  # in the order of their numbers
        self.index = numbers
        dense = np.zeros((len(self.keys), size), dtype=bool)
        dense[terms, rows] = True
        self.bits = np.packbits(dense, axis=1)
        self.empty = np.zeros((size + 7) // 8, dtype=np.uint8)

    def any_of(self, keys) -> np.ndarray:
        """The rows holding any of the keys."""
        numbers = [self.index[key] for key in keys if key in self.index]
        if not numbers:
            return self.empty
        return np.bitwise_or.reduce(self.bits[numbers], axis=0)

    def counts(self, among: np.ndarray) -> dict:
        """How many of the rows among these hold each key (those held by none left out): over
        the bytes holding any of them, when that is a fraction of all."""
        bytes_among = np.flatnonzero(among)
        if len(bytes_among) < len(among) // 4:
            bits, among = self.bits[:, bytes_among], among[bytes_among]
        else:
            bits = self.bits
        counted = np.bitwise_count(bits & among).sum(axis=1, dtype=np.int64)
        return {self.keys[number]: int(counted[number]) for number in np.flatnonzero(counted)}


def ordinals(days, *, none: int) -> np.ndarray:
    return np.array([none if day is None else day.toordinal() for day in days], dtype=np.int64)


# Each column kept as one value a row, and how it is made compact.
SCALARS = {
    "pk": lambda values: np.array(values, dtype=np.int64),
    "listed_until": lambda values: ordinals(values, none=-1),
    "stable_until": lambda values: ordinals(values, none=-1),  # unknown: asked every time
    "lowest_fee": lambda values: np.array(
        [np.inf if fee is None else fee for fee in values], dtype=np.float64
    ),
    "availability_confirmed_at": lambda values: np.array(
        [-1 if moment is None else microseconds(moment) for moment in values], dtype=np.int64
    ),
    **{flag: (lambda values: np.array(values, dtype=bool)) for flag in FLAGS},
}
# Each column kept as terms a row: the sets, and the fields a search picks among.
TERMS = (*SETS, "gender_identity", "accepting")


class ColumnsRead:
    """The rows read a chunk at a time into compact arrays, so that making the index never
    holds every row as Python objects at once (100,000 rows of tuples and lists: 300 MB)."""

    def __init__(self):
        self.size = 0
        self.scalars: dict[str, list[np.ndarray]] = {name: [] for name in SCALARS}
        self.terms = {name: ([], [], {}) for name in TERMS}

    def add(self, chunk: list[tuple]) -> None:
        columns = dict(zip(COLUMNS, zip(*chunk, strict=True), strict=True))
        for name, compact in SCALARS.items():
            self.scalars[name].append(compact(columns[name]))
        for name in TERMS:
            held = columns[name] if name in SETS else [[value] for value in columns[name]]
            self.terms_add(name, held)
        self.size += len(chunk)

    def terms_add(self, name: str, values) -> None:
        rows, terms, numbers = self.terms[name]
        rows.append(
            np.array([self.size + at for at, held in enumerate(values) for _ in held], np.intp)
        )
        terms.append(
            np.array(
                [numbers.setdefault(key, len(numbers)) for held in values for key in held],
                np.intp,
            )
        )

    def scalar(self, name: str) -> np.ndarray:
        chunks = self.scalars[name]
        return np.concatenate(chunks) if chunks else SCALARS[name]([])

    def term_bits(self, name: str) -> TermBits:
        rows, terms, numbers = self.terms[name]
        joined = [
            np.concatenate(parts) if parts else np.zeros(0, np.intp) for parts in (rows, terms)
        ]
        return TermBits(*joined, numbers, self.size)


class SearchIndex:
    """The search rows and their offices, as read at one version of the database."""

    def __init__(self, rows: ColumnsRead, offices: list[tuple], *, version: int | None = None):
        self.version = version
        self.size = size = rows.size
        self.ids = rows.scalar("pk")
        self.listed_until = rows.scalar("listed_until")
        self.stable_until = rows.scalar("stable_until")
        self.sets = {name: rows.term_bits(name) for name in SETS}
        self.flags = {name: np.packbits(rows.scalar(name)) for name in FLAGS}
        self.gender = rows.term_bits("gender_identity")
        self.accepting = rows.term_bits("accepting")
        self.lowest_fee = rows.scalar("lowest_fee")
        self.confirmed = rows.scalar("availability_confirmed_at")
        self.recent_rank = ranks(-self.confirmed.astype(np.float64), self.confirmed < 0)
        self.fee_rank = ranks(self.lowest_fee, np.isinf(self.lowest_fee))
        self.offices = OfficeTable(offices, self.ids)
        self.empty = np.zeros((size + 7) // 8, dtype=np.uint8)
        self.words = HeldWords(size)  # the words searched, each one's rows
        self.names = HeldNames()  # the names' trigrams, once a search has words
        self._listed: tuple[datetime.date, np.ndarray] | None = None  # the rows listed that day

    @cached_property
    def fingerprint(self) -> str:
        """What tells these rows from others: their version and their ids (processes holding
        the same rows number them alike)."""
        digest = hashlib.blake2b(self.ids.tobytes(), digest_size=12).hexdigest()
        return f"{self.version}-{digest}"

    def listed(self, today: datetime.date) -> np.ndarray:
        if self._listed is None or self._listed[0] != today:
            listed = np.packbits(self.listed_until >= today.toordinal())
            listed.flags.writeable = False  # shared by every search that day
            self._listed = (today, listed)
        return self._listed[1]

    def stale(self, today: datetime.date) -> np.ndarray:
        """The rows whose date-bound sets may no longer hold today."""
        return np.packbits(self.stable_until < today.toordinal())

    def positions(self, bits: np.ndarray) -> np.ndarray:
        return np.flatnonzero(np.unpackbits(bits, count=self.size))

    def bits_of(self, positions: np.ndarray) -> np.ndarray:
        dense = np.zeros(self.size, dtype=bool)
        dense[positions] = True
        return np.packbits(dense)

    def located(self, ids) -> tuple[np.ndarray, np.ndarray]:
        """The positions of the rows with these ids, and which of the ids the index holds
        (the positions are of those only)."""
        wanted = np.asarray(ids, dtype=np.int64)
        if not self.size:
            return np.zeros(0, dtype=np.intp), np.zeros(len(wanted), dtype=bool)
        positions = np.minimum(np.searchsorted(self.ids, wanted), self.size - 1)
        known = self.ids[positions] == wanted
        return positions[known], known

    def positions_of(self, ids) -> np.ndarray:
        return self.located(ids)[0]

    def held(self, bits: np.ndarray) -> np.ndarray:
        """A bool per row: whether it is among the bits."""
        return np.unpackbits(bits, count=self.size).astype(bool)


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
