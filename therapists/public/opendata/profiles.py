"""What the open data reads of listed profiles, as plain values, a chunk at a time.

The export touches every listed profile and some thirty rows hanging off each: built as model
instances that costs more than all the rest together, so each chunk is read with values() (one
query per relation, whatever the chunk's size) into small frozen records the HSDS mapping
(hsds.py and its neighbours in therapists/public/opendata/) reads like profiles.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import QuerySet

from therapists.models import (
    AGE_GROUP_FIELDS,
    SESSION_FORMAT_FIELDS,
    ConsultationOffer,
    ConsultationWindow,
    Credential,
    Insurer,
    Language,
    Office,
    RegulatoryBody,
    Therapist,
)
from therapists.models.availability import AvailabilityShown

CHUNK_SIZE = 1000

PROFILE_FIELDS = (
    "pk",
    "slug",
    "display_name",
    "headline",
    "bio",
    "fee",
    "fee_floor",
    "session_minutes",
    "free_consultation",
    "accepting",
    "waitlist_weeks",
    "availability_confirmed_at",
    "offers_online",
    "public_phone",
    "updated_at",
    *AGE_GROUP_FIELDS,
    *SESSION_FORMAT_FIELDS,
)


@dataclass(frozen=True)
class OpenCredential:
    designation: str
    registration_number: str
    jurisdiction: str
    reviewed_at: datetime.datetime | None
    body_name: str
    body_acronym: str


@dataclass(frozen=True)
class OpenOffice:
    pk: int
    label: str
    address_line1: str
    address_line2: str
    postal_code: str
    latitude: float
    longitude: float
    wheelchair_accessible: bool
    city: str
    province: str


@dataclass(frozen=True)
class OpenWindow:
    pk: int
    weekday: int
    starts: datetime.time
    ends: datetime.time


@dataclass(frozen=True)
class OpenConsultation:
    minutes: int
    time_zone: str
    ways: tuple[str, ...]
    windows: tuple[OpenWindow, ...]


@dataclass(frozen=True)
class OpenProfile(AvailabilityShown):
    """A listed profile as its public page shows it (availability as AvailabilityShown says)."""

    pk: int
    slug: str
    display_name: str
    headline: str
    bio: str
    fee: int | None
    fee_floor: int | None
    session_minutes: int
    free_consultation: bool
    accepting: str
    waitlist_weeks: int | None
    availability_confirmed_at: datetime.datetime | None
    offers_online: bool
    public_phone: str
    updated_at: datetime.datetime
    age_groups: tuple[str, ...]  # names of the age-group fields ticked
    session_formats: tuple[str, ...]
    approaches: tuple[str, ...]  # slugs
    concerns: tuple[str, ...]
    communities: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]  # (code, name)
    insurers: tuple[str, ...]  # names
    credentials: tuple[OpenCredential, ...]  # valid ones only
    offices: tuple[OpenOffice, ...]  # where registered only
    consultation: OpenConsultation | None


def open_profiles(
    therapists: QuerySet[Therapist], *, chunk_size: int = CHUNK_SIZE
) -> Iterator[OpenProfile]:
    """The profiles of a QuerySet (callers pass listed() ones), in id order, read chunk_size at
    a time by id, so no cursor stays open and memory stays flat."""
    vocabulary = Vocabulary()
    last = 0
    while True:
        rows = list(
            therapists.filter(pk__gt=last).order_by("pk").values(*PROFILE_FIELDS)[:chunk_size]
        )
        if not rows:
            return
        yield from profiles_of(rows, vocabulary)
        last = rows[-1]["pk"]


class Vocabulary:
    """Names of the small vocabularies, read once per export, in the active language."""

    def __init__(self):
        self.languages = {lang.pk: (lang.code, lang.name) for lang in Language.objects.all()}
        self.insurers = {insurer.pk: insurer.name for insurer in Insurer.objects.all()}
        self.bodies = {body.pk: (body.name, body.acronym) for body in RegulatoryBody.objects.all()}


def profiles_of(rows: list[dict], vocabulary: Vocabulary) -> Iterator[OpenProfile]:
    ids = [row["pk"] for row in rows]
    related = {
        "approaches": linked(Therapist.approaches.through, ids, "approach__slug"),
        "concerns": linked(Therapist.concerns.through, ids, "concern__slug"),
        "communities": linked(Therapist.communities.through, ids, "community__slug"),
        "languages": [
            (therapist, vocabulary.languages[pk])
            for therapist, pk in linked(Therapist.languages.through, ids, "language_id")
        ],
        "insurers": [
            (therapist, vocabulary.insurers[pk])
            for therapist, pk in linked(Therapist.direct_billing.through, ids, "insurer_id")
        ],
        "credentials": credentials_of(ids, vocabulary),
        "offices": offices_of(ids),
    }
    grouped = {name: grouped_by_therapist(pairs) for name, pairs in related.items()}
    consultations = consultations_of(ids)
    for row in rows:
        pk = row["pk"]
        yield OpenProfile(
            **{name: row[name] for name in PROFILE_FIELDS if name not in AGE_AND_FORMATS},
            age_groups=tuple(name for name in AGE_GROUP_FIELDS if row[name]),
            session_formats=tuple(name for name in SESSION_FORMAT_FIELDS if row[name]),
            **{name: tuple(values.get(pk, ())) for name, values in grouped.items()},
            consultation=consultations.get(pk),
        )


AGE_AND_FORMATS = {*AGE_GROUP_FIELDS, *SESSION_FORMAT_FIELDS}


def linked(through, ids: list[int], value: str) -> list[tuple[int, object]]:
    """(therapist id, value) for a many-to-many relation, in the value's order."""
    return list(
        through.objects.filter(therapist_id__in=ids)
        .order_by("therapist_id", value)
        .values_list("therapist_id", value)
    )


