"""A search's words on the index: each word's rows read once for the index, a query worked
out on bits exactly as PostgreSQL's `@@` and ts_rank order it, and what the bits cannot answer
(a phrase) left to PostgreSQL."""

import pytest
from django.contrib.postgres.search import SearchRank
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from tests.therapists.public.api.directory import directory_make
from tests.therapists.search.test_index import answer
from therapists.models import SearchRow
from therapists.search.index import held
from therapists.search.index import words as words_module
from therapists.search.index.lexemes import Node, Unsupported, parsed, words_of


def word(text: str) -> Node:
    return Node("word", word=f"'{text}'")


def test_a_query_is_read_as_postgresql_writes_it():
    assert parsed("'anxieti' | 'anxiety'") == Node("|", (word("anxieti"), word("anxiety")))
    assert parsed("'self' & 'compass' | 'self' & 'compass'") == Node(
        "|",
        (
            Node("&", (word("self"), word("compass"))),
            Node("&", (word("self"), word("compass"))),
        ),
    )
    assert parsed("'anxieti' & !'trauma' | ( 'a' | 'b' ) & 'c'") == Node(
        "|",
        (
            Node("&", (word("anxieti"), Node("!", (word("trauma"),)))),
            Node("&", (Node("|", (word("a"), word("b"))), word("c"))),
        ),
    )
    assert parsed("'it''s' | 'back\\\\slash'").operands[0].word == "'it''s'"
    assert parsed("") is None
    assert words_of(parsed("'a' & !'b' | 'a'")) == {"'a'", "'b'"}


@pytest.mark.parametrize(
    "text",
    ["'inner' <-> 'critic'", "'anxi':*", "'anxi':AB", "'a' & ", "( 'a'", "'a' 'b'", "&"],
)
def test_what_the_bits_cannot_answer_is_refused(text):
    with pytest.raises(Unsupported):
        parsed(text)


# Words the long tail never types: excluded words, phrases, "or", stop words alone or in one
# language, elisions, words found nowhere, and a name with a word.
TYPED = [
    "anxiety",
    "-anxiety",
    "anxiety -depression",
    '"self compassion"',
    "anxiety or trauma",
    "the",
    "le la",
    "l'anxiété",
    "thérapie d'acceptation",
    "zzzzqx",
    "compassion zzzzqx",
    "cbt or -grief",
]


def parts_known(monkeypatch, known: bool) -> None:
    """Unless known, no word's part of the rank is known for sure: PostgreSQL ranks the rows
    whose short words hold one (by id, or all at once)."""
    if not known:
        monkeypatch.setattr(words_module, "scores_of", lambda *ranks: None)


@pytest.mark.parametrize("known", [True, False])
@pytest.mark.parametrize("sort", ["", "best", "fee"])
def test_unusual_words_find_and_rank_as_postgresql_does(db, settings, monkeypatch, sort, known):
    parts_known(monkeypatch, known)
    people = directory_make()
    SearchRow.objects.filter(therapist_id__in=[p.pk for p in people[2::13]]).update(
        rank_vector=None
    )
    SearchRow.objects.filter(therapist_id__in=[p.pk for p in people[4::17]]).update(
        search_vector=None
    )
    texts = [*TYPED, people[0].display_name, f"{people[1].display_name.split()[0]} anxiety"]
    found_someone = 0
    for text in texts:
        query = QueryDict(mutable=True)
        query.update({"q": text, **({"sort": sort} if sort else {})})
        settings.SEARCH_INDEX = True
        total, counts, found, by_index = answer(query)
        assert by_index, text
        settings.SEARCH_INDEX = False
        assert (total, counts, found) == answer(query)[:3], text
        found_someone += bool(total)
    assert found_someone > len(texts) / 2


def test_each_word_is_read_once_for_the_index(db, settings):
    settings.SEARCH_INDEX = True
    directory_make()  # a new version of the rows: an index holding no words yet

    def statements(text: str) -> list[str]:
        with CaptureQueriesContext(connection) as queries:
            answer(QueryDict(f"q={text}&sort=best"))
        return [
            query["sql"] for query in queries.captured_queries if "@@ word::tsquery" in query["sql"]
        ]

    first = statements("compassion anxiety")
    assert len(first) == 1 and "'compass'" in first[0] and "'anxieti'" in first[0]
    assert statements("anxiety compassion") == []  # the same words, held
    again = statements("compassion grief")
    assert len(again) == 1 and "'grief'" in again[0] and "'compass'" not in again[0]


