"""What a result card shows beside the profile's own fields: its approaches, first concerns and
languages in the visitor's language, and whether it has an approved intro video.

The vocabularies are read as plain rows and kept in the shared cache (modalities/vocabulary.py),
for the cards, the facets and the search form's choices alike. A page of cards then reads, in one
query, the id pairs that link its profiles to those terms, and builds no model instance for a
label. All of it is read for the page's own profiles, after the page is chosen: a search that
ranks thousands of matches computes none of it for the ones it does not show.
"""

from functools import cached_property

from django.db.models import Value

from modalities.models import Approach, Concern
from modalities.vocabulary import Term, vocabulary_terms
from therapists.models import IntroVideo, Language, Therapist
from therapists.search.links import link_table

CARD_CONCERNS = 4


# Therapist's many-to-many field -> (the vocabulary, the column search addresses use).
VOCABULARIES = {
    "approaches": (Approach, "slug"),
    "concerns": (Concern, "slug"),
    "languages": (Language, "code"),
}


class Vocabulary:
    """The card and facet vocabularies in the active language, each fetched once a request."""

    @cached_property
    def terms(self) -> dict[str, dict[int, Term]]:
        return {field: vocabulary_terms(*VOCABULARIES[field]) for field in VOCABULARIES}

    def of(self, field: str) -> dict[int, Term]:
        return self.terms[field]


def links(therapist_ids: list[int]) -> dict[str, dict[int, set[int]]]:
    """Which terms of each vocabulary each of the profiles is linked to, in one query."""
    parts = []
    for field in VOCABULARIES:
        through, column = link_table(field)
        parts.append(
            through.objects.filter(therapist_id__in=therapist_ids)
            .annotate(vocabulary=Value(field))
            .values_list("vocabulary", "therapist_id", column)
        )
    first, *rest = parts
    linked = {field: {pk: set() for pk in therapist_ids} for field in VOCABULARIES}
    for field, therapist_id, term_id in first.union(*rest, all=True):
        linked[field][therapist_id].add(term_id)
    return linked


def cards_label(therapists: list[Therapist], vocabulary: Vocabulary) -> list[Therapist]:
    """Give each profile its card's approaches, first concerns and languages (their labels, in
    vocabulary order) and its video badge: two queries for the page, whatever its size."""
    ids = [therapist.pk for therapist in therapists]
    if not ids:
        return therapists
    linked = links(ids)
    approved = IntroVideo.objects.approved().filter(therapist_id__in=ids)
    with_video = set(approved.values_list("therapist_id", flat=True))

    def terms_of(therapist: Therapist, field: str) -> list[Term]:
        mine = linked[field][therapist.pk]
        return [term for pk, term in vocabulary.of(field).items() if pk in mine]

    for therapist in therapists:
        therapist.card_approaches = [t.label for t in terms_of(therapist, "approaches")]
        concerns = terms_of(therapist, "concerns")[:CARD_CONCERNS]
        therapist.card_concerns = [t.name for t in concerns]
        therapist.card_languages = [t.name for t in terms_of(therapist, "languages")]
        therapist.has_video = therapist.pk in with_video
    return therapists


class CardsMixin:
    """A list view of result cards: each page's cards get their labels after pagination."""

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = cards_label(list(object_list), self.vocabulary)
        return paginator, page, page.object_list, is_paginated
