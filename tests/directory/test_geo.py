"""Bounding boxes hold every point of their circle, so an index on coordinates never hides one."""

import pytest

from directory.geo import Place, bounding_box, haversine_km
from tests.places import destination


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
