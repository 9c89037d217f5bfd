"""A search's words, found for the index: the rows matching them, and each one's rank as the
SQL search gives it (therapists/search/text.py). Each word's rows are read once for the index
(lexemes.py); PostgreSQL ranks the rows whose short words hold one, and finds the rest of an
unusual query (a phrase) itself."""

import hashlib
from dataclasses import dataclass

import numpy as np
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connections
from django.db.models import F, Q

from therapists.models import SearchRow
from therapists.search.index.lexemes import Posting, Unsupported, Unworded, parsed, words_of
from therapists.search.index.names import names_alike
from therapists.search.index.ranks import OTHER_WEIGHTS_SQL, or_rank, scores_of
from therapists.search.index.table import SearchIndex
from therapists.search.index.understood import words_understood_held
from therapists.search.text import (
    RANKS_TABLE,
    VOCABULARY_WEIGHT,
    WORDS_TABLE,
    by_words_index,
    search_query,
)

# A search ranked best match first asks PostgreSQL for the rank of at most this many rows by
# id; past it, for every match at once: ranking a third of all rows by id costs more than in
# the words' scan.
RANKED_BY_ID_MAX = 5_000
# A word's rows read by one process are shared this long with the others holding the same rows
# (an index's rows change within minutes on a busy site; its entries are then of no use).
SHARED_POSTINGS_SECONDS = 600


@dataclass(frozen=True)
class Ranking:
    """What ranks a search's rows, from the words held: the query's words, the rows whose short
    words hold one of them (the others' ts_rank is 0), and those with no short words made yet
    (ranked NULL, which PostgreSQL puts first). A bool per row each."""

    words: frozenset[str]
    holding: np.ndarray
    unranked: np.ndarray
    # Each word with the positions of the rows it ranks and its part of their rank, when every
    # part is known: the short words' ts_rank is then worked out here (ranks.py).
    parts: list[tuple[str, np.ndarray, np.ndarray]] | None = None

    @property
    def asked(self) -> np.ndarray:
        return self.holding | self.unranked


@dataclass
class Words:
    """The rows matching a search's words, and the rank of each (best match first), asked for
    the rows a page may show (`rank_of`)."""

    bits: np.ndarray
    query: SearchQuery
    alike: dict[int, float]  # the rows whose name is like the words, and how alike
    alias: str
    index: SearchIndex
    # For every row: the weight of its matching approaches and concerns, its name's likeness.
    vocabulary: np.ndarray
    likeness: np.ndarray
    # The rows PostgreSQL ranks; None: every row.
    ranking: Ranking | None = None
    rank: np.ndarray | None = None

    def rank_of(self, positions: np.ndarray) -> np.ndarray:
        ranking = self.ranking
        if self.rank is None and ranking is not None and ranking.parts is not None:
            self.rank = self.every_rank()  # worked out here, with no query
        if self.rank is not None:
            return self.rank[positions]
        asked = positions if ranking is None else positions[ranking.asked[positions]]
        if len(asked) > RANKED_BY_ID_MAX:
            self.rank = self.every_rank()
            return self.rank[positions]
        ids = self.index.ids[asked].tolist()
        found = (
            SearchRow.objects.using(self.alias)
            .filter(pk__in=ids)
            .aggregate(
                ids=ArrayAgg("therapist_id", default=[]),
                ranks=ArrayAgg(SearchRank(F("rank_vector"), self.query), default=[]),
            )
        )
        ranked = self.ranked(found)[positions]
        if ranking is None:
            return ranked
        return np.where(ranking.asked[positions], ranked, self.unasked()[positions])

    def unasked(self) -> np.ndarray:
        """Each row's rank if its ts_rank is 0, as the SQL adds up: (0.0 + vocabulary) +
        likeness."""
        return self.vocabulary + self.likeness

    def every_rank(self) -> np.ndarray:
        """Every row's rank, the rows PostgreSQL ranks read at once."""
        if self.ranking is None:
            return self.ranked(found_at_once(self.alias, self.query, self.alike, ranked=True))
        ranking = self.ranking
        if ranking.parts is not None:
            short = or_rank(self.index.size, ranking.parts).astype(np.float64)
            rank = short + self.vocabulary + self.likeness  # as the SQL adds them up
        else:
            holding = self.ranked(ranks_read(self.alias, self.query, ranking.words))
            rank = np.where(ranking.holding, holding, self.unasked())
        rank[ranking.unranked] = np.inf
        return rank

    def ranked(self, found: dict) -> np.ndarray:
        """Every row's rank, from the ids and ts_ranks found, added up in the SQL's order."""
        rank = np.full(self.index.size, -np.inf)
        positions, known = self.index.located(found["ids"])
        rank[positions] = (
            ts_ranks(found["ranks"])[known] + self.vocabulary[positions] + self.likeness[positions]
        )
        return rank