def grouped_by_therapist(pairs: Iterable[tuple[int, object]]) -> dict[int, list]:
    grouped = defaultdict(list)
    for therapist_id, value in pairs:
        grouped[therapist_id].append(value)
    return grouped


def credentials_of(ids: list[int], vocabulary: Vocabulary) -> list[tuple[int, OpenCredential]]:
    rows = (
        Credential.objects.valid()
        .filter(therapist_id__in=ids)
        .order_by("therapist_id", "submitted_at", "pk")
        .values_list(
            "therapist_id",
            "designation",
            "registration_number",
            "jurisdiction",
            "reviewed_at",
            "regulatory_body_id",
        )
    )
    return [
        (therapist, OpenCredential(designation, number, where, reviewed, *vocabulary.bodies[body]))
        for therapist, designation, number, where, reviewed, body in rows
    ]


OFFICE_FIELDS = (
    "pk",
    "label",
    "address_line1",
    "address_line2",
    "postal_code",
    "latitude",
    "longitude",
    "wheelchair_accessible",
    "city__name",
    "city__province",
)


def offices_of(ids: list[int]) -> list[tuple[int, OpenOffice]]:
    rows = (
        Office.objects.registered()
        .filter(therapist_id__in=ids)
        .order_by("therapist_id", "pk")
        .values_list("therapist_id", *OFFICE_FIELDS)
    )
    return [(therapist, OpenOffice(*fields)) for therapist, *fields in rows]


def consultations_of(ids: list[int]) -> dict[int, OpenConsultation]:
    windows = grouped_by_therapist(
        (therapist, OpenWindow(pk, weekday, starts, ends))
        for therapist, pk, weekday, starts, ends in ConsultationWindow.objects.filter(
            offer__therapist_id__in=ids
        )
        .order_by("offer__therapist_id", "weekday", "starts")
        .values_list("offer__therapist_id", "pk", "weekday", "starts", "ends")
    )
    return {
        offer.therapist_id: OpenConsultation(
            offer.minutes, offer.time_zone, tuple(offer.ways), tuple(windows[offer.therapist_id])
        )
        for offer in ConsultationOffer.objects.filter(therapist_id__in=ids)
    }
