"""Keeping the search's rows (therapists/models/search_rows.py) in step with the profiles.

listing_refresh() (therapists/listing.py) ends here, and every change to what the search reads
goes through it: credentials, publishing, offices, accounts, the editor's sections, the word on
new clients, intro videos. A profile that is not listed has no row. The daily sweep refreshes
every row, which also moves rows past their stable_until. An edit of the coverage table in the
admin refreshes the rows of the therapists holding the designation it names
(search_rows_refresh_for_coverage).
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from itertools import batched

from django.db import connection
from django.utils import timezone

from modalities.models import Approach
from therapists.models import (
    SESSION_TIME_FIELDS,
    SESSION_TIME_NUMBERS,
    Coverage,
    Credential,
    IntroVideo,
    Office,
    SearchRow,
    Therapist,
    coverage_key,
)
from therapists.search.links import link_table

BATCH = 2000
# The row's sets of ids, from Therapist's many-to-many fields.
TERM_SETS = {
    "approaches": "approaches",
    "concerns": "concerns",
    "languages": "languages",
    "communities": "communities",
    "insurers": "direct_billing",
}
# The profile's own fields the row copies as they are.
COPIED = (
    "listed_until",
    "display_name",
    "gender_identity",
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
    "fee",
    "accepting",
    "availability_confirmed_at",
)
UPDATED = [
    *COPIED,
    *TERM_SETS,
    "approaches_widened",
    "stable_until",
    "lowest_fee",
    "online_provinces",
    "serving_provinces",
    "wheelchair_office",
    "has_video",
    "covered_by",
    "session_times",
]
# A credential without an expiry, or no date-bound fact at all: nothing changes with time.
FOREVER = datetime.date.max


def search_rows_refresh(therapist_ids: Iterable[int]) -> None:
    """Make, update or remove the rows of these profiles, as they stand now."""
    ids = sorted(set(therapist_ids))
    for batch in batched(ids, BATCH):
        rows_refresh(list(batch))


def search_rows_refresh_for_coverage(*, regulatory_body_id: int, province: str) -> None:
    """The rows of every profile with a credential from this body in this province: what an
    insurer reimburses there (the coverage table) has changed."""
    search_rows_refresh(
        Credential.objects.filter(
            regulatory_body_id=regulatory_body_id, jurisdiction=province
        ).values_list("therapist_id", flat=True)
    )


def search_rows_rebuild() -> int:
    """Every profile's row made again (the daily sweep, and after loading data); returns how
    many profiles are listed."""
    search_rows_refresh(Therapist.objects.values_list("pk", flat=True))
    return SearchRow.objects.count()


def rows_refresh(ids: list[int]) -> None:
    today = timezone.localdate()
    profiles = list(
        Therapist.objects.listed(on=today)
        .filter(pk__in=ids)
        .values("pk", "fee_floor", *COPIED, *SESSION_TIME_FIELDS.values())
        .order_by("pk")
    )
    listed = [profile["pk"] for profile in profiles]
    SearchRow.objects.filter(therapist_id__in=ids).exclude(therapist_id__in=listed).delete()
    if not listed:
        return
    facts = Facts(listed, today)
    rows = [row_make(profile, facts) for profile in profiles]
    SearchRow.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["therapist"], update_fields=UPDATED
    )
    rank_vectors_refresh(listed)


class Facts:
    """What the rows of some listed profiles take from other tables, each read in one query."""

    def __init__(self, ids: list[int], today: datetime.date):
        self.terms = terms_linked(ids)
        self.related = defaultdict(set)
        for one, other in Approach.related.through.objects.values_list(
            "from_approach_id", "to_approach_id"
        ):
            self.related[one].add(other)
        self.credentials = defaultdict(list)
        for therapist_id, province, expires_on, body in (
            Credential.objects.valid(on=today)
            .filter(therapist_id__in=ids)
            .values_list("therapist_id", "jurisdiction", "expires_on", "regulatory_body_id")
        ):
            self.credentials[therapist_id].append((province, expires_on or FOREVER, body))
        # (body, province) -> the insurers reimbursing that designation there.
        self.coverage = defaultdict(set)
        for body, province, insurer in Coverage.objects.covered().values_list(
            "regulatory_body_id", "province", "insurer_id"
        ):
            self.coverage[body, province].add(insurer)
        self.offices = defaultdict(list)
        for therapist_id, province, accessible, until in (
            Office.objects.registered(on=today)
            .filter(therapist_id__in=ids)
            .values_list(
                "therapist_id", "city__province", "wheelchair_accessible", "registered_until"
            )
        ):
            self.offices[therapist_id].append((province, accessible, until))
        self.with_video = set(
            IntroVideo.objects.approved()
            .filter(therapist_id__in=ids)
            .values_list("therapist_id", flat=True)
        )


def terms_linked(ids: list[int]) -> dict[str, dict[int, list[int]]]:
    linked = {}
    for name, field in TERM_SETS.items():
        through, column = link_table(field)
        pairs = through.objects.filter(therapist_id__in=ids).values_list("therapist_id", column)
        linked[name] = defaultdict(list)
        for therapist_id, term in pairs:
            linked[name][therapist_id].append(term)
    return linked


def row_make(profile: dict, facts: Facts) -> SearchRow:
    pk = profile["pk"]
    credentials = facts.credentials[pk] if profile["offers_online"] else []
    offices = facts.offices[pk]
    online = {province for province, _until, _body in credentials}
    covering = [
        (province, until, facts.coverage[body, province])
        for province, until, body in facts.credentials[pk]
        if (body, province) in facts.coverage
    ]
    dates = [
        *(until for _province, until, _body in credentials),
        *(until for *_fact, until in offices),
        *(until for _province, until, _insurers in covering),
    ]
    return SearchRow(
        therapist_id=pk,
        **{field: profile[field] for field in COPIED},
        **{name: facts.terms[name][pk] for name in TERM_SETS},
        approaches_widened=widened(facts.terms["approaches"][pk], facts.related),
        lowest_fee=profile["fee_floor"] if profile["fee_floor"] is not None else profile["fee"],
        online_provinces=sorted(online),
        serving_provinces=sorted(online | {province for province, *_rest in offices}),
        wheelchair_office=any(accessible for _province, accessible, _until in offices),
        has_video=pk in facts.with_video,
        covered_by=[
            coverage_key(insurer, province)
            for province, _until, insurers in covering
            for insurer in insurers
        ],
        session_times=[
            SESSION_TIME_NUMBERS[time]
            for time, field in SESSION_TIME_FIELDS.items()
            if profile[field]
        ],
        stable_until=min(dates, default=FOREVER),
    )


# Each row's ranking words: the profile's name (weight A), its headlines and its verified
# designations (B), in both languages: a few hundred bytes, kept in the row. The bio and the
# vocabularies' words find a profile (through its full vector) without being read to rank it;
# a match on an approach or a concern ranks through the row's sets (therapists/search/text.py).
RANK_SQL = """
WITH designations AS (
    SELECT therapist_id, string_agg(designation, ' ') AS words
    FROM therapists_credential
    WHERE therapist_id = ANY(%(ids)s) AND status = 'verified'
    GROUP BY therapist_id
), texts AS (
    SELECT t.id, t.search_vector, t.display_name AS name,
           concat_ws(' ', t.headline, t.headline_other, d.words) AS practice
    FROM therapists_therapist t
    LEFT JOIN designations d ON d.therapist_id = t.id
    WHERE t.id = ANY(%(ids)s)
)
UPDATE therapists_searchrow r SET search_vector = x.search_vector, rank_vector =
       setweight(to_tsvector('directory_en', x.name) || to_tsvector('directory_fr', x.name), 'A')
    || setweight(to_tsvector('directory_en', x.practice)
                 || to_tsvector('directory_fr', x.practice), 'B')
FROM texts x
WHERE r.therapist_id = x.id
"""


def widened(approaches: list[int], related: dict[int, set[int]]) -> list[int]:
    return sorted(set(approaches).union(*(related[pk] for pk in approaches)))


def rank_vectors_refresh(ids: list[int]) -> None:
    """The search and ranking words of these profiles' rows (PostgreSQL only: elsewhere the
    plain search reads the profiles' folded words)."""
    if connection.vendor != "postgresql" or not ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(RANK_SQL, {"ids": ids})
