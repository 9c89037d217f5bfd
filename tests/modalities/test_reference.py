"""The approach, concern and reading-list vocabulary loads completely and idempotently."""

import pytest
from django.utils import translation

from modalities.models import Concern, Modality, Resource
from modalities.reference import modalities_load
from modalities.vocabulary import vocabulary_terms

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    return modalities_load()


def test_at_least_sixteen_approaches_with_full_content(loaded):
    assert loaded["approaches"] >= 16
    for modality in Modality.objects.all():
        for field in ("summary", "what_it_is", "how_it_helps", "who_it_helps"):
            assert len(getattr(modality, f"{field}_en")) > 40, (modality.slug, field)
            assert len(getattr(modality, f"{field}_fr")) > 40, (modality.slug, field)
        assert modality.session_looks_like_en and modality.session_looks_like_fr


def test_compassion_based_relates_to_its_neighbours_in_both_directions(loaded):
    compassion = Modality.objects.get(slug="compassion-based")
    expected = {
        "compassion-focused-therapy",
        "person-centred",
        "mindfulness-based",
        "acceptance-and-commitment-therapy",
    }
    assert expected <= set(compassion.related.values_list("slug", flat=True))
    cft = Modality.objects.get(slug="compassion-focused-therapy")
    assert compassion in cft.related.all()


def test_with_related_widens_an_approach_to_its_neighbours(loaded):
    widened = Modality.objects.filter(slug="compassion-based").with_related()
    assert {"compassion-based", "compassion-focused-therapy"} <= {m.slug for m in widened}


def test_approach_pages_read_in_the_visitors_language(loaded):
    cft = Modality.objects.get(slug="compassion-focused-therapy")
    with translation.override("fr"):
        assert cft.name == cft.name_fr != cft.name_en


def test_thirty_concerns_including_the_ones_clients_ask_about(loaded):
    assert Concern.objects.count() >= 30
    slugs = set(Concern.objects.values_list("slug", flat=True))
    assert {"anxiety", "depression", "trauma", "self-criticism", "shame", "grief-and-loss"} <= slugs


def test_the_reading_list_has_real_books_for_every_approach(loaded):
    desmond = Resource.objects.get(author="Tim Desmond")
    assert desmond.year == 2015
    assert desmond.title.startswith("Self-Compassion in Psychotherapy")
    assert not Modality.objects.filter(resources__isnull=True).exists()


def test_loading_twice_changes_nothing(loaded):
    snapshot = list(Modality.objects.order_by("pk").values_list("pk", "slug", "summary_fr"))
    related = Modality.related.through.objects.count()
    assert modalities_load() == loaded
    assert list(Modality.objects.order_by("pk").values_list("pk", "slug", "summary_fr")) == snapshot
    assert Modality.related.through.objects.count() == related


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Cognitive behavioural therapy (CBT)", "Dialectical Behaviour Therapy (DBT)"]),
        (
            "fr",
            [
                "Thérapie cognitivo-comportementale (TCC)",
                "Thérapie comportementale dialectique (TCD)",
            ],
        ),
    ],
)
def test_an_approach_is_abbreviated_as_its_language_abbreviates_it(loaded, language, labels):
    slugs = ["cognitive-behavioural-therapy", "dialectical-behaviour-therapy"]
    with translation.override(language):
        assert [Modality.objects.get(slug=slug).label for slug in slugs] == labels
        terms = vocabulary_terms(Modality, "slug").values()
        assert [term.label for term in terms if term.key in slugs] == sorted(labels)
