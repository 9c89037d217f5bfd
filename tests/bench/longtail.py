"""The benchmark's long tail: many distinct, realistic searches, each to be asked once.

A fixed list of URLs measures the page cache after the first request. Real visitors mostly ask
searches nobody asked in the last minutes: a city or a postal code with a radius, online or
"serving" a province, a few filters, sometimes words, mostly the first page. This module makes
such URLs, in English and in French, from vocabularies read from the benchmark's database
(tests/bench/vocabulary.py), then deterministically from a seed (generate), with no database.

Every URL is in the short form the search serves without a redirect (no blank parameter). No two
URLs share the filters their counts are cached under (the parameters less the page and the
order, with the default radius: therapists/search/facet_counts.py, search_key), so neither a
page nor its counts are ever found in the cache.
"""

import random
from dataclasses import dataclass
from itertools import accumulate
from urllib.parse import urlencode

from therapists.search.forms import DEFAULT_RADIUS, Sort

# The order the search form lists its fields in; a URL names its parameters in this order.
FIELD_ORDER = (
    "q",
    "place",
    "province",
    "radius",
    "online",
    "serving",
    "approach",
    "related",
    "concern",
    "language",
    "gender",
    "age",
    "format",
    "community",
    "fee_max",
    "insurer",
    "accepting",
    "free_consultation",
    "video",
    "wheelchair",
    "sort",
    "page",
)
FILTERS = (
    "approach",
    "concern",
    "language",
    "gender",
    "age",
    "format",
    "community",
    "fee_max",
    "insurer",
    "accepting",
    "free_consultation",
    "video",
    "wheelchair",
)
# The filters drawn from a vocabulary, and the vocabulary's field.
OPTIONS = {
    "approach": "approaches",
    "concern": "concerns",
    "language": "languages",
    "community": "communities",
    "insurer": "insurers",
}
PRESENTATION = ("page", "sort")  # counted alike: facet_counts.PRESENTATION
FRENCH_SHARE = 0.3
FRENCH_PROVINCES = {"QC": 5.0, "NB": 2.0}  # where French-speaking visitors more often search
WHERE = {"city": 42, "postal": 18, "online": 12, "serving": 8, "province": 5, "anywhere": 15}
FILTER_COUNTS = {0: 30, 1: 35, 2: 20, 3: 15}
RADIUS_WEIGHTS = {"": 45, "5": 8, "10": 15, "25": 7, "50": 15, "100": 10}
FEES = (60, 75, 80, 90, 100, 110, 120, 125, 130, 140, 150, 160, 175, 180, 200, 225, 250, 300)
GENDER_WEIGHTS = {"woman": 50, "man": 30, "non-binary": 10, "two-spirit": 5, "another": 5}
PAGES = {"": 87, "2": 9, "3": 4}
POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"  # the letters Canada Post uses after the first
MAX_ATTEMPTS_PER_URL = 50


@dataclass(frozen=True)
class CityPlace:
    """A city as a visitor types it: its name, or its address (slug) when a larger city of the
    same name would be found instead, with the province it needs to be told apart."""

    place: str
    province: str
    needs_province: bool


@dataclass(frozen=True)
class Vocabulary:
    """What searches are made of. Weights say how often each is asked (by how many listed
    therapists it has); choices are the search form's fixed options."""

    cities: dict[CityPlace, int]
    postal_areas: dict[str, int]
    provinces: dict[str, int]
    approaches: tuple[str, ...]
    concerns: tuple[str, ...]
    languages: dict[str, int]
    communities: tuple[str, ...]
    insurers: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    names: tuple[str, ...]
    choices: dict[str, tuple[str, ...]]


class Pick:
    """A weighted choice, its cumulative weights computed once (thousands of cities)."""

    def __init__(self, weights: dict):
        kept = {value: weight for value, weight in weights.items() if weight > 0}
        self.values = list(kept)
        self.cumulative = list(accumulate(kept.values()))

    def __bool__(self) -> bool:
        return bool(self.values)

    def __call__(self, rng: random.Random):
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def scope_key(parameters: dict[str, list[str]]) -> str:
    """The filters a URL's counts are cached under, as facet_counts.search_key names them."""
    chosen = {"radius": [str(DEFAULT_RADIUS)]} | {k: v for k, v in parameters.items() if v}
    pairs = sorted(
        (key, value)
        for key, values in chosen.items()
        if key not in PRESENTATION
        for value in values
    )
    return urlencode(pairs)


