"""Names like a search's words, found on the index's trigrams (therapists/search/index/names.py)
as pg_trgm finds them through the names' index (therapists/search/text.py: names_like)."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.bench.vocabulary import vocabulary_read
from tests.therapists.public.api.directory import directory_make
from tests.therapists.search.test_index_words import TYPED
from therapists.search.index import held
from therapists.search.index.names import names_alike
from therapists.search.text import names_like, search_vectors_refresh

# Accents, case, hyphens, apostrophes, letters of several bytes, a repeated word, a short name.
NAMES = [
    "Élodie Côté-Gagnon",
    "Zoë O'Brien",
    "Nguyễn Văn An",
    "ÆGIR þórsson",
    "Marie-Ève Lévesque",
    "Li",
    "Ana Ana Ana",
    "Ana Anna",
]


def misspelt(rng: random.Random, name: str) -> str:
    """A letter dropped, doubled or two swapped."""
    at = rng.randrange(max(len(name) - 1, 1))
    return rng.choice(
        (
            name[:at] + name[at + 1 :],
            name[:at] + name[at] + name[at:],
            name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :],
        )
    )


@pytest.fixture
def people(db):
    people = directory_make()
    for person, name in zip(people, NAMES, strict=False):
        person.display_name = name
        person.save(update_fields=["display_name"])
    search_vectors_refresh([person.pk for person in people])
    factories.search_rows_sync(*people)
    return people


def texts_typed(people) -> list[str]:
    rng = random.Random(5)
    names = [person.display_name for person in people]
    vocabulary = vocabulary_read()
    return [
        *names,
        *(misspelt(rng, name) for name in names for _ in range(2)),
        *(name.split()[0] for name in names),
        *(name.upper() for name in names[:10]),
        *vocabulary.words["en"][:40],
        *vocabulary.words["fr"][:40],
        *TYPED,
        "",
        "  ",
        "!!",
        "a",
        " ".join(names[:6]),
    ]


def compared(people) -> int:
    """Every text's names alike, from the index and from PostgreSQL, the same in the same
    order; how many were found in all."""
    index = held.search_index("default")
    found = 0
    for text in texts_typed(people):
        ours = list(names_alike(index, "default", text).items())
        assert ours == list(names_like(text, "default").items()), text
        found += len(ours)
    return found


def test_names_alike_and_their_likeness_are_pg_trgm_s_to_the_last_bit(people):
    assert compared(people) > 200


def test_the_threshold_in_force_is_the_connection_s(people):
    found = compared(people)
    with connection.cursor() as cursor:
        cursor.execute("SET pg_trgm.similarity_threshold = 0.6")
    try:
        assert 0 < compared(people) < found
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET pg_trgm.similarity_threshold")


def test_the_names_trigrams_are_read_once_for_the_index(people):
    index = held.search_index("default")

    def trigram_reads(text: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            names_alike(index, "default", text)
        return sum("unnest(show_trgm(display_name))" in q["sql"] for q in queries.captured_queries)

    assert trigram_reads(people[0].display_name) == 1
    assert trigram_reads(people[1].display_name) == 0
