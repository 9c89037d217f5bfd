"""Free-text search: stems, accents, typos, professions, hyphens and quotes, and the plain
fallback."""

import pytest

from tests import factories
from tests.therapists.search.searching import link, names, search, therapist
from therapists.models import SearchRow
from therapists.search.text import (
    plain_text_search,
    search_texts_refresh,
    search_vectors_refresh,
    words_apart,
)
from therapists.verification.credentials import credential_approve

pytestmark = pytest.mark.django_db


def test_text_finds_stems_accents_and_misspelled_names(client):
    anxiety = factories.ConcernFactory(slug="anxiety", name="Anxiety", keywords="anxious, worry")
    link(therapist("Jonathan Mercer"), concerns=[anxiety])
    therapist("John Smith", headline="Support through depression")
    therapist("Élise Tremblay", bio="Thérapie pour adultes en français.")

    assert names(search(client, q="anxious")) == {"Jonathan Mercer"}
    assert names(search(client, q="therapie")) == {"Élise Tremblay"}
    assert names(search(client, q="Jonh Smyth")) == {"John Smith"}
    assert names(search(client, q="depressed")) == {"John Smith"}


def test_a_profession_finds_the_therapists_verified_in_it_in_either_language(client, verifier):
    psychology = factories.RegulatoryBodyFactory(
        name_en="College of Psychologists of Ontario",
        name_fr="Ordre des psychologues de l'Ontario",
        acronym="CPO",
        profession="psychology",
        protected_titles=["Psychologist"],
    )
    person = factories.TherapistFactory(display_name="Dr Ada Lund")
    factories.VerifiedCredentialFactory(therapist=person, regulatory_body=psychology)
    search_vectors_refresh([person.pk])
    therapist("Sam Counsellor")  # a psychotherapy college
    claim = factories.CredentialFactory(
        therapist=therapist("Pending Claim"), regulatory_body=psychology
    )

    for typed in ("psychologist", "psychologue", "CPO"):
        assert names(search(client, q=typed)) == {"Dr Ada Lund"}, typed
    credential_approve(credential=claim, reviewer=verifier)  # a claim counts once checked
    assert names(search(client, q="psychologue")) == {"Dr Ada Lund", "Pending Claim"}


def test_a_hyphenated_word_asks_for_both_words_and_a_quoted_phrase_for_the_phrase(client):
    therapist("Hyphen Together", bio="Self-compassion for anxious perfectionists.")
    therapist("Words Apart", bio="Compassion for yourself: self-care when anxious.")
    therapist("Grief Only", bio="Self-compassion for grief.")

    assert names(search(client, q="self-compassion anxious")) == {"Hyphen Together", "Words Apart"}
    assert names(search(client, q='"self-compassion" anxious')) == {"Hyphen Together"}
    assert names(search(client, q="self-compassion -grief")) == {"Hyphen Together", "Words Apart"}
    assert names(search(client, q="compassion -self-compassion")) == {"Words Apart"}


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("self-compassion anxious", "self compassion anxious"),
        ('"self-compassion" -cbt', '"self-compassion" -cbt'),
        ("Marie-Ève x-y", "Marie Ève x y"),
        ("- anxious -", "- anxious -"),
        ("anxiety -self-harm", "anxiety -self-harm"),
        ("-self-harm self-care", "-self-harm self care"),
    ],
)
def test_words_apart_splits_only_hyphens_inside_unquoted_words(typed, searched):
    assert words_apart(typed) == searched


def test_best_match_ranks_names_above_passing_mentions(client):
    therapist("Grace Anxiety-Free", headline="Calm")
    therapist("Other Person", bio="Sometimes clients mention anxiety.")
    page = search(client, q="Grace").context["therapists"]
    assert page[0].display_name == "Grace Anxiety-Free"


def test_the_plain_fallback_finds_abbreviations_and_other_words(approaches):
    """The search used where PostgreSQL is not (the SQLite demo), called here directly."""
    approaches["cbt"].short_name = "CBT"
    approaches["cbt"].name_fr = "Thérapie cognitivo-comportementale"
    approaches["cbt"].save()
    anxiety = factories.ConcernFactory(
        slug="anxiety", name_en="Anxiety", name_fr="Anxiété", keywords_en="anxious, worry"
    )
    abbreviated = link(therapist("Abbreviated Approach"), approaches=[approaches["cbt"]])
    other = link(
        therapist("Valérie Other", headline="Help with eating concerns"), concerns=[anxiety]
    )
    neither = therapist("Neither")
    search_texts_refresh([abbreviated.pk, other.pk, neither.pk])

    def found(text):
        return {t.display_name for t in plain_text_search(SearchRow.objects.listed(), text)}

    assert found("cbt") == {"Abbreviated Approach"}
    assert found("anxious") == {"Valérie Other"}
    assert found("cbt anxious") == set()
    assert found("therapie") == found("THÉRAPIE") == {"Abbreviated Approach"}  # accents, French
    assert found("anxiete valerie") == {"Valérie Other"}
    assert found('"eating concerns"') == {"Valérie Other"}
    assert found('"concerns eating"') == set()
    assert found("-cbt") == {"Valérie Other", "Neither"}
    assert found("-") == {"Abbreviated Approach", "Valérie Other", "Neither"}
