"""The search reads its small vocabularies (approaches and concerns here; languages, communities
and insurers in therapists/) through the shared cache. Any change to one starts a new generation
of those cache entries, so the next page reads every vocabulary afresh."""

from django.db import transaction

from directory.generations import generation, generation_advance

GENERATION_KEY = "vocabulary:generation"


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
