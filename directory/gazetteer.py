"""The places a typed place is looked up in, held in each process: every city by its folded name
and by its address, every postal area by its code, and the towns the areas were found in.

Two thirds of searches name a place, and looking it up asked the database once or twice (a
postal area, then the cities of a name) and the shared cache once (the area's town): about
1.5 ms of a search. The places are a few thousand rows (2,772 cities and 1,645 postal areas)
that change only with the reference data or in the admin, so each process reads them once and
keeps them while the vocabularies' generation and the cache's epoch stay the same, the stamp a
search page reads anyway (directory/generations.py). A city or postal area saved or deleted
moves that generation once committed, and this process's copy is dropped at once. While the
cache is out, nothing tells a change: a copy is then kept HELD_SECONDS at most, since reading
the places costs 50-100 ms, more than a search, and they change only with reference data.
"""

import time
from dataclasses import dataclass, field

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import post_delete, post_save

from directory.generations import (
    VOCABULARY_GENERATION_KEY,
    generation_advance,
    generation_stamp,
    generation_stamp_forget,
)
from directory.models import City, PostalArea

HELD_SECONDS = 60


@dataclass(frozen=True)
class Gazetteer:
    """Every city by folded name and by address (each list largest first, as
    CityQuerySet.largest_first orders them), every postal area by code, and the towns found."""

    by_name: dict[str, tuple[City, ...]]
    by_slug: dict[str, tuple[City, ...]]
    areas: dict[str, PostalArea]
    towns: dict[str, str] = field(default_factory=dict)

    def cities_named(self, forms: list[str], province: str | None) -> list[City]:
        """The cities of these names (in the province, if any): the first name's before the
        next's, each name's largest first."""
        return [
            city
            for form in forms
            for city in self.by_name.get(form, ())
            if province is None or city.province == province
        ]

    def city_at(self, slug: str, province: str | None) -> City | None:
        """The city whose address this is (in the province, if any); of several, the first in
        City's own order (name, province)."""
        found = [
            city
            for city in self.by_slug.get(slug, ())
            if province is None or city.province == province
        ]
        return min(found, key=lambda city: (city.name, city.province, city.pk), default=None)


def gazetteer_read() -> Gazetteer:
    """The places, from the primary: a replica behind a change just made would keep the old
    places under the new generation."""
    cities = sorted(
        City.objects.using(DEFAULT_DB_ALIAS).all(),
        key=lambda city: (-city.population, city.name),
    )
    by_name: dict[str, list[City]] = {}
    by_slug: dict[str, list[City]] = {}
    for city in cities:
        by_name.setdefault(city.search_name, []).append(city)
        by_slug.setdefault(city.slug, []).append(city)
    areas = PostalArea.objects.using(DEFAULT_DB_ALIAS).all()
    return Gazetteer(
        by_name={name: tuple(found) for name, found in by_name.items()},
        by_slug={slug: tuple(found) for slug, found in by_slug.items()},
        areas={area.code: area for area in areas},
    )


@dataclass(frozen=True)
class Held:
    stamp: tuple[int, int] | None
    until: float  # when the stamp is None
    gazetteer: Gazetteer


_held: list[Held] = []


def gazetteer() -> Gazetteer:
    """The places as this process holds them, read again when the stamp moved."""
    stamp = generation_stamp(VOCABULARY_GENERATION_KEY)
    held = _held[0] if _held else None  # once: another thread may clear it meanwhile
    if held and held.stamp == stamp and (stamp is not None or time.monotonic() < held.until):
        return held.gazetteer
    made = gazetteer_read()
    _held[:] = [Held(stamp, time.monotonic() + HELD_SECONDS, made)]
    return made


def gazetteer_forget() -> None:
    """Drop this process's places: the next lookup reads them again."""
    _held.clear()


def gazetteer_clear() -> None:
    """Drop this process's places now, and every process's once the change is committed."""
    gazetteer_forget()
    transaction.on_commit(places_changed, robust=True)


def places_changed() -> None:
    gazetteer_forget()
    generation_advance(VOCABULARY_GENERATION_KEY)
    generation_stamp_forget(VOCABULARY_GENERATION_KEY)


def place_saved_or_deleted(sender, **kwargs) -> None:
    gazetteer_clear()


for model in (City, PostalArea):
    post_save.connect(place_saved_or_deleted, sender=model, dispatch_uid=f"gazetteer-{model}-save")
    post_delete.connect(place_saved_or_deleted, sender=model, dispatch_uid=f"gazetteer-{model}-del")
