"""The benchmark's long tail: distinct searches, the same from the same seed, every filter and
both languages, in the short form the search serves, each answered by the search itself."""

import random
from collections import Counter
from itertools import combinations
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.http import QueryDict

from tests import factories
from tests.bench.longtail import (
    FIELD_ORDER,
    FILTERS,
    CityPlace,
    Vocabulary,
    generate,
    misspelled,
    scope_key,
)
from tests.bench.vocabulary import form_choices, vocabulary_read
from tests.therapists.search.searching import link, therapist
from therapists.search.facet_counts import search_key
from therapists.search.filters import TherapistFilter

STREAM_SIZE = 20_000


def vocabulary() -> Vocabulary:
    """A small vocabulary of the kind vocabulary_read finds, without a database."""
    return Vocabulary(
        cities={
            CityPlace("Toronto", "ON", needs_province=False): 40,
            CityPlace("Montréal", "QC", needs_province=False): 30,
            CityPlace("London", "NB", needs_province=True): 2,
            CityPlace("evergreen-7626854", "AB", needs_province=True): 1,
        },
        postal_areas={"M5V": 12, "H2X": 8, "X0A": 0},
        provinces={"ON": 60, "QC": 40, "AB": 5},
        approaches=("cognitive-behavioural-therapy", "compassion-based", "emdr"),
        concerns=("anxiety", "depression", "grief"),
        languages={"en": 80, "fr": 40, "pa": 2, "ase": 0},
        communities=("lgbtq-affirming", "newcomers-refugees"),
        insurers=("sun-life", "desjardins-insurance"),
        words={
            "en": ("anxiety", "self-compassion", "grief", "CBT", "trauma couples"),
            "fr": ("anxiété", "deuil", "autocompassion", "TCC"),
        },
        names=("Jordan Mohamed", "Aisha Wong", "Nathalie Zhang"),
        choices=form_choices(),
    )


@pytest.fixture(scope="module")
def stream() -> list[str]:
    return generate(vocabulary(), count=STREAM_SIZE, seed=2026)


def parameters(url: str) -> dict[str, list[str]]:
    chosen: dict[str, list[str]] = {}
    for name, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        chosen.setdefault(name, []).append(value)
    return chosen


def test_every_url_is_distinct(stream):
    assert len(stream) == STREAM_SIZE
    assert len(set(stream)) == STREAM_SIZE


def test_no_two_urls_share_their_counts(stream):
    assert len({scope_key(parameters(url)) for url in stream}) == STREAM_SIZE


def test_the_counts_key_is_the_one_the_search_caches_counts_under(stream):
    for url in random.Random(1).sample(stream, 300):
        data = TherapistFilter(QueryDict(urlsplit(url).query)).data  # with the default radius
        assert scope_key(parameters(url)) == search_key(data), url


def test_the_same_seed_gives_the_same_urls_and_another_seed_others():
    first = generate(vocabulary(), count=500, seed=7)
    assert generate(vocabulary(), count=500, seed=7) == first
    assert len(set(generate(vocabulary(), count=500, seed=8)) & set(first)) < 100


def test_no_parameter_is_ever_blank(stream):
    blanks = [
        url
        for url in stream
        for values in parameters(url).values()
        if not all(value.strip() for value in values)
    ]
    assert blanks == []


def test_each_url_is_written_as_the_search_writes_its_own_query(stream):
    """The site compares the query with itself re-encoded to decide whether to redirect."""
    assert [
        u for u in stream if urlsplit(u).query != QueryDict(urlsplit(u).query).urlencode()
    ] == []


def test_every_parameter_of_the_search_appears(stream):
    assert {name for url in stream for name in parameters(url)} == set(FIELD_ORDER)


def test_every_two_filters_appear_together(stream):
    together = Counter(
        pair
        for url in stream
        for pair in combinations(sorted(set(parameters(url)) & set(FILTERS)), 2)
    )
    assert {pair for pair in combinations(sorted(FILTERS), 2) if not together[pair]} == set()


def test_every_option_of_every_group_is_asked_for(stream):
    asked = Counter(
        (name, value)
        for url in stream
        for name, values in parameters(url).items()
        for value in values
    )
    options = vocabulary().choices | {
        "approach": vocabulary().approaches,
        "concern": vocabulary().concerns,
        "language": tuple(vocabulary().languages),
        "community": vocabulary().communities,
        "insurer": vocabulary().insurers,
        "online": tuple(vocabulary().provinces),
    }
    never = [
        (name, value)
        for name, values in options.items()
        for value in values
        if not asked[name, value]
    ]
    assert never == []


def test_both_languages_about_seven_to_three(stream):
    french = sum(url.startswith("/fr/therapists/") for url in stream)
    english = sum(url.startswith("/en/therapists/") for url in stream)
    assert english + french == STREAM_SIZE
    assert 0.25 < french / STREAM_SIZE < 0.35


def test_mostly_the_first_page_sometimes_the_second_or_third(stream):
    pages = Counter(parameters(url).get("page", ["1"])[0] for url in stream)
    assert set(pages) == {"1", "2", "3"}
    assert pages["1"] > 0.8 * STREAM_SIZE


def test_places_are_cities_and_postal_codes_with_a_radius(stream):
    places = Counter(parameters(url).get("place", [""])[0] for url in stream)
    assert {"Toronto", "toronto", "Montréal", "London", "evergreen-7626854"} <= set(places)
    assert any(place.startswith("M5V ") for place in places)  # a whole postal code
    assert places["H2X"] > places["X0A"] > 0  # an area with no office is asked too, less often
    radii = {parameters(url).get("radius", [""])[0] for url in stream if "place=" in url}
    assert radii == {"", "5", "10", "25", "50", "100"}


