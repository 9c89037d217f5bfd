"""What a result card shows beside the profile's own fields: its approaches, first concerns and
languages in the visitor's language, and whether it has an approved intro video.

The three vocabularies are small (a few dozen terms each), so a request reads each once as plain
rows and shares it between the facets and the cards. A page of cards then reads only the id pairs
that link its profiles to those terms, and builds no model instance for a label. All of it is
read for the page's own profiles, after the page is chosen: a search that ranks thousands of
matches computes none of it for the ones it does not show.
"""

from dataclasses import dataclass
from functools import cached_property

from modalities.models import Concern, Modality
from therapists.models import IntroVideo, Language, ModerationStatus, Therapist

CARD_CONCERNS = 4


@dataclass(frozen=True)
class Term:
    """One approach, concern or language, as a card or a facet shows it."""

    pk: int
    key: str  # its slug or code, as search addresses carry it
    name: str
    short_name: str = ""

    @property
    def label(self) -> str:
        return Modality.label_of(self.name, self.short_name)


# Therapist's many-to-many field -> (the vocabulary, the column search addresses use).
VOCABULARIES = {
    "approaches": (Modality, "slug"),
    "concerns": (Concern, "slug"),
    "languages": (Language, "code"),
}


class Vocabulary:
    """The card and facet vocabularies in the active language, each read at most once."""

    @cached_property
    def approaches(self) -> dict[int, Term]:
        return self.terms("approaches", "short_name")

    @cached_property
    def concerns(self) -> dict[int, Term]:
        return self.terms("concerns")

    @cached_property
    def languages(self) -> dict[int, Term]:
        return self.terms("languages")

    def terms(self, field: str, *extra: str) -> dict[int, Term]:
        """Every term of one vocabulary by id, in its order (names sort in the active language)."""
        model, key = VOCABULARIES[field]
        rows = model.objects.values_list("pk", key, "name", *extra)
        return {row[0]: Term(*row) for row in rows}

    def of(self, field: str) -> dict[int, Term]:
        return getattr(self, field)


def links(field: str, therapist_ids: list[int]) -> dict[int, set[int]]:
    """Which terms of one vocabulary each of the profiles is linked to."""
    through = getattr(Therapist, field).through
    column = Therapist._meta.get_field(field).m2m_reverse_name()
    linked: dict[int, set[int]] = {pk: set() for pk in therapist_ids}
    pairs = through.objects.filter(therapist_id__in=therapist_ids).values_list(
        "therapist_id", column
    )
    for therapist_id, term_id in pairs:
        linked[therapist_id].add(term_id)
    return linked


def cards_label(therapists: list[Therapist], vocabulary: Vocabulary) -> list[Therapist]:
    """Give each profile its card's approaches, first concerns and languages (their labels, in
    vocabulary order) and its video badge: four queries for the page, whatever its size."""
    ids = [therapist.pk for therapist in therapists]
    if not ids:
        return therapists
    linked = {field: links(field, ids) for field in VOCABULARIES}
    approved = IntroVideo.objects.filter(therapist_id__in=ids, status=ModerationStatus.APPROVED)
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
