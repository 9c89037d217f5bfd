"""What a result card shows beside the profile's own fields: its approaches, first concerns and
languages in the visitor's language, and whether it has an approved intro video.

The vocabularies are read as plain rows and kept in the shared cache (modalities/vocabulary.py),
for the cards, the facets and the search form's choices alike. A page's search rows hold the ids
of each profile's terms and its video badge, so a card's labels cost no query and build no model
instance. The profiles themselves are read for the page's own rows, after the page is chosen, in
one query with their rows' sets and first credential: a search that ranks thousands of matches
reads none of the ones it does not show.
"""

import datetime
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache

from django.db import router
from django.utils import timezone

from modalities.models import Approach, Concern
from modalities.vocabulary import Term, vocabulary_terms
from therapists.models import Community, Insurer, Language, RegulatoryBody, SearchRow, Therapist

CARD_CONCERNS = 4


# A search row's set -> (the vocabulary, the column search addresses use).
VOCABULARIES = {
    "approaches": (Approach, "slug"),
    "concerns": (Concern, "slug"),
    "languages": (Language, "code"),
    "communities": (Community, "slug"),
    "insurers": (Insurer, "slug"),
}


class Vocabulary:
    """The vocabularies in the active language, each fetched once a request, when first used."""

    def __init__(self):
        self.terms: dict[str, dict[int, Term]] = {}

    def of(self, field: str) -> dict[int, Term]:
        if field not in self.terms:
            self.terms[field] = vocabulary_terms(*VOCABULARIES[field])
        return self.terms[field]

    def terms_in(self, field: str, ids) -> list[Term]:
        """The terms of a set of ids, in vocabulary order."""
        mine = set(ids)
        return [term for pk, term in self.of(field).items() if pk in mine]


@dataclass(frozen=True)
class CardCredential:
    """The credential a card names: the first valid one."""

    designation: str
    acronym: str
    is_regulator: bool


def cards_make(rows, vocabulary: Vocabulary) -> list[Therapist]:
    """The profiles of a page of results (search rows, or the index's), in their order, each
    with its card's approaches, first concerns and languages (their labels, in vocabulary
    order), first valid credential, video badge and, from a search by place, its distance: one
    query for the page, whatever its size. A profile whose listing ended since the page was
    chosen is left off."""
    profiles = cards_read([row.pk for row in rows])
    cards = []
    for row in rows:
        if (therapist := profiles.get(row.pk)) is None:
            continue
        therapist.card_approaches = [
            t.label for t in vocabulary.terms_in("approaches", therapist.row_approaches)
        ]
        concerns = vocabulary.terms_in("concerns", therapist.row_concerns)[:CARD_CONCERNS]
        therapist.card_concerns = [t.name for t in concerns]
        therapist.card_languages = [
            t.name for t in vocabulary.terms_in("languages", therapist.row_languages)
        ]
        therapist.card_credential = credential_of(therapist.first_credential)
        therapist.has_video = bool(therapist.row_video)
        therapist.distance = getattr(row, "distance", None)
        cards.append(therapist)
    return cards


def cards_read(ids: list[int]) -> dict[int, Therapist]:
    """The profiles with these ids as Therapist.objects.for_cards() reads them, by id."""
    if not ids:
        return {}
    alias = router.db_for_read(Therapist)
    sql, params = cards_sql(alias, timezone.localdate(), len(ids))
    at = dict(zip(range(-len(ids), 0), ids, strict=True))
    params = [at.get(param, param) if type(param) is int else param for param in params]
    sets = SearchRow._meta.get_field("approaches")
    profiles = {}
    for therapist in Therapist.objects.using(alias).raw(sql, params):
        for name in ("row_approaches", "row_concerns", "row_languages"):
            setattr(therapist, name, sets.to_python(getattr(therapist, name)))
        found = therapist.first_credential
        therapist.first_credential = json.loads(found) if isinstance(found, str) else found
        profiles[therapist.pk] = therapist
    return profiles


def credential_of(found: dict | None) -> CardCredential | None:
    if not found:
        return None
    is_regulator = found["kind"] == RegulatoryBody.Kind.REGULATOR
    return CardCredential(found["designation"], found["acronym"], is_regulator)


@lru_cache(maxsize=64)
def cards_sql(alias: str, today: datetime.date, count: int) -> tuple[str, list]:
    """The SQL reading `count` profiles for their cards, made once a day per page size: the
    ORM took longer to build and compile it than PostgreSQL to run it. The ids are its
    parameters -count to -1, each a parameter of its own."""
    marks = list(range(-count, 0))
    query = Therapist.objects.using(alias).for_cards(on=today).filter(pk__in=marks).query
    sql, params = query.get_compiler(using=alias).as_sql()  # as that database writes it
    if sum(type(param) is int and param in marks for param in params) != count:
        raise ValueError("The cards' query holds other parameters like its ids.")
    return sql, list(params)


class CardsMixin:
    """A list view of result cards: each page's cards get their labels after pagination."""

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = cards_make(list(object_list), self.vocabulary)
        return paginator, page, page.object_list, is_paginated
