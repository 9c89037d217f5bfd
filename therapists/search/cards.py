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

from django.db import connections, router
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
    """The profiles with these ids as Therapist.objects.for_cards() reads them, by id: the rows
    straight from the cursor into instances (Model.from_db), without a RawQuerySet matching
    the columns to the fields again for every page."""
    if not ids:
        return {}
    alias = router.db_for_read(Therapist)
    cards = cards_sql(alias, timezone.localdate(), len(ids))
    at = dict(zip(range(-len(ids), 0), ids, strict=True))
    params = [at.get(param, param) if type(param) is int else param for param in cards.params]
    with connections[alias].cursor() as cursor:
        cursor.execute(cards.sql, params)
        rows = cursor.fetchall()
    fields = len(cards.fields)
    sets = SearchRow._meta.get_field("approaches")
    converters = [
        (index, column_converter(found, connections[alias]))
        for index, found in cards.converters.items()
    ]
    profiles = {}
    for row in rows:
        values = list(row)
        for index, convert in converters:
            values[index] = convert(values[index])
        therapist = Therapist.from_db(alias, cards.fields, values[:fields])
        extra = dict(zip(cards.annotations, values[fields:], strict=True))
        for name in ("row_approaches", "row_concerns", "row_languages"):
            extra[name] = sets.to_python(extra[name])
        found = extra["first_credential"]
        extra["first_credential"] = json.loads(found) if isinstance(found, str) else found
        therapist.__dict__.update(extra)
        profiles[therapist.pk] = therapist
    return profiles


def credential_of(found: dict | None) -> CardCredential | None:
    if not found:
        return None
    is_regulator = found["kind"] == RegulatoryBody.Kind.REGULATOR
    return CardCredential(found["designation"], found["acronym"], is_regulator)


@dataclass(frozen=True)
class CardsSql:
    """The cards' statement, its parameters, and what its columns are: the profile's fields
    (attnames, in order), then the annotations; the converters of the fields' columns that
    have any, by position, as a RawQuerySet applies them."""

    sql: str
    params: list
    fields: tuple[str, ...]
    annotations: tuple[str, ...]
    converters: dict


@lru_cache(maxsize=64)
def cards_sql(alias: str, today: datetime.date, count: int) -> CardsSql:
    """The SQL reading `count` profiles for their cards, made once a day per page size: the
    ORM took longer to build and compile it than PostgreSQL to run it. The ids are its
    parameters -count to -1, each a parameter of its own."""
    marks = list(range(-count, 0))
    query = Therapist.objects.using(alias).for_cards(on=today).filter(pk__in=marks).query
    compiler = query.get_compiler(using=alias)
    sql, params = compiler.as_sql()  # as that database writes it
    if sum(type(param) is int and param in marks for param in params) != count:
        raise ValueError("The cards' query holds other parameters like its ids.")
    field_columns = compiler.klass_info["select_fields"]
    if field_columns != list(range(len(field_columns))):
        raise ValueError("The cards' query does not select the profile's fields first.")
    annotations = sorted(compiler.annotation_col_map.items(), key=lambda item: item[1])
    if [index for _name, index in annotations] != list(
        range(len(field_columns), len(compiler.select))
    ):
        raise ValueError("The cards' query selects more than its fields and annotations.")
    columns = [compiler.select[index][0] for index in field_columns]
    return CardsSql(
        sql=sql,
        params=list(params),
        fields=tuple(compiler.select[index][0].target.attname for index in field_columns),
        annotations=tuple(name for name, _index in annotations),
        converters=compiler.get_converters(columns),
    )


def column_converter(found: tuple, connection):
    """One function applying a column's converters (the database's, then the field's), as the
    ORM's compiler applies them."""
    functions, expression = found

    def convert(value):
        for function in functions:
            value = function(value, expression, connection)
        return value

    return convert


class CardsMixin:
    """A list view of result cards: each page's cards get their labels after pagination."""

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = cards_make(list(object_list), self.vocabulary)
        return paginator, page, page.object_list, is_paginated
