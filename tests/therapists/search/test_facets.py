"""Counts beside the search's options, and the widenings offered when nothing matched."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests import factories
from tests.therapists.search.searching import link, names, search, therapist

pytestmark = pytest.mark.django_db


def test_facet_counts_equal_the_results_they_promise(client, approaches):
    french = factories.LanguageFactory(code="fr", name="French")
    link(therapist("A"), approaches=[approaches["compassion"]], languages=[french])
    link(therapist("B"), approaches=[approaches["compassion"], approaches["cbt"]])
    link(therapist("C"), approaches=[approaches["cbt"]], languages=[french])

    facets = search(client, language="fr").context["facets"]
    for option in facets["approach"]:
        promised = search(client, language="fr", approach=option.value).context["paginator"]
        assert option.count == promised.count, option
    for option in facets["language"]:
        promised = search(client, approach=[], language=option.value).context["paginator"]
        assert option.count == promised.count, option


def test_facet_counts_with_related_approaches_count_the_widened_results(client, approaches):
    link(therapist("A"), approaches=[approaches["compassion"]])
    link(therapist("B"), approaches=[approaches["compassion"], approaches["cft"]])  # once
    link(therapist("C"), approaches=[approaches["cft"]])
    link(therapist("D"), approaches=[approaches["cbt"]])

    facets = search(client, related="on").context["facets"]

    counts = {option.value: option.count for option in facets["approach"]}
    assert counts == {"compassion-based": 3, "cft": 3, "cbt": 1}
    for option in facets["approach"]:
        promised = search(client, related="on", approach=option.value).context["paginator"]
        assert option.count == promised.count, option
    chosen = search(client, related="on", approach="cbt").context["facets"]["approach"]
    assert {option.value: option.count for option in chosen} == counts  # its group left out


def test_an_empty_search_offers_widenings_that_would_match(client, cities, approaches):
    compassion = [approaches["compassion"]]
    link(therapist("Toronto CFT", office_in=cities["toronto"]), approaches=[approaches["cft"]])
    link(therapist("Hamilton compassion", office_in=cities["hamilton"]), approaches=compassion)
    link(therapist("Online compassion", offers_online=True), approaches=compassion)

    response = search(client, place="Toronto", approach="compassion-based")

    assert names(response) == set()
    assert "No listed therapist matches all of these choices." in response.content.decode()
    offers = {w.label: w for w in response.context["widenings"]}
    assert {label: w.count for label, w in offers.items()} == {
        "Include related approaches": 1,
        "Search within 100 km": 1,
        "Online sessions in my province instead": 1,
    }
    for widening in offers.values():
        cache.clear()
        followed = client.get(reverse("therapists:list") + "?" + widening.query)
        assert followed.context["paginator"].count == widening.count


def test_an_empty_text_search_offers_the_search_without_its_words(client, cities):
    therapist("Toronto anyone", office_in=cities["toronto"])

    response = search(client, place="Toronto", q="xylophone")

    assert names(response) == set()
    [without] = [w for w in response.context["widenings"] if w.label.startswith("Without")]
    assert without.label == "Without the words “xylophone”"
    assert "q=" not in without.query and "place=Toronto" in without.query
    assert without.count == 1
    assert "Without the words “xylophone”</a> (1 therapist)" in response.text


def test_online_instead_drops_the_step_free_office_it_does_not_need(client, cities):
    therapist("Online only", offers_online=True, offers_in_person=False)

    response = search(client, place="Toronto", wheelchair="on")

    [online] = [w for w in response.context["widenings"] if w.label.startswith("Online")]
    assert "wheelchair" not in online.query and "online=ON" in online.query
    assert online.count == 1
