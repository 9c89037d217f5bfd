"""The search reads its small vocabularies (approaches and concerns here; languages, communities
and insurers in therapists/) through the shared cache. Any change to one starts a new generation
of those cache entries, so the next page reads every vocabulary afresh."""

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "vocabulary:generation"


def vocabulary_generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def vocabulary_cache_clear() -> None:
    """Forget every cached vocabulary: a term was added, renamed or removed."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


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
