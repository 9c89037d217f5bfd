"""Points at a known distance and bearing, and distances computed in Python, for tests of
distances and radii."""

import math

from directory.geo import EARTH_RADIUS_KM, Place


def destination(place: Place, km: float, bearing: float) -> Place:
    """The point km from the place along the given compass bearing, on the same sphere."""
    lat, lng, arc, heading = (
        math.radians(place.latitude),
        math.radians(place.longitude),
        km / EARTH_RADIUS_KM,
        math.radians(bearing),
    )
    end_lat = math.asin(
        math.sin(lat) * math.cos(arc) + math.cos(lat) * math.sin(arc) * math.cos(heading)
    )
    end_lng = lng + math.atan2(
        math.sin(heading) * math.sin(arc) * math.cos(lat),
        math.cos(arc) - math.sin(lat) * math.sin(end_lat),
    )
    return Place("", "", math.degrees(end_lat), math.degrees(end_lng))


def haversine_km(a: Place, b: Place) -> float:
    """The great-circle distance the database computes (directory.geo.distance_km), in Python."""
    dlat = math.radians(b.latitude - a.latitude)
    dlng = math.radians(b.longitude - a.longitude)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(a.latitude))
        * math.cos(math.radians(b.latitude))
        * math.sin(dlng / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(h, 1.0)))
