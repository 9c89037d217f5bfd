"""The approaches and concerns whose words match the words typed, matched on the lexemes each
process holds (therapists/search/index/understood.py) as PostgreSQL's `@@` matches them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.bench.vocabulary import vocabulary_read
from tests.therapists.public.api.directory import directory_make
from tests.therapists.search.test_index_words import TYPED
from therapists.search.index.understood import words_understood_held
from therapists.search.text import words_understood


def test_the_terms_matched_are_postgresql_s_for_every_kind_of_words(db):
    people = directory_make()
    vocabulary = vocabulary_read()
    texts = [*TYPED, *vocabulary.words["en"], *vocabulary.words["fr"]]
    texts += [person.display_name for person in people[:10]]
    texts += ["anxiety -trauma", "-anxiety", "cbt or dbt", "grief and loss", "", "the of"]
    matched = 0
    for text in texts:
        ours = words_understood_held("default", text)
        assert ours == words_understood("default", text), text
        matched += sum(len(ids) for ids in ours.terms.values())
    assert matched > 30


def test_the_terms_words_are_read_once_a_generation(db):
    def vectors_made(text: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            words_understood_held("default", text)
        return sum("tsvector_to_array" in q["sql"] for q in queries.captured_queries)

    assert vectors_made("anxiety") == 2  # approaches, concerns
    assert vectors_made("grief") == 0
