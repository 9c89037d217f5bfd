"""The long tail's vocabularies, read from the database the benchmark runs against.

Cities where listed therapists have an office and postal areas, weighted by how many offices
they hold; provinces by how many listed therapists see people from them; the approaches,
concerns, languages, communities and insurers a search can choose; the words visitors type
(approaches' and concerns' names and other words, in English and French); therapists' names;
and the search form's fixed options. longtail.generate makes the searches from them.
"""

import re
from pathlib import Path

from django.db.models import Count, Q
from django.db.models.functions import Substr, Upper

from directory.geo import city_named
from directory.models import City, PostalArea
from modalities.models import Approach, Concern
from tests.bench.longtail import CityPlace, Vocabulary, generate
from therapists.models import Community, GenderIdentity, Insurer, Language, Therapist
from therapists.search.counts import listed_offices, serving_counts
from therapists.search.forms import (
    AGE_GROUPS,
    RADIUS_CHOICES,
    SESSION_FORMATS,
    AcceptingChoice,
    Sort,
)

NAMES = 2000  # therapists' names a visitor may type, the first listed ones


def form_choices() -> dict[str, tuple[str, ...]]:
    """The search form's fixed options, from the form itself."""
    return {
        "gender": tuple(GenderIdentity.values),
        "age": tuple(AGE_GROUPS),
        "format": tuple(SESSION_FORMATS),
        "accepting": tuple(AcceptingChoice.values),
        "sort": tuple(Sort.values),
        "radius": tuple(str(km) for km, _label in RADIUS_CHOICES),
    }


def city_typed(city: City) -> CityPlace:
    """How a visitor names the city so that the search finds this one (as counts.city_search)."""
    if city_named(city.name, None) == city:
        return CityPlace(city.name, city.province, needs_province=False)
    if city_named(city.name, city.province) == city:
        return CityPlace(city.name, city.province, needs_province=True)
    return CityPlace(city.slug, city.province, needs_province=True)


def cities_read() -> dict[CityPlace, int]:
    """Cities where listed therapists have an office, with how many have one there."""
    busiest = (
        City.objects.filter(offices__in=listed_offices())
        .annotate(here=Count("offices__therapist", distinct=True))
        .order_by("-here", "pk")
    )
    return {city_typed(city): city.here for city in busiest}


def postal_areas_read() -> dict[str, int]:
    """Every postal area, with how many offices of listed therapists it holds."""
    offices = (
        listed_offices()
        .annotate(area=Upper(Substr("postal_code", 1, 3)))
        .values("area")
        .annotate(offices=Count("pk"))
    )
    held = {row["area"]: row["offices"] for row in offices}
    codes = PostalArea.objects.order_by("code").values_list("code", flat=True)
    return {code: held.get(code, 0) for code in codes}


def languages_read() -> dict[str, int]:
    """Session languages, with how many listed therapists offer each."""
    listed = Therapist.objects.listed()
    counted = Language.objects.annotate(
        offering=Count("therapists", filter=Q(therapists__in=listed), distinct=True)
    ).order_by("code")
    return {language.code: language.offering for language in counted}


def search_words() -> dict[str, tuple[str, ...]]:
    """What visitors type, per language: approaches' and concerns' names, abbreviations and
    other words (a concern's name without its explanation in brackets: "ADHD")."""
    words = {}
    for language in ("en", "fr"):
        texts = []
        for model, fields in (
            (Approach, ("name", "short_name", "keywords")),
            (Concern, ("name", "keywords")),
        ):
            columns = [f"{field}_{language}" for field in fields]
            for *names, keywords in model.objects.order_by("slug").values_list(*columns):
                texts.extend([*names, *(keywords or "").split(",")])
        cleaned = (re.sub(r"\s*\(.*?\)", "", text).strip() for text in texts if text)
        words[language] = tuple(dict.fromkeys(text for text in cleaned if text))
    return words


def vocabulary_read() -> Vocabulary:
    """The vocabularies of the database the benchmark runs against."""
    listed = Therapist.objects.listed()
    return Vocabulary(
        cities=cities_read(),
        postal_areas=postal_areas_read(),
        provinces=dict(sorted(serving_counts(listed).items())),
        approaches=tuple(Approach.objects.order_by("slug").values_list("slug", flat=True)),
        concerns=tuple(Concern.objects.order_by("slug").values_list("slug", flat=True)),
        languages=languages_read(),
        communities=tuple(Community.objects.order_by("slug").values_list("slug", flat=True)),
        insurers=tuple(Insurer.objects.order_by("slug").values_list("slug", flat=True)),
        words=search_words(),
        names=tuple(listed.order_by("pk").values_list("display_name", flat=True)[:NAMES]),
        choices=form_choices(),
    )


def stream_write(path: str, *, count: int, seed: int) -> None:
    """Write `count` distinct search URLs, one a line, for the load runner to read."""
    urls = generate(vocabulary_read(), count=count, seed=seed)
    Path(path).write_text("\n".join(urls) + "\n")
