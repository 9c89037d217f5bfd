"""Places as points, distances along the earth's surface, and where a typed address lies."""

import math
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import ExpressionWrapper, F, FloatField, Value
from django.db.models.expressions import Func
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

from directory.gazetteer import gazetteer
from directory.models import City, PostalArea, Province
from directory.spelling import Spellings
from directory.text import fold

EARTH_RADIUS_KM = 6371.0088
BOX_MARGIN_DEGREES = 1e-7  # about a centimetre
POSTAL_CODE = re.compile(r"^([ABCEGHJ-NPRSTVXY][0-9][A-Z])(?:[ -]?[0-9][A-Z][0-9])?$")
AREA_TOWN_KM = 15  # how far from a postal area's centre its town may lie
AREA_TOWN_CACHE_SECONDS = 24 * 3600  # towns and postal areas change only with reference data
SUGGESTED_CITIES = 4


@dataclass(frozen=True)
class Place:
    """A point someone searched from: a city's centre or a postal area's centroid. A postal
    area names its town; a city's name that other places share names them too (largest first)."""

    name: str
    province: str
    latitude: float
    longitude: float
    town: str = ""
    namesakes: tuple["Place", ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        """How a search address names it unambiguously: "Windsor, QC"."""
        return f"{self.name}, {self.province}"


def bounding_box(place: Place, km: float) -> dict[str, float]:
    """Latitude/longitude bounds holding every point within km of the place along the earth's
    surface (the sphere distance_km measures on), with a hair to spare for rounding."""
    arc = km / EARTH_RADIUS_KM  # the circle's radius as an angle at the earth's centre
    lat_delta = math.degrees(arc) + BOX_MARGIN_DEGREES
    # The circle's widest point east or west; a circle around a pole spans every longitude.
    reach = math.sin(arc) / max(math.cos(math.radians(place.latitude)), 1e-12)
    widest = math.degrees(math.asin(reach)) if arc < math.pi / 2 and reach < 1 else 180.0
    lng_delta = min(widest + BOX_MARGIN_DEGREES, 180.0)
    return {
        "latitude__gte": place.latitude - lat_delta,
        "latitude__lte": place.latitude + lat_delta,
        "longitude__gte": place.longitude - lng_delta,
        "longitude__lte": place.longitude + lng_delta,
    }


def distance_km(place: Place, latitude: str = "latitude", longitude: str = "longitude") -> Func:
    """Great-circle (haversine) distance in km from the place to a row's coordinates."""
    half_dlat = (Radians(F(latitude)) - Value(math.radians(place.latitude))) / 2
    half_dlng = (Radians(F(longitude)) - Value(math.radians(place.longitude))) / 2
    a = Power(Sin(half_dlat), 2) + Value(math.cos(math.radians(place.latitude))) * Cos(
        Radians(F(latitude))
    ) * Power(Sin(half_dlng), 2)
    return Value(2 * EARTH_RADIUS_KM) * ASin(Sqrt(Least(a, Value(1.0), output_field=FloatField())))


def province_named(text: str) -> str | None:
    """A province from its code or its English or French name: "on", "Québec" -> ON, QC."""
    folded = fold(text)
    for code, label in Province.choices:
        if folded in {code.lower(), fold(str(label))} or folded == fold(FRENCH_NAMES[code]):
            return code
    return None


FRENCH_NAMES = {
    "AB": "Alberta",
    "BC": "Colombie-Britannique",
    "MB": "Manitoba",
    "NB": "Nouveau-Brunswick",
    "NL": "Terre-Neuve-et-Labrador",
    "NS": "Nouvelle-Écosse",
    "NT": "Territoires du Nord-Ouest",
    "NU": "Nunavut",
    "ON": "Ontario",
    "PE": "Île-du-Prince-Édouard",
    "QC": "Québec",
    "SK": "Saskatchewan",
    "YT": "Yukon",
}


def postal_area(text: str) -> PostalArea | None:
    """The postal area (its first three characters) of a whole or partial postal code."""
    match = POSTAL_CODE.match(text.upper().strip())
    return gazetteer().areas.get(match.group(1)) if match else None


def postal_place(text: str) -> Place | None:
    """The centre of a postal code's area, to search from, named with its town."""
    area = postal_area(text)
    if area is None:
        return None
    return Place(area.code, area.province, area.latitude, area.longitude, town=area_town(area))


def area_town(area: PostalArea) -> str:
    """The name of the town a postal area lies in ("H2X" -> "Montréal"), kept in the shared
    cache: finding it measures the distance to every town of the province."""

    def find() -> str:
        city = area_city(area)
        return city.name if city else ""

    towns = gazetteer().towns  # this process's, with its places
    if (town := towns.get(area.code)) is None:
        key = f"places:town:{area.code}:{area.latitude}:{area.longitude}"
        town = towns[area.code] = cache.get_or_set(key, find, AREA_TOWN_CACHE_SECONDS)
    return town


def rural(area: PostalArea) -> bool:
    """A rural postal area (0 as its second character) spans a region: its centre can lie
    hundreds of kilometres from an address (X0A, Nunavut), so a typed town places it better."""
    return area.code[1] == "0"


def area_city(area: PostalArea) -> City | None:
    """The town a postal area is named after; else, of the towns within AREA_TOWN_KM, the one
    that draws it most (population over the square of the distance plus 1 km): downtown M5A is
    in Toronto, 2 km off, not in Moss Park around the corner. Else the nearest town.

    Area names are often a neighbourhood ("Downtown Toronto (Richmond / Adelaide / King)")."""
    in_province = City.objects.filter(province=area.province)
    named = in_province.named(area.name).largest_first().first()
    if named is not None:
        return named
    centroid = Place(area.name, area.province, area.latitude, area.longitude)
    near = in_province.annotate(km=distance_km(centroid))
    pull = ExpressionWrapper(F("population") / Power(F("km") + 1.0, 2), output_field=FloatField())
    around = near.filter(km__lte=AREA_TOWN_KM).annotate(pull=pull).order_by("-pull", "km")
    return around.first() or near.order_by("km").first()


def address_point(city: City, area: PostalArea | None) -> tuple[float, float]:
    """The latitude and longitude of an address: its postal area's centre, or its town's when
    the area is unknown or rural."""
    point = city if area is None or rural(area) else area
    return point.latitude, point.longitude


def readings(text: str, province: str | None) -> list[tuple[str, str | None]]:
    """The ways to read a typed place as a city's name and its province, likeliest first:
    "London, ON"; "Toronto ON" or "Montréal Québec" (a province after the name); then the
    words as one name ("Ville de Québec"). A province chosen apart wins."""
    name, comma, qualifier = text.partition(",")
    if comma:
        return [(name, province or province_named(qualifier))]
    words = text.split()
    found = []
    for size in (3, 2, 1):  # "Prince Edward Island", "Nova Scotia", "ON"
        named = province_named(" ".join(words[-size:])) if len(words) > size else None
        if named:
            found.append((" ".join(words[:-size]), province or named))
    return [*found, (text, province)]


# Ways people name a city beside its own name: "Quebec City", "Ville de Québec", "City of
# Toronto", and "Sudbury" for Greater Sudbury.
NAME_FORMS = [
    (re.compile(r"^(?:city of|ville de)\s+(.+)$"), r"\1"),
    (re.compile(r"^(.+?)\s+city$"), r"\1"),
    (re.compile(r"^(.+)$"), r"greater \1"),
]


def name_forms(name: str) -> list[str]:
    """The name as typed, folded, then the other ways it may name a city, in that order."""
    folded = fold(name)
    forms = [folded]
    for pattern, replacement in NAME_FORMS:
        if pattern.match(folded):
            forms.append(pattern.sub(replacement, folded))
    return forms


def city_place(text: str, province: str | None) -> Place | None:
    """The largest city of the name (in the province, when one is given or typed after it),
    the name as typed before its other forms; else the city whose address this is
    ("evergreen-7626854", one of two Evergreens)."""
    for name, in_province in readings(text, province):
        if found := cities_named(name, in_province):
            return city_point(found[0], namesakes=found[1:])
    if city := gazetteer().city_at(text, province):
        return city_point(city)
    return None


def city_point(city: City, namesakes: list[City] = ()) -> Place:
    """The city as a place to search from, with the largest city of the same name in each other
    province (named by its province: "Windsor, QC")."""
    largest_elsewhere: dict[str, City] = {}
    for other in namesakes:
        if other.search_name == city.search_name and other.province != city.province:
            largest_elsewhere.setdefault(other.province, other)
    others = tuple(city_point(other) for other in largest_elsewhere.values())
    return Place(city.name, city.province, city.latitude, city.longitude, namesakes=others)


def cities_named(name: str, province: str | None) -> list[City]:
    """The cities a name finds (in the province, if any): the name as typed before its other
    forms, the largest first."""
    return gazetteer().cities_named(list(dict.fromkeys(name_forms(name))), province)


def city_named(name: str, province: str | None) -> City | None:
    """The city a name finds (in the province, if any): the largest, the name as typed before
    its other forms."""
    found = cities_named(name, province)
    return found[0] if found else None


def cities_like(text: str, province: str | None = None) -> list[City]:
    """The cities spelled nearest a typed place that names none ("Vancover" -> Vancouver, BC;
    "Sherbrook" -> Sherbrooke, QC and Sherbrooke, AB), read only then."""
    rows = list(City.objects.values_list("pk", "search_name", "province", "population"))
    for name, in_province in readings(text, province):
        ids = nearest_cities(name, [row for row in rows if in_province in (None, row[2])])
        if ids:
            chosen = City.objects.in_bulk(ids)
            return [chosen[pk] for pk in ids]
    return []


def nearest_cities(name: str, rows: list[tuple]) -> list[int]:
    """Of (id, search name, province, population) rows, the ids of the cities whose names are
    as few edits from the name as the nearest, the largest first, at most SUGGESTED_CITIES."""
    spellings = Spellings()
    for _pk, search_name, _province, population in rows:
        spellings.add([search_name], weight=population + 1)
    near = spellings.near(name)
    if not near:
        return []
    nearest = {key for key, distance in near if distance == near[0][1]}
    found = sorted((row for row in rows if row[1] in nearest), key=lambda row: -row[3])
    return [row[0] for row in found[:SUGGESTED_CITIES]]


def place_resolve(text: str, province: str | None = None) -> Place | None:
    """The point a typed place stands for: a postal code (whole or first three characters) or
    a city ("Toronto", "trois rivieres", "London, ON"); None when nothing matches."""
    text = text.strip()
    if not text:
        return None
    return postal_place(text) or city_place(text, province)
