"""A search's words, found by PostgreSQL for the index: the rows matching them, and each one's
rank as the SQL search gives it (therapists/search/text.py)."""

from dataclasses import dataclass

import numpy as np
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q

from therapists.models import SearchRow
from therapists.search.index.table import SearchIndex
from therapists.search.text import (
    VOCABULARY_WEIGHT,
    by_words_index,
    names_like,
    search_query,
    vocabulary_matching,
)

# A search ranked best match first whose other filters leave at most this many rows asks for
# its words' matches without their rank, then ranks only the rows it found, by id. Past it, the
# matches come ranked at once: ranking a third of all rows by id costs more than in the scan.
RANKED_BY_ID_MAX = 5_000


@dataclass
class Words:
    """The rows matching a search's words, and the rank of each (best match first): the rank
    of every row at once, or asked for the rows a page may show (`rank_of`)."""

    bits: np.ndarray
    query: SearchQuery
    alias: str
    index: SearchIndex
    # For every row: the weight of its matching approaches and concerns, its name's likeness.
    vocabulary: np.ndarray
    likeness: np.ndarray
    rank: np.ndarray | None = None

    def rank_of(self, positions: np.ndarray) -> np.ndarray:
        if self.rank is not None:
            return self.rank[positions]
        ids = self.index.ids[positions].tolist()
        found = (
            SearchRow.objects.using(self.alias)
            .filter(pk__in=ids)
            .aggregate(
                ids=ArrayAgg("therapist_id", default=[]),
                ranks=ArrayAgg(SearchRank(F("rank_vector"), self.query), default=[]),
            )
        )
        return self.ranked(found)[positions]

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


def words_found(index: SearchIndex, alias: str, text: str, *, ranked: bool) -> Words:
    """The rows whose words match (their GIN index) or whose name is like the text, found by
    PostgreSQL in one query, with (if `ranked`) the rank the SQL search gives them (text.py's
    postgresql_text_search): the row's short words' ts_rank, VOCABULARY_WEIGHT for a matching
    approach and again for a concern (the terms matched once, the rows' sets from the index),
    and a name's likeness."""
    query = search_query(text)
    alike = names_like(text)
    matching = SearchRow.objects.using(alias).filter(
        Q(search_vector=query) | Q(therapist_id__in=list(alike))
    )
    with by_words_index(alias):
        found = matching.aggregate(
            ids=ArrayAgg("therapist_id", default=[]),
            **(
                {"ranks": ArrayAgg(SearchRank(F("rank_vector"), query), default=[])}
                if ranked
                else {}
            ),
        )
    vocabulary = np.zeros(index.size)
    for field, terms in vocabulary_matching(alias, text).items():
        holding = index.held(index.sets[field].any_of(terms))
        vocabulary = vocabulary + np.where(holding, VOCABULARY_WEIGHT, 0.0)
    likeness = np.zeros(index.size)
    alike_positions, known = index.located(list(alike))
    likeness[alike_positions] = np.array(list(alike.values()), dtype=np.float64)[known]
    bits = index.bits_of(index.positions_of(found["ids"]))
    words = Words(bits, query, alias, index, vocabulary, likeness)
    if ranked:
        words.rank = words.ranked(found)
    return words
