"""Names like a search's words, worked out on the trigrams PostgreSQL makes of them.

A search's words may be a name, as written or misspelt: pg_trgm's `%` finds the rows whose name
shares enough of the words' trigrams (`similarity` at least `pg_trgm.similarity_threshold`).
Through the names' GIN index that cost PostgreSQL some 6 ms a search at 100,000 profiles, the
most of a search's words after their own rows: the candidates sharing a trigram with a common
word are each checked again (3,900 for "anxiety").

So the index holds, once per version of the rows and from the first search with words, each
trigram's rows as `show_trgm` writes the names' trigrams (case, accents and characters of
several bytes folded as pg_trgm folds them, whatever the database's locale), about 6 MB at
100,000 names. A search asks PostgreSQL only for its own words' trigrams and the threshold in
force, and counts here the trigrams each name shares with them. The likeness is pg_trgm's
(DIVUNION): shared / (the words' + the name's - shared), divided in float4, and read back as
its shortest decimal form as PostgreSQL sends it; the rows found and their order (most alike
first, then by id, the first NAMES_LIKE_MAX) are names_like's (text.py) to the last bit.
"""

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from django.db import connections

from therapists.search.text import NAMES_LIKE_MAX, WORDS_TABLE, names_like

NAME_TRIGRAMS_SQL = f"""
SELECT trigram, array_agg(therapist_id)
FROM {WORDS_TABLE}, unnest(show_trgm(display_name)) AS trigram
GROUP BY trigram
"""  # noqa: S608 (names)
# show_trgm first: it loads pg_trgm, whose threshold is then set (its default, or the server's).
# current_setting shows it to six significant digits (%g): a threshold set with more (0.3333333)
# would be compared here as shown, there as set.
QUERY_TRIGRAMS_SQL = (
    "SELECT show_trgm(%s), current_setting('pg_trgm.similarity_threshold', true)::float8"
)


@dataclass(frozen=True)
class NameTrigrams:
    """Each trigram of the names, with the rows (positions) whose name holds it; and each row's
    number of trigrams."""

    rows: dict[str, np.ndarray]
    sizes: np.ndarray


class HeldNames:
    """The names' trigrams of one index, read once, by the first search that needs them."""

    def __init__(self):
        self._trigrams: NameTrigrams | None = None
        self._lock = threading.Lock()

    def trigrams(self, read: Callable[[], NameTrigrams]) -> NameTrigrams:
        if self._trigrams is None:
            with self._lock:
                if self._trigrams is None:
                    self._trigrams = read()
        return self._trigrams


def name_trigrams_read(index, alias: str) -> NameTrigrams:
    """The names' trigrams, a trigram's rows at a time (never every pair as Python objects)."""
    rows = {}
    with connections[alias].cursor() as cursor:
        cursor.execute(NAME_TRIGRAMS_SQL)
        for trigram, ids in cursor:
            rows[trigram] = index.positions_of(ids).astype(np.int32)
    held = list(rows.values())
    sizes = np.bincount(np.concatenate(held), minlength=index.size) if held else np.zeros(0)
    return NameTrigrams(rows, sizes[: index.size].astype(np.int64))


def names_alike(index, alias: str, text: str) -> dict[int, float]:
    """names_like's answer: the rows whose name is most like the text, with how alike."""
    with connections[alias].cursor() as cursor:
        cursor.execute(QUERY_TRIGRAMS_SQL, [text])
        trigrams, threshold = cursor.fetchone()
    if threshold is None or threshold <= 0:  # names sharing no trigram would be alike too
        return names_like(text, alias)
    held = index.names.trigrams(lambda: name_trigrams_read(index, alias))
    found = [held.rows[trigram] for trigram in set(trigrams) if trigram in held.rows]
    if not found:
        return {}
    shared = np.bincount(np.concatenate(found), minlength=index.size)
    # A name alike shares at least threshold x the words' trigrams (its likeness is at most
    # shared / the words'); one fewer, for the float4 division's rounding.
    rows = np.flatnonzero(shared >= max(1, math.floor(threshold * len(trigrams)) - 1))
    common = shared[rows]
    likeness = common.astype(np.float32) / (len(trigrams) + held.sizes[rows] - common).astype(
        np.float32
    )
    alike = likeness.astype(np.float64) >= threshold
    rows, likeness = rows[alike], likeness[alike]
    ids = index.ids[rows]
    first = np.lexsort((ids, -likeness))[:NAMES_LIKE_MAX]
    # float4 as PostgreSQL sends it: its shortest decimal form, read as a float.
    return {int(ids[at]): float(str(likeness[at])) for at in first}
