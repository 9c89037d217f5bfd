"""Typed places: the cities spelled like an unknown one, and the namesakes of a shared name."""

import pytest

from directory.geo import cities_like, place_resolve
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities():
    for name, province, population in [
        ("Vancouver", "BC", 600_000),
        ("Richmond", "BC", 210_000),
        ("Richmond", "QC", 3_200),
        ("Richmond", "ON", 4_000),
        ("Sherbrooke", "QC", 130_000),
        ("Sherbrooke", "AB", 2_400),
        ("Montréal", "QC", 1_760_000),
        ("Montréal-Est", "QC", 3_800),
    ]:
        factories.CityFactory(name=name, province=province, population=population)


@pytest.mark.parametrize(
    ("typed", "province", "found"),
    [
        ("Vancover", None, ["Vancouver, BC"]),
        ("vancouvre", None, ["Vancouver, BC"]),
        ("Montreall", None, ["Montréal, QC"]),
        ("Sherbrook", None, ["Sherbrooke, QC", "Sherbrooke, AB"]),
        ("Sherbrook", "AB", ["Sherbrooke, AB"]),
        ("Sherbrook, AB", None, ["Sherbrooke, AB"]),
        ("Richmund", None, ["Richmond, BC", "Richmond, ON", "Richmond, QC"]),
        ("Atlantis", None, []),
    ],
)
def test_an_unknown_place_finds_the_cities_spelled_nearest_it(cities, typed, province, found):
    assert [str(city) for city in cities_like(typed, province)] == found


def test_a_shared_name_is_the_largest_with_the_others_beside_it(cities):
    place = place_resolve("Richmond")

    assert place.label == "Richmond, BC"
    assert [other.label for other in place.namesakes] == ["Richmond, ON", "Richmond, QC"]
    assert place_resolve("Richmond, QC").namesakes == ()
    assert place_resolve("Vancouver").namesakes == ()
