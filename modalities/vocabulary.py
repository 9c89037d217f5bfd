"""The search's small vocabularies (approaches and concerns here; languages, communities and
insurers in therapists/), read as plain rows and shared through the cache.

Each is a few dozen terms that change only in the admin or through load_reference_data; any
such change starts a new generation of the cache entries, so the next page reads every
vocabulary afresh. Each process also keeps what it read, checked against the generation and
the cache's epoch once a request.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils.translation import get_language

from directory.generations import (
    VOCABULARY_GENERATION_KEY,
    generation,
    generation_advance,
    generation_stamp,
    generation_stamp_forget,
)
from directory.text import fold
from modalities.models import Approach

GENERATION_KEY = VOCABULARY_GENERATION_KEY
# Changes clear the entries; they still lapse after this long.
VOCABULARY_CACHE_SECONDS = 300


@dataclass(frozen=True)
class Term:
    """One approach, concern, language, community or insurer, as the search shows it."""

    pk: int
    key: str  # its slug or code, as search addresses carry it
    name: str
    short_name: str = ""

    @property
    def label(self) -> str:
        return Approach.label_of(self.name, self.short_name)


def vocabulary_terms(model, key: str) -> dict[int, Term]:
    """Every term of a vocabulary by id, by name in the active language (accents, case aside)."""

    def read() -> tuple[float, dict[int, Term]]:
        """When read, and the terms, from the primary (directory/replicas.py): a replica behind
        a change just made would keep the old terms under the new generation."""
        extra = ("short_name",) if model is Approach else ()
        rows = model.objects.using(DEFAULT_DB_ALIAS).values_list("pk", key, "name", *extra)
        # As a reader expects, whatever the database's collation: "Épuisement" among the E's.
        return time.time(), {
            row[0]: Term(*row) for row in sorted(rows, key=lambda row: fold(row[2]))
        }

    slot = (model._meta.label_lower, key, get_language())
    stamp = vocabulary_stamp()
    if (held := _held.get(slot)) and held.stamp == stamp and time.time() < held.until:
        return held.terms
    # The entries' layout version, then the generation every vocabulary change moves on from.
    cache_key = "vocabulary:3:" + ":".join([*slot, str(vocabulary_generation())])
    made, terms = cache.get_or_set(cache_key, read, VOCABULARY_CACHE_SECONDS)
    if stamp is not None:  # kept no longer than the shared entry it was read from
        _held[slot] = Held(stamp, made + VOCABULARY_CACHE_SECONDS, terms)
    return terms


@dataclass(frozen=True)
class Held:
    """A vocabulary as this process read it, while the stamp stays and until `until`."""

    stamp: tuple[int, int]
    until: float
    terms: dict[int, Term]


# A search page asks for five vocabularies in its language: each process keeps them in memory,
# so a page reads the cache once (the stamp), not once a vocabulary.
_held: dict[tuple[str, str, str], Held] = {}


def vocabulary_stamp() -> tuple[int, int] | None:
    """The vocabularies' generation and the cache's epoch, read once a request in one round
    trip: what a process keeps of the vocabularies is current while both stay the same."""
    return generation_stamp(GENERATION_KEY)


def vocabulary_generation() -> int:
    stamp = vocabulary_stamp()
    return stamp[0] if stamp else generation(GENERATION_KEY)


def vocabulary_cache_clear() -> None:
    """Forget every cached vocabulary: a term was added, renamed or removed."""
    generation_advance(GENERATION_KEY)
    generation_stamp_forget(GENERATION_KEY)
    _held.clear()


class VocabularyAdminMixin:
    """The admin of a vocabulary the search caches: a save or a delete clears it once committed."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        transaction.on_commit(vocabulary_cache_clear, robust=True)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(vocabulary_cache_clear, robust=True)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        transaction.on_commit(vocabulary_cache_clear, robust=True)