def ts_ranks(found: list) -> np.ndarray:
    """ts_rank's reals, widened from their own precision as PostgreSQL adds them to a double. A
    row whose short words are not made yet ranks NULL, which PostgreSQL puts first."""
    ranks = np.array(found, dtype=np.float32).astype(np.float64)
    ranks[np.isnan(ranks)] = np.inf
    return ranks


def found_at_once(alias: str, query: SearchQuery, alike: dict, *, ranked: bool) -> dict:
    """The ids of the rows whose words match (their GIN index) or whose name is like the text,
    with (if `ranked`) their short words' ts_rank, in one query."""
    matching = SearchRow.objects.using(alias).filter(
        Q(search_vector=query) | Q(therapist_id__in=list(alike))
    )
    ranks = {"ranks": ArrayAgg(SearchRank(F("rank_vector"), query), default=[])}
    with by_words_index(alias):
        return matching.aggregate(
            ids=ArrayAgg("therapist_id", default=[]), **(ranks if ranked else {})
        )


def words_found(index: SearchIndex, alias: str, text: str) -> Words:
    """The rows whose words match or whose name is like the text, ranked as the SQL search
    ranks them (text.py's postgresql_text_search): the row's short words' ts_rank,
    VOCABULARY_WEIGHT for a matching approach and again for a concern (the terms matched once,
    the rows' sets from the index), and a name's likeness. The words' rows come from those
    the index holds (lexemes.py), or from PostgreSQL for a query they cannot answer."""
    query = search_query(text)
    alike = names_alike(index, alias, text)
    understood = words_understood_held(alias, text)
    vocabulary = np.zeros(index.size)
    for field, terms in understood.terms.items():
        holding = index.held(index.sets[field].any_of(terms))
        vocabulary = vocabulary + np.where(holding, VOCABULARY_WEIGHT, 0.0)
    likeness = np.zeros(index.size)
    alike_positions, known = index.located(list(alike))
    likeness[alike_positions] = np.array(list(alike.values()), dtype=np.float64)[known]
    found = Words(index.empty, query, alike, alias, index, vocabulary, likeness)
    try:
        node = parsed(understood.query)
    except Unsupported:
        found.bits = index.bits_of(
            index.positions_of(found_at_once(alias, query, alike, ranked=False)["ids"])
        )
        return found
    held = index.words
    postings = held.postings(words_of(node), lambda words: postings_shared(index, alias, words))
    unworded = held.unworded(lambda: unworded_read(index, alias))
    found.bits = (held.matching(node, postings) & unworded.vectored) | index.bits_of(
        alike_positions
    )
    holding = held.ranking(node, postings)
    if holding is not None:
        words = words_of(node)
        parts = [(word, postings[word].ranked, postings[word].scores) for word in words]
        found.ranking = Ranking(
            frozenset(words),
            index.held(holding),
            index.held(unworded.unranked),
            None if any(scores is None for _, _, scores in parts) else parts,
        )
    return found


