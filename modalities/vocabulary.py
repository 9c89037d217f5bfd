"""The search's small vocabularies (approaches and concerns here; languages, communities and
insurers in therapists/), read as plain rows and shared through the cache.

Each is a few dozen terms that change only in the admin or through load_reference_data; any
such change starts a new generation of the cache entries, so the next page reads every
vocabulary afresh.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

from directory.generations import generation, generation_advance
from directory.memo import remembered
from directory.text import fold
from modalities.models import Approach

GENERATION_KEY = "vocabulary:generation"
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

    def read() -> dict[int, Term]:
        extra = ("short_name",) if model is Approach else ()
        rows = model.objects.values_list("pk", key, "name", *extra)
        # As a reader expects, whatever the database's collation: "Épuisement" among the E's.
        return {row[0]: Term(*row) for row in sorted(rows, key=lambda row: fold(row[2]))}

    # The entries' layout version, then the generation every vocabulary change moves on from.
    parts = [model._meta.label_lower, key, get_language(), str(vocabulary_generation())]
    cache_key = "vocabulary:2:" + ":".join(parts)
    # Read once a request: a search page's form, facets and cards each ask for it.
    return remembered(
        cache_key, lambda: cache.get_or_set(cache_key, read, VOCABULARY_CACHE_SECONDS)
    )


def vocabulary_generation() -> int:
    return generation(GENERATION_KEY)


def vocabulary_cache_clear() -> None:
    """Forget every cached vocabulary: a term was added, renamed or removed."""
    generation_advance(GENERATION_KEY)


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
