"""Misspelt words of a search, corrected against the words the site knows, and said so."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.therapists.search.searching import link, names, search, therapist
from therapists.search.spelling import search_lexicon

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabulary():
    return {
        "anxiety": factories.ConcernFactory(slug="anxiety", name="Anxiety"),
        "burnout": factories.ConcernFactory(slug="burnout", name="Burnout"),
        "gottman": factories.ApproachFactory(
            slug="gottman-method", name="Gottman Method", keywords="couples, Gottman"
        ),
    }


def person(name, **fields):
    return therapist(name, **{"headline": "Support at your pace", "bio": "Adults."} | fields)


@pytest.fixture
def people(vocabulary):
    link(person("Ana Worry"), concerns=[vocabulary["anxiety"]])
    tired = person("Ben Tired", bio="I help people through burnout.")
    link(tired, concerns=[vocabulary["burnout"]])
    link(person("Cleo Couples"), approaches=[vocabulary["gottman"]])
    link(person("Dev Bio", bio="I offer trauma-informed care."))


def spelling_note(response) -> str:
    html = response.content.decode()
    start = html.find('class="spelling-note"')
    return html[start : html.find("</p>", start)] if start >= 0 else ""


@pytest.mark.parametrize(
    ("typed", "meant", "found"),
    [
        ("anxeity", "anxiety", {"Ana Worry"}),
        ("burnot", "burnout", {"Ben Tired"}),
        ("Gotman", "Gottman", {"Cleo Couples"}),
        ("traumma", "trauma", {"Dev Bio"}),  # a word of a bio
    ],
)
def test_a_misspelt_word_finds_what_the_right_one_finds_and_says_so(
    client, people, typed, meant, found
):
    right = search(client, q=meant)
    wrong = search(client, q=typed)

    assert names(wrong) == names(right) == found
    note = spelling_note(wrong)
    assert f"Showing results for <em>{meant}</em>." in note
    assert f'Search instead for <a href="?q={typed}&amp;exact={typed}"><em>{typed}</em></a>' in note
    assert not spelling_note(right)


def test_only_the_word_that_finds_no_one_is_corrected(client, people, vocabulary):
    link(person("Ana Tired"), concerns=[vocabulary["anxiety"], vocabulary["burnout"]])

    response = search(client, q="anxiety burnot")

    assert names(response) == {"Ana Tired"}
    assert "Showing results for <em>anxiety burnout</em>." in spelling_note(response)


def test_a_word_that_finds_someone_is_never_corrected(client, people):
    therapist("Anxeity Lastname")  # a name: the word finds its profile

    response = search(client, q="anxeity")

    assert names(response) == {"Anxeity Lastname"}
    assert not spelling_note(response)


def test_a_word_like_a_name_is_never_corrected_though_the_search_finds_no_one(client, people):
    therapist("Marguerite Lastname", province="ON")  # the word is like her name, not her words

    response = search(client, q="Margueritte", online="QC")  # she is not online there

    assert names(response) == set()
    assert response.context["correction"] is None


def test_words_that_find_no_one_together_are_left_as_they_are(client, people):
    response = search(client, q="anxiety burnout")  # each finds someone, no one has both

    assert names(response) == set()
    assert not spelling_note(response)
    assert response.context["correction"] is None


def test_the_words_as_typed_are_searched_when_asked(client, people):
    response = search(client, q="anxeity", exact="anxeity")

    assert names(response) == set()
    assert not spelling_note(response)
    assert 'name="exact" value="anxeity"' in response.content.decode()  # kept by the form


def test_new_words_are_corrected_again_after_searching_others_as_typed(client, people):
    response = search(client, q="burnot", exact="anxeity")

    assert names(response) == {"Ben Tired"}


def test_the_correction_keeps_the_other_choices(client, people, cities, vocabulary):
    anxiety = [vocabulary["anxiety"]]
    near = link(person("Near", office_in=cities["toronto"]), concerns=anxiety)
    link(person("Far", office_in=cities["montreal"], province="QC"), concerns=anxiety)

    response = search(client, q="anxeity", place="Toronto")

    assert names(response) == {near.display_name}
    assert response.context["facets"]["concern"][0].count == 1


def test_a_word_with_nothing_near_it_is_left_as_it_is(client, people):
    response = search(client, q="zzyzx")

    assert names(response) == set()
    assert not spelling_note(response)


def test_the_known_words_are_read_once_per_generation(people, django_assert_num_queries):
    first = search_lexicon()
    with django_assert_num_queries(0):
        assert search_lexicon() is first
    assert "Gottman" in first and "trauma" in first and "Worry" in first


def test_the_correction_is_said_in_french(client, people):
    with translation.override("fr"):
        response = client.get(reverse("therapists:list"), {"q": "anxeity"})

    assert "Résultats pour <em>anxiety</em>." in spelling_note(response)
    assert "Rechercher plutôt <a" in spelling_note(response)


def test_words_in_a_profiles_other_language_are_known(client, people):
    link(person("Eve Deux", headline_other="Zoothérapie", bio_other="Avec des chevaux."))
    assert names(search(client, q="zootérapie")) == {"Eve Deux"}


def test_words_beside_a_place_that_names_none_are_left_as_typed(client, people):
    response = search(client, q="anxeity", place="Nowheresville")
    assert response.context["correction"] is None
    assert spelling_note(response) == ""
    assert names(response) == set()