# Each word (as the query writes it, quoted) with the rows whose words hold it, and those whose
# short words hold it with its own ts_rank there, each through a GIN index in a narrow table: a
# common word's rows are read from 900 pages rather than the wide rows' 15,200 (15 against 25 ms
# for the rows of "therapy", 4 against 18 ms for "dialectical"; ranked by their short words, 9 ms
# for 20,000).
POSTINGS_SQL = f"""
SELECT word,
       ARRAY(SELECT therapist_id FROM {WORDS_TABLE} WHERE search_vector @@ word::tsquery),
       ranked.ids, ranked.ranks, ranked.others
FROM unnest(%s::text[]) AS word,
LATERAL (
    SELECT coalesce(array_agg(therapist_id), '{{}}'),
           coalesce(array_agg(ts_rank(rank_vector, word::tsquery)), '{{}}'),
           coalesce(array_agg(ts_rank({OTHER_WEIGHTS_SQL}, rank_vector, word::tsquery)), '{{}}')
    FROM {RANKS_TABLE}
    WHERE rank_vector @@ word::tsquery
) AS ranked (ids, ranks, others)
"""  # noqa: S608 (names)


def postings_shared(index: SearchIndex, alias: str, words: list[str]) -> dict[str, Posting]:
    """Each word's rows as another process holding the same rows read them (the shared cache),
    the others read from PostgreSQL and shared. A word new to every process costs a statement
    (2-110 ms by how many rows hold it); a word another process read, a cache read."""
    if index.version is None:  # rows read afresh each time: no other process holds them
        return postings_read(index, alias, words)
    rows = f"{connections[alias].settings_dict['NAME']}:{index.fingerprint}"
    keys = {word: shared_posting_key(rows, word) for word in words}
    found = cache.get_many(list(keys.values()))
    postings = {word: found[key] for word, key in keys.items() if key in found}
    missing = [word for word in words if word not in postings]
    if missing:
        read = postings_read(index, alias, missing)
        shared = {keys[word]: posting for word, posting in read.items()}
        cache.set_many(shared, SHARED_POSTINGS_SECONDS)
        postings.update(read)
    return postings


def shared_posting_key(rows: str, word: str) -> str:
    return (
        "search:posting:" + hashlib.blake2b(f"{rows}:{word}".encode(), digest_size=16).hexdigest()
    )


def postings_read(index: SearchIndex, alias: str, words: list[str]) -> dict[str, Posting]:
    with by_words_index(alias), connections[alias].cursor() as cursor:
        cursor.execute(POSTINGS_SQL, [words])
        rows = cursor.fetchall()
    postings = {}
    for word, matching, ranked, ranks, others in rows:
        positions, known = index.located(ranked)
        scores = scores_of(ranks, others)
        postings[word] = Posting(
            index.bits_of(index.positions_of(matching)),
            index.bits_of(positions),
            positions,
            None if scores is None else scores[known],
        )
    return postings


def ranks_read(alias: str, query: SearchQuery, words: frozenset[str]) -> dict:
    """The ids and short words' ts_rank of the rows whose short words hold one of the words,
    through their GIN index in their own table (11 ms for 20,000 rows, where ranking every
    match from the wide rows took 65 ms)."""
    rows = SearchRow.objects.using(alias).query
    query_sql, params = rows.get_compiler(using=alias).compile(query.resolve_expression(rows))
    sql = (
        f"SELECT coalesce(array_agg(therapist_id), '{{}}'), "  # noqa: S608 (names)
        f"coalesce(array_agg(ts_rank(rank_vector, {query_sql})), '{{}}') "
        f"FROM {RANKS_TABLE} WHERE rank_vector @@ %s::tsquery"
    )
    with by_words_index(alias), connections[alias].cursor() as cursor:
        cursor.execute(sql, [*params, " | ".join(sorted(words)) or "''"])
        ids, ranks = cursor.fetchone()
    return {"ids": ids, "ranks": ranks}


UNWORDED_SQL = f"""
SELECT ARRAY(SELECT therapist_id FROM {WORDS_TABLE} WHERE search_vector IS NULL),
       ARRAY(SELECT therapist_id FROM {RANKS_TABLE} WHERE rank_vector IS NULL)
"""  # noqa: S608 (names)


def unworded_read(index: SearchIndex, alias: str) -> Unworded:
    with connections[alias].cursor() as cursor:
        cursor.execute(UNWORDED_SQL)
        wordless, unranked = cursor.fetchone()
    return Unworded(
        vectored=index.words.every & ~index.bits_of(index.positions_of(wordless)),
        unranked=index.bits_of(index.positions_of(unranked)),
    )