def test_a_city_that_shares_its_name_comes_with_its_province(stream):
    london = [parameters(url) for url in stream if "place=London&" in url + "&"]
    assert london
    assert all(chosen["province"] == ["NB"] for chosen in london)


def one_slip_from(text: str, name: str) -> bool:
    """Two letters swapped, or one dropped or doubled."""
    apart = (Counter(text) - Counter(name)) + (Counter(name) - Counter(text))
    return text != name and abs(len(text) - len(name)) <= 1 and apart.total() <= 1


def test_words_are_concerns_approaches_and_names_sometimes_misspelled(stream):
    words = {parameters(url)["q"][0] for url in stream if "q=" in url}
    names = vocabulary().names
    assert {"anxiety", "deuil", "trauma couples", "Jordan Mohamed"} <= words
    assert any(one_slip_from(text, name) for text in words for name in names)


def test_a_misspelled_name_is_one_slip_away():
    for seed in range(50):
        slipped = misspelled(random.Random(seed), "Jordan Mohamed")
        assert slipped != "Jordan Mohamed"
        assert abs(len(slipped) - len("Jordan Mohamed")) <= 1


@pytest.fixture
def directory(db):
    """A small directory: listed therapists with offices in cities (two share a name, two
    others a name and a province), postal areas, and every vocabulary in both languages."""
    city = factories.CityFactory
    toronto = city(name="Toronto", slug="toronto", population=2_600_000)
    montreal = city(name="Montréal", slug="montreal", province="QC", population=1_700_000)
    city(name="London", slug="london", population=350_000)
    london_nb = city(name="London", slug="london", province="NB", population=1_000)
    city(name="Evergreen", slug="evergreen", population=900)
    evergreen = city(name="Evergreen", slug="evergreen-7626854", population=100)
    ottawa = city(name="Ottawa", slug="ottawa", population=800_000)
    factories.PostalAreaFactory(code="M5V")
    factories.PostalAreaFactory(code="H2X", name="Montréal", province="QC")
    factories.PostalAreaFactory(code="K1P", name="Ottawa")
    compassion = factories.ApproachFactory(
        slug="compassion-based",
        name="Compassion-based approach",
        name_fr="Approche axée sur la compassion",
        keywords_en="compassion, self-compassion",
        keywords_fr="autocompassion, bienveillance",
    )
    cft = factories.ApproachFactory(
        slug="compassion-focused-therapy",
        name="Compassion-Focused Therapy",
        name_fr="Thérapie centrée sur la compassion",
        short_name_en="CFT",
    )
    compassion.related.add(cft)
    adhd = factories.ConcernFactory(
        slug="adhd",
        name="ADHD (attention deficit hyperactivity disorder)",
        name_fr="TDAH (trouble du déficit de l'attention avec hyperactivité)",
        keywords_en="attention, focus",
        keywords_fr="concentration",
    )
    grief = factories.ConcernFactory(slug="grief", name="Grief", name_fr="Deuil")
    english = factories.LanguageFactory(code="en", name="English")
    french = factories.LanguageFactory(code="fr", name="French")
    community = factories.CommunityFactory(slug="lgbtq-affirming")
    insurer = factories.InsurerFactory(slug="sun-life")
    jordan = therapist("Jordan Mohamed", office_in=toronto)
    link(
        jordan,
        approaches=[compassion],
        concerns=[adhd, grief],
        languages=[english, french],
        communities=[community],
        direct_billing=[insurer],
    )
    link(therapist("Aisha Wong", office_in=toronto), approaches=[cft], languages=[french])
    therapist("Nathalie Zhang", province="NB", office_in=london_nb)
    therapist("Liam Fraser", office_in=evergreen)
    therapist("Simone Tremblay", province="QC", office_in=montreal, offers_online=True)
    factories.OfficeFactory(
        therapist=factories.TherapistFactory(display_name="Not Listed"), city=ottawa
    )
    return {"toronto": toronto, "montreal": montreal}


def test_the_vocabulary_is_read_from_the_listed_therapists(directory):
    read = vocabulary_read()
    assert read.cities == {
        CityPlace("Toronto", "ON", needs_province=False): 2,
        CityPlace("Montréal", "QC", needs_province=False): 1,
        CityPlace("London", "NB", needs_province=True): 1,
        CityPlace("evergreen-7626854", "ON", needs_province=True): 1,
    }
    assert read.postal_areas == {"H2X": 0, "K1P": 0, "M5V": 5}
    assert read.provinces == {"NB": 1, "ON": 3, "QC": 1}
    assert read.languages == {"en": 1, "fr": 2}
    assert set(read.names) == {
        "Jordan Mohamed",
        "Aisha Wong",
        "Nathalie Zhang",
        "Liam Fraser",
        "Simone Tremblay",
    }
    assert read.approaches == ("compassion-based", "compassion-focused-therapy")
    assert read.concerns == ("adhd", "grief")
    assert (read.communities, read.insurers) == (("lgbtq-affirming",), ("sun-life",))


def test_the_words_are_names_and_other_words_in_each_language(directory):
    words = vocabulary_read().words
    assert {"ADHD", "attention", "Grief", "self-compassion", "CFT"} <= set(words["en"])
    assert {"TDAH", "concentration", "Deuil", "autocompassion"} <= set(words["fr"])
    assert not any("(" in text for text in words["en"] + words["fr"])


def test_every_generated_search_is_answered_by_the_search(client, directory):
    urls = generate(vocabulary_read(), count=200, seed=2026)
    assert {name for url in urls for name in parameters(url)} == set(FIELD_ORDER)
    answers = {url: client.get(url).status_code for url in urls}
    assert {url: status for url, status in answers.items() if status != 200} == {}
