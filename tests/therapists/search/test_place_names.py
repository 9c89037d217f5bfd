"""A typed place: a misspelt one finds no one and offers the cities spelled like it; a name
several places share searches the largest and offers the others; a postal area names its town."""

import re
from html import unescape
from urllib.parse import parse_qsl

import pytest

from tests import factories
from tests.therapists.search.searching import MONTREAL, link, names, search, therapist

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(cities):
    def city(name, province, population, point=(45.0, -75.0)):
        return factories.CityFactory(
            name=name,
            slug=name.lower(),
            province=province,
            latitude=point[0],
            longitude=point[1],
            population=population,
        )

    return cities | {
        "vancouver": city("Vancouver", "BC", 600_000, (49.25, -123.12)),
        "sherbrooke_qc": city("Sherbrooke", "QC", 130_000, (45.40, -71.89)),
        "sherbrooke_ab": city("Sherbrooke", "AB", 2_400, (53.5, -113.4)),
        "windsor_on": city("Windsor", "ON", 230_000, (42.30, -83.02)),
        "windsor_qc": city("Windsor", "QC", 5_400, (45.57, -72.0)),
        "windsor_ns": city("Windsor", "NS", 3_800, (44.99, -64.13)),
    }


@pytest.fixture
def everywhere(places):
    """A listed therapist in each of several cities, with a concern, to count."""
    concern = factories.ConcernFactory(slug="anxiety", name="Anxiety")
    for key in ("toronto", "montreal", "vancouver", "windsor_on", "windsor_qc"):
        city = places[key]
        link(therapist(f"In {key}", office_in=city, province=city.province), concerns=[concern])


def links_after(response, marker: str) -> list[tuple[str, str]]:
    html = response.content.decode()
    part = html[html.find(marker) :]
    return re.findall(r'<a href="\?([^"]+)">([^<]+)</a>', part[: part.find("</ul>")])


@pytest.mark.parametrize(
    ("typed", "meant", "there"),
    [
        ("Vancover", "Vancouver, BC", "In vancouver"),
        ("Tornto", "Toronto, ON", "In toronto"),
        ("Montreall", "Montréal, QC", "In montreal"),
    ],
)
def test_a_misspelt_place_finds_no_one_and_suggests_the_city(
    client, everywhere, typed, meant, there
):
    response = search(client, place=typed, fee_max=150)

    assert names(response) == set()  # not the whole country
    assert response.context["paginator"].count == 0
    assert all(not option.count for option in response.context["facets"]["concern"])
    suggested = links_after(response, 'id="place-suggestions"')
    assert [label for _query, label in suggested] == [meant]
    chosen = dict(parse_qsl(unescape(suggested[0][0])))
    assert chosen == {"place": meant, "fee_max": "150"}  # the other choices kept
    assert names(search(client, **chosen)) == {there}


def test_equally_near_cities_are_all_offered_the_largest_first(client, everywhere):
    response = search(client, place="Sherbrook")

    suggested = links_after(response, 'id="place-suggestions"')
    assert [label for _query, label in suggested] == ["Sherbrooke, QC", "Sherbrooke, AB"]


def test_a_misspelt_place_with_its_province_is_looked_for_there(client, everywhere):
    response = search(client, place="Sherbrook, AB")

    suggested = links_after(response, 'id="place-suggestions"')
    assert [label for _query, label in suggested] == ["Sherbrooke, AB"]


def test_a_place_like_no_city_suggests_nothing_and_finds_no_one(client, everywhere):
    response = search(client, place="Xqzzy")

    assert names(response) == set()
    assert "Try a city, or a postal code such as M5V 2T6." in response.text


def test_a_known_place_gets_no_suggestion(client, everywhere):
    response = search(client, place="Vancouver")

    assert names(response) == {"In vancouver"}
    assert 'id="place-suggestions"' not in response.text
    assert response.context["place_suggestions"] == []


def test_a_name_several_places_share_searches_the_largest_and_offers_the_others(client, everywhere):
    response = search(client, place="Windsor", fee_max=150)

    assert names(response) == {"In windsor_on"}
    assert "Within 25 km of Windsor, ON." in response.text
    assert "Several places are named Windsor; this is the largest." in response.text
    html = response.text
    others = re.findall(r'<a href="\?([^"]+)">(Windsor, [A-Z]{2})</a>', html)
    assert [label for _query, label in others] == ["Windsor, QC", "Windsor, NS"]
    assert all("fee_max=150" in query for query, _label in others)
    assert names(search(client, place="Windsor, QC")) == {"In windsor_qc"}


def test_a_place_named_with_its_province_offers_no_namesake(client, everywhere):
    response = search(client, place="Windsor, QC")

    assert "Several places are named" not in response.text


def test_a_postal_area_names_its_town(client, everywhere, places):
    factories.PostalAreaFactory(
        code="H2X",
        name="Plateau Mont-Royal Southeast",
        province="QC",
        latitude=MONTREAL[0] + 0.005,
        longitude=MONTREAL[1] + 0.01,
    )

    response = search(client, place="H2X", radius=10)

    assert names(response) == {"In montreal"}
    assert "Within 10 km of H2X, Montréal." in response.text
