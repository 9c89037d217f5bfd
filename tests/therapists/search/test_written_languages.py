"""A profile written in both languages is found by the words of either version, in the full
vectors, the rows' ranking words and the plain fallback alike."""

import pytest

from tests.therapists.search.searching import names, search, therapist
from therapists.models import SearchRow, Therapist
from therapists.search.text import plain_text_search, search_query, search_texts_refresh

pytestmark = pytest.mark.django_db

BOTH = {
    "text_language": "en",
    "headline": "Gentle support",
    "bio": "I work with adults.",
    "headline_other": "Soutien bienveillant",
    "bio_other": "Je parle aussi de périnatalité.",
}


def test_the_words_of_either_version_find_the_profile(client):
    therapist("Both Versions", **BOTH)
    therapist("English Only", headline="Steady help", bio="Adults and couples.")

    for words in ("périnatalité", "perinatalite", "bienveillant", "gentle"):
        assert names(search(client, q=words)) == {"Both Versions"}, words


def test_the_other_headline_ranks_like_the_headline():
    person = therapist("Both Versions", **BOTH)

    row = SearchRow.objects.filter(therapist=person)
    assert row.filter(rank_vector=search_query("bienveillant")).exists()
    assert not row.filter(
        rank_vector=search_query("périnatalité")
    ).exists()  # a bio finds, never ranks


def test_the_plain_search_reads_both_versions():
    person = therapist("Both Versions", **BOTH)
    search_texts_refresh([person.pk])

    assert "perinatalite" in Therapist.objects.get(pk=person.pk).search_text
    found = plain_text_search(SearchRow.objects.listed(), "perinatalite bienveillant")
    assert [row.therapist_id for row in found] == [person.pk]
