"""The words typed as PostgreSQL's text search query, and the approaches and concerns whose
words match them (text.py's words_understood), with the matching worked out in the process.

words_understood asks PostgreSQL, in one statement, for the query and for the terms whose
words match it; the terms' words are turned into text search vectors on every search (52
terms, two configurations: 1.5 ms of the statement's 2.6 ms at 101,801 profiles). Here each
process holds each term's words as the lexemes of that same vector (`tsvector_to_array`), read
once per generation of the vocabularies, and asks PostgreSQL for the query alone; the query is
then tested on each term's lexemes as `@@` tests it (and, or, not). A query the lexemes cannot
answer alone (a phrase, a prefix, a weight: lexemes.py refuses it), or a generation unknown
(the cache out), is left to words_understood.
"""

import threading
import time
from functools import lru_cache

from django.contrib.postgres.search import SearchVector
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Func, TextField
from django.db.models.functions import Cast

from modalities.vocabulary import VOCABULARY_CACHE_SECONDS, vocabulary_stamp
from therapists.models import SearchRow
from therapists.search.index.lexemes import Node, Unsupported, parsed
from therapists.search.index.ranks import lexeme
from therapists.search.text import (
    RANKED_VOCABULARIES,
    TYPED,
    WordsUnderstood,
    search_query,
    vocabulary_vector,
    words_apart,
    words_understood,
)

_LOCK = threading.Lock()
# vocabulary stamp -> (until when, each ranked vocabulary's terms by id with their lexemes)
_HELD: dict[tuple, tuple[float, dict[str, list[tuple[int, frozenset[str]]]]]] = {}


@lru_cache(maxsize=8)
def query_sql(alias: str) -> tuple[str, list]:
    """The statement giving the words typed (TYPED among its parameters) as PostgreSQL's text
    search query, compiled once a process."""
    rows = SearchRow.objects.using(alias).query
    compiler = rows.get_compiler(using=alias)
    column, params = compiler.compile(
        Cast(search_query(TYPED), TextField()).resolve_expression(rows)
    )
    return f"SELECT {column}", list(params)


class Lexemes(Func):
    function = "tsvector_to_array"
    output_field = TextField()


def terms_lexemes_read() -> dict[str, list[tuple[int, frozenset[str]]]]:
    """Each ranked vocabulary's terms (by id) with their words' lexemes, as words_understood's
    vectors hold them; from the primary, as the vocabularies are read (modalities/vocabulary.py):
    a replica behind a change just made would keep the old terms under the new generation."""
    held = {}
    for field, (model, fields) in RANKED_VOCABULARIES.items():
        vector: SearchVector = vocabulary_vector(fields)
        rows = model.objects.using(DEFAULT_DB_ALIAS).annotate(words=vector).order_by("pk")
        held[field] = [
            (pk, frozenset(lexemes)) for pk, lexemes in rows.values_list("pk", Lexemes("words"))
        ]
    return held


def terms_lexemes(stamp) -> dict[str, list[tuple[int, frozenset[str]]]]:
    """The terms' lexemes while the vocabularies' stamp stays, and no longer than the
    vocabularies themselves are kept."""
    with _LOCK:
        held = _HELD.get(stamp)
    if held is not None and time.time() < held[0]:
        return held[1]
    read = terms_lexemes_read()
    with _LOCK:
        _HELD.clear()  # another generation's are of no use
        _HELD[stamp] = (time.time() + VOCABULARY_CACHE_SECONDS, read)
    return read


def matches(node: Node | None, lexemes: frozenset[str]) -> bool:
    """Whether a vector of these lexemes meets the query, as `@@` says (an empty query: no)."""
    if node is None:
        return False
    if node.op == "word":
        return lexeme(node.word).decode() in lexemes
    if node.op == "!":
        return not matches(node.operands[0], lexemes)
    found = (matches(operand, lexemes) for operand in node.operands)
    return all(found) if node.op == "&" else any(found)


def words_understood_held(alias: str, text: str) -> WordsUnderstood:
    """words_understood's answer, the terms matched on the lexemes this process holds."""
    stamp = vocabulary_stamp()
    if stamp is None:
        return words_understood(alias, text)
    sql, params = query_sql(alias)
    typed = words_apart(text)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [typed if param == TYPED else param for param in params])
        (query,) = cursor.fetchone()
    try:
        node = parsed(query)
    except Unsupported:
        return words_understood(alias, text)
    terms = {
        field: [pk for pk, lexemes in held if matches(node, lexemes)]
        for field, held in terms_lexemes(stamp).items()
    }
    return WordsUnderstood(query, terms)
