"""Places as points: distances between known cities come out right; bounding boxes hold every
point of their circle, so an index on coordinates never hides one; a postal code finds its area,
its town and the point of an address."""

import pytest

from directory.geo import (
    Place,
    address_point,
    area_city,
    bounding_box,
    postal_area,
    rural,
)
from tests import factories
from tests.places import destination, haversine_km


def inside(point: Place, box: dict[str, float]) -> bool:
    return (
        box["latitude__gte"] <= point.latitude <= box["latitude__lte"]
        and box["longitude__gte"] <= point.longitude <= box["longitude__lte"]
    )


PLACES = [
    Place("Toronto", "ON", 43.70011, -79.4163),
    Place("Iqaluit", "NU", 63.74697, -68.51727),
    Place("Alert", "NU", 82.50178, -62.34809),
]

TORONTO = (43.70011, -79.4163)
OTTAWA = (45.41117, -75.69812)
MONTREAL = (45.50884, -73.58781)


@pytest.mark.parametrize("place", PLACES, ids=lambda place: place.name)
@pytest.mark.parametrize("km", [25 / 64, 1.5, 25, 100])
def test_every_point_of_the_circle_lies_in_its_box(place, km):
    box = bounding_box(place, km)
    for bearing in range(0, 360, 5):
        edge = destination(place, km * (1 - 1e-9), bearing)
        assert haversine_km(place, edge) <= km
        assert inside(edge, box), (bearing, edge)


@pytest.mark.parametrize("place", PLACES[:2], ids=lambda place: place.name)
def test_the_box_is_no_wider_than_its_circle(place):
    box = bounding_box(place, 25)
    for bearing in (0, 90, 180, 270):
        assert not inside(destination(place, 25.01, bearing), box), bearing


@pytest.mark.parametrize("typed", ["M5V 2T6", "m5v-2t6", "M5V2T6", " m5v "])
def test_a_postal_code_finds_its_area_however_it_is_typed(db, typed):
    area = factories.PostalAreaFactory(code="M5V")

    assert postal_area(typed) == area


@pytest.mark.parametrize("typed", ["M5X 1A1", "ZZZ 999", "12345", ""])
def test_an_unknown_or_foreign_code_has_no_area(db, typed):
    factories.PostalAreaFactory(code="M5V")

    assert postal_area(typed) is None


def test_a_postal_area_named_after_a_town_belongs_to_it(db):
    factories.CityFactory(name="Sudbury", latitude=46.49, longitude=-80.99, population=5)
    sudbury = factories.CityFactory(name="Sudbury", latitude=46.5, longitude=-81.0)
    area = factories.PostalAreaFactory(code="P3A", name="Sudbury", latitude=46.52)

    assert area_city(area) == sudbury  # the larger of the two


def test_a_postal_area_named_after_a_neighbourhood_gives_the_nearest_town_in_its_province(db):
    toronto = factories.CityFactory(name="Toronto", latitude=43.65, longitude=-79.38)
    factories.CityFactory(name="Mississauga", latitude=43.59, longitude=-79.64)
    factories.CityFactory(name="Windsor", latitude=43.59, longitude=-79.39, province="NS")
    area = factories.PostalAreaFactory(
        code="M5H",
        name="Downtown Toronto (Richmond / Adelaide / King)",
        latitude=43.6497,
        longitude=-79.3833,
    )

    assert area_city(area) == toronto


def test_a_postal_area_belongs_to_the_city_around_it_not_to_the_nearest_neighbourhood(db):
    toronto = factories.CityFactory(
        name="Toronto", latitude=43.6532, longitude=-79.3832, population=2794356
    )
    factories.CityFactory(name="Moss Park", latitude=43.6547, longitude=-79.3623, population=20506)
    area = factories.PostalAreaFactory(
        code="M5A", name="Regent Park / Harbourfront", latitude=43.6543, longitude=-79.3606
    )

    assert area_city(area) == toronto


def test_a_postal_area_with_no_town_near_gives_the_nearest_one(db):
    iqaluit = factories.CityFactory(name="Iqaluit", province="NU", latitude=63.75, longitude=-68.52)
    area = factories.PostalAreaFactory(
        code="X0A", name="Qikiqtaaluk", province="NU", latitude=70.46, longitude=-68.48
    )

    assert area_city(area) == iqaluit


@pytest.mark.parametrize(("code", "is_rural"), [("X0A", True), ("K0L", True), ("M5V", False)])
def test_a_zero_second_character_marks_a_rural_postal_area(code, is_rural):
    assert rural(factories.PostalAreaFactory.build(code=code)) is is_rural


def test_an_address_lies_at_its_postal_areas_centre_unless_the_area_is_rural_or_unknown():
    town = factories.CityFactory.build(latitude=63.75, longitude=-68.52)
    urban = factories.PostalAreaFactory.build(code="M5V", latitude=43.64, longitude=-79.39)
    rural_area = factories.PostalAreaFactory.build(code="X0A", latitude=70.46, longitude=-68.48)

    assert address_point(town, urban) == (43.64, -79.39)
    assert address_point(town, rural_area) == (63.75, -68.52)
    assert address_point(town, None) == (63.75, -68.52)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [(TORONTO, MONTREAL, 504), (TORONTO, OTTAWA, 352), (OTTAWA, MONTREAL, 166)],
)
def test_distances_match_known_city_pairs(a, b, km):
    assert haversine_km(Place("a", "", *a), Place("b", "", *b)) == pytest.approx(km, rel=0.02)