@pytest.mark.parametrize(
    ("known", "ranked_by_id_max"), [(True, 0), (False, words_module.RANKED_BY_ID_MAX), (False, 0)]
)
def test_the_rows_whose_short_words_hold_a_word_rank_above_the_others(
    client, db, settings, monkeypatch, known, ranked_by_id_max
):
    """Made in the reverse of their order: the rank, not the id, puts them in it. Ranked in
    the process, and by PostgreSQL by id and all at once."""
    from tests.therapists.search.searching import names_in_order, search, therapist

    parts_known(monkeypatch, known)
    monkeypatch.setattr(words_module, "RANKED_BY_ID_MAX", ranked_by_id_max)

    therapist("Dana Bio", bio="Compassion runs through my work.")
    therapist("Casey Once", headline="Therapy with compassion")
    therapist("Blair Twice", headline="Compassion-focused therapy: self-compassion")
    therapist("Alex Named Compassion")  # the name weighs most
    expected = ["Alex Named Compassion", "Blair Twice", "Casey Once", "Dana Bio"]
    for indexed in (True, False):
        settings.SEARCH_INDEX = indexed
        response = search(client, q="compassion", sort="best")
        assert (response.context["filter"].indexed_search is not None) is indexed
        assert names_in_order(response) == expected


def words_kept() -> tuple[list, list]:
    """The rows' names and words, and the same as the words' own table holds them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT therapist_id, display_name, search_vector::text, rank_vector::text "
            "FROM therapists_searchrow ORDER BY 1"
        )
        rows = cursor.fetchall()
        cursor.execute(
            "SELECT therapist_id, display_name, search_vector::text, rank_vector::text "
            "FROM therapists_searchwords FULL JOIN therapists_searchranks USING (therapist_id) "
            "ORDER BY 1"
        )
        return rows, cursor.fetchall()


def test_the_words_own_table_holds_what_the_rows_hold_after_every_write(db):
    from tests.therapists.search.searching import therapist
    from therapists.search.text import search_vectors_refresh

    first, second = therapist("Ada Words", headline="Grief"), therapist("Bo Words")
    rows, words = words_kept()
    assert len(rows) == 2 and rows == words
    first.headline = "Anxiety and trauma"
    first.save()
    search_vectors_refresh([first.pk])
    rows, words = words_kept()
    assert "'anxieti'" in {pk: vector for pk, *_, vector in rows}[first.pk]
    assert rows == words
    SearchRow.objects.filter(pk=first.pk).update(display_name="Ada Renamed")
    rows, words = words_kept()
    assert "Ada Renamed" in [name for _, name, *_ in words] and rows == words
    SearchRow.objects.filter(pk=second.pk).update(rank_vector=None)
    assert words_kept()[0] == words_kept()[1]
    SearchRow.objects.filter(pk=second.pk).delete()
    rows, words = words_kept()
    assert [pk for pk, *_ in words] == [first.pk] and rows == words


def test_the_words_own_table_is_emptied_with_the_rows(transactional_db):
    from tests.therapists.search.searching import therapist

    therapist("Ada Words")
    assert len(words_kept()[1]) == 1
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE therapists_searchrow CASCADE")  # as a test database's flush
    assert words_kept() == ([], [])


def test_the_short_words_rank_worked_out_from_each_word_is_postgresql_s_to_the_last_bit(db):
    """ts_rank under the English-or-French query, for every row and many queries, as the
    index works it out from each word's own rank (ranks.py) and as PostgreSQL gives it."""
    import numpy as np

    from tests.bench.vocabulary import vocabulary_read
    from therapists.search.index.ranks import or_rank
    from therapists.search.index.words import postings_read
    from therapists.search.text import search_query, words_understood

    people = directory_make()
    index = held.search_index("default")
    vocabulary = vocabulary_read()
    texts = [*TYPED, *vocabulary.words["en"], *vocabulary.words["fr"]]
    texts += [person.display_name for person in people[:20]]
    compared = 0
    for text in texts:
        try:
            node = parsed(words_understood("default", text).query)
        except Unsupported:  # a phrase: PostgreSQL finds and ranks it
            continue
        if node is None or node.op not in ("|", "word", "!"):
            continue
        postings = postings_read(index, "default", sorted(words_of(node)))
        parts = [(word, postings[word].ranked, postings[word].scores) for word in words_of(node)]
        assert all(scores is not None for _, _, scores in parts), text
        ours = or_rank(index.size, parts)
        theirs = dict(
            SearchRow.objects.exclude(rank_vector=None)
            .annotate(rank=SearchRank(F("rank_vector"), search_query(text)))
            .values_list("pk", "rank")
        )
        positions, _ = index.located(list(theirs))
        expected = np.array(list(theirs.values()), dtype=np.float32)
        assert np.array_equal(ours[positions], expected), text
        compared += int(np.count_nonzero(expected))
    assert compared > 500  # rows ranked above 0, each the same to the last bit