def search_url(language: str, parameters: dict[str, list[str]]) -> str:
    pairs = [(name, value) for name in FIELD_ORDER for value in parameters.get(name, [])]
    return f"/{language}/therapists/?{urlencode(pairs)}" if pairs else f"/{language}/therapists/"


class SearchMaker:
    """Makes one visitor's search at a time from the vocabulary, with the seeded generator."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random):
        self.vocabulary, self.rng = vocabulary, rng
        self.cities = per_language(vocabulary.cities, lambda city: city.province)
        self.provinces = per_language(vocabulary.provinces, lambda code: code)
        self.areas = Pick(dict.fromkeys(vocabulary.postal_areas, 1))
        self.busy_areas = Pick(vocabulary.postal_areas) or self.areas
        # A language few therapists offer is still searched for: each counts one more.
        self.languages = Pick({code: n + 1 for code, n in vocabulary.languages.items()})
        self.genders = Pick({g: GENDER_WEIGHTS.get(g, 5) for g in vocabulary.choices["gender"]})
        self.radii = Pick(
            {km: RADIUS_WEIGHTS.get(km, 5) for km in ("", *vocabulary.choices["radius"])}
        )
        self.where = Pick({kind: weight for kind, weight in WHERE.items() if self.can(kind)})
        self.filters = tuple(
            name for name in FILTERS if name not in OPTIONS or getattr(vocabulary, OPTIONS[name])
        )
        self.filter_counts, self.pages = Pick(FILTER_COUNTS), Pick(PAGES)

    def can(self, where: str) -> bool:
        """Whether the vocabulary has what this kind of search needs (a test's may not)."""
        vocabulary = self.vocabulary
        needs = {"city": vocabulary.cities, "postal": vocabulary.postal_areas, "anywhere": True}
        return bool(needs.get(where, vocabulary.provinces))

    def search(self, language: str) -> dict[str, list[str]]:
        """A search's parameters: where, then 0 to 3 filters, sometimes words, an order, a page."""
        rng, chosen = self.rng, {}
        where = self.where(rng)
        getattr(self, f"where_{where}")(chosen, language)
        for name in rng.sample(self.filters, k=min(self.filter_counts(rng), len(self.filters))):
            getattr(self, f"filter_{name}")(chosen)
        if rng.random() < (0.6 if where == "anywhere" else 0.2) and (text := self.words(language)):
            chosen["q"] = [text]
        if rng.random() < 0.15:
            chosen["sort"] = [rng.choice(self.sorts(chosen))]
        if page := self.pages(rng):
            chosen["page"] = [page]
        return chosen

    def where_city(self, chosen: dict, language: str) -> None:
        city = self.cities[language](self.rng)
        typed = (
            city.place.lower()
            if not city.needs_province and self.rng.random() < 0.2
            else city.place
        )
        chosen["place"] = [typed]
        if city.needs_province or self.rng.random() < 0.15:
            chosen["province"] = [city.province]
        self.choose_radius(chosen)

    def where_postal(self, chosen: dict, language: str) -> None:
        rng = self.rng
        area = self.areas(rng) if rng.random() < 0.1 else self.busy_areas(rng)
        if rng.random() < 0.4:  # a whole postal code, as written on a letter or not
            unit = f"{rng.randrange(10)}{rng.choice(POSTAL_LETTERS)}{rng.randrange(10)}"
            area = f"{area} {unit}" if rng.random() < 0.7 else f"{area}{unit}".lower()
        chosen["place"] = [area]
        self.choose_radius(chosen)

    def choose_radius(self, chosen: dict) -> None:
        if radius := self.radii(self.rng):
            chosen["radius"] = [radius]

    def where_online(self, chosen: dict, language: str) -> None:
        chosen["online"] = [self.provinces[language](self.rng)]

    def where_serving(self, chosen: dict, language: str) -> None:
        chosen["serving"] = [self.provinces[language](self.rng)]

    def where_province(self, chosen: dict, language: str) -> None:
        chosen["province"] = [self.provinces[language](self.rng)]

    def where_anywhere(self, chosen: dict, language: str) -> None:
        """Filters or words alone, the whole country."""

    def filter_approach(self, chosen: dict) -> None:
        chosen["approach"] = self.some(self.vocabulary.approaches)
        if self.rng.random() < 0.4:
            chosen["related"] = ["on"]

    def filter_concern(self, chosen: dict) -> None:
        chosen["concern"] = self.some(self.vocabulary.concerns)

    def filter_language(self, chosen: dict) -> None:
        chosen["language"] = [self.languages(self.rng)]

    def filter_gender(self, chosen: dict) -> None:
        picked = {self.genders(self.rng) for _ in range(self.how_many())}
        chosen["gender"] = sorted(picked, key=self.vocabulary.choices["gender"].index)

    def filter_age(self, chosen: dict) -> None:
        chosen["age"] = self.some(self.vocabulary.choices["age"])

    def filter_format(self, chosen: dict) -> None:
        chosen["format"] = self.some(self.vocabulary.choices["format"])

    def filter_community(self, chosen: dict) -> None:
        chosen["community"] = [self.rng.choice(self.vocabulary.communities)]

    def filter_fee_max(self, chosen: dict) -> None:
        chosen["fee_max"] = [str(self.rng.choice(FEES))]

    def filter_insurer(self, chosen: dict) -> None:
        chosen["insurer"] = [self.rng.choice(self.vocabulary.insurers)]

    def filter_accepting(self, chosen: dict) -> None:
        chosen["accepting"] = [self.rng.choice(self.vocabulary.choices["accepting"])]

    def filter_free_consultation(self, chosen: dict) -> None:
        chosen["free_consultation"] = ["on"]

    def filter_video(self, chosen: dict) -> None:
        chosen["video"] = ["on"]

    def filter_wheelchair(self, chosen: dict) -> None:
        chosen["wheelchair"] = ["on"]

    def how_many(self) -> int:
        """Most people tick one box of a group; some tick two."""
        return 1 if self.rng.random() < 0.85 else 2

    def some(self, options: tuple[str, ...]) -> list[str]:
        """One or two options of a group, in the order the form lists them."""
        picked = self.rng.sample(options, k=min(self.how_many(), len(options)))
        return sorted(picked, key=options.index)

    def sorts(self, chosen: dict) -> list[str]:
        """The orders a visitor is offered: best match needs words, nearest a place."""
        return [
            key
            for key in self.vocabulary.choices["sort"]
            if (key != Sort.BEST or "q" in chosen) and (key != Sort.NEAREST or "place" in chosen)
        ]

    def words(self, language: str) -> str | None:
        """What a visitor types: a concern or an approach (sometimes two), mostly in the page's
        language, or a therapist's name, sometimes misspelled."""
        rng, vocabulary = self.rng, self.vocabulary
        own = vocabulary.words.get(language, ())
        other = vocabulary.words.get("en" if language == "fr" else "fr", ())
        if vocabulary.names and (rng.random() < 0.12 or not (own or other)):
            name = rng.choice(vocabulary.names)
            return misspelled(rng, name) if rng.random() < 0.5 else name
        terms = own if own and (rng.random() < 0.85 or not other) else other
        if not terms:
            return None
        text = " ".join(rng.sample(terms, k=min(1 if rng.random() < 0.7 else 2, len(terms))))
        return text.lower() if rng.random() < 0.7 else text


def per_language(weights: dict, province_of) -> dict[str, Pick]:
    """The weighted choice as each language's visitors make it: French-speaking visitors
    search in Quebec and New Brunswick more often."""
    return {
        language: Pick({key: n * boost(language, province_of(key)) for key, n in weights.items()})
        for language in ("en", "fr")
    }


def boost(language: str, province: str) -> float:
    return FRENCH_PROVINCES.get(province, 1.0) if language == "fr" else 1.0


def misspelled(rng: random.Random, name: str) -> str:
    """The name with one slip of the keyboard: two letters swapped, one dropped or doubled."""
    positions = [
        i
        for i in range(len(name) - 1)
        if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]
    ]
    if not positions:
        return name
    i = rng.choice(positions)
    slip = rng.choice(("swap", "drop", "double"))
    if slip == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if slip == "drop":
        return name[:i] + name[i + 1 :]
    return name[: i + 1] + name[i:]


def generate(vocabulary: Vocabulary, *, count: int, seed: int) -> list[str]:
    """`count` distinct search URLs, the same ones for the same vocabulary and seed."""
    rng = random.Random(seed)
    maker = SearchMaker(vocabulary, rng)
    urls, seen = [], set()
    for _attempt in range(count * MAX_ATTEMPTS_PER_URL):
        language = "fr" if rng.random() < FRENCH_SHARE else "en"
        parameters = maker.search(language)
        key = scope_key(parameters)
        if key not in seen:
            seen.add(key)
            urls.append(search_url(language, parameters))
            if len(urls) == count:
                return urls
    raise ValueError(f"{len(urls)} distinct searches from this vocabulary, not {count}")
