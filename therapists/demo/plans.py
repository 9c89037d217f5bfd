"""Demo therapists planned in memory, drawn from a seeded generator in a fixed order.

The same seed gives the same plans, so the same seed gives the same directory.
"""

import datetime
import math
import random
import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from directory.models import City, PostalArea, Province, User
from modalities.models import Approach, Concern
from therapists.demo.text import (
    BIOS,
    CONSULTATION,
    FIRST_NAMES,
    HEADLINES,
    LAST_NAMES,
    POSTAL_LETTERS,
    PRONOUNS,
    PROVINCE_WEIGHTS,
    REJECTION_REASONS,
    STREETS,
)
from therapists.models import (
    Accepting,
    Community,
    ContactPreference,
    Credential,
    CredentialStatus,
    GenderIdentity,
    Insurer,
    Language,
    Office,
    RegulatoryBody,
    Therapist,
)

DEMO_EMAIL_DOMAIN = "demo.example.ca"


@dataclass
class Vocabulary:
    """Ids of the reference data the demo draws from, loaded once."""

    approaches: list[int]
    concerns: list[int]
    languages: dict[str, int]
    insurers: list[int]
    communities: list[int]
    approach_names: dict[int, dict[str, str]]
    concern_names: dict[int, dict[str, str]]
    cities: dict[str, list[City]]
    city_weights: dict[str, list[float]]
    postal_areas: dict[str, list[PostalArea]]
    bodies: dict[str, list[RegulatoryBody]]
    national_bodies: list[RegulatoryBody]


def vocabulary_load() -> Vocabulary:
    """Read every vocabulary the demo needs; fail clearly if reference data is missing."""
    cities = defaultdict(list)
    for city in City.objects.filter(population__gte=1000).order_by("-population", "pk"):
        cities[city.province].append(city)
    bodies = defaultdict(list)
    for body in RegulatoryBody.objects.order_by("slug"):
        bodies[body.province].append(body)
    postal = defaultdict(list)
    for area in PostalArea.objects.order_by("code"):
        postal[area.province].append(area)
    approaches = list(Approach.objects.order_by("slug"))
    concerns = list(Concern.objects.order_by("slug"))
    if not (cities and approaches and concerns and bodies):
        raise LookupError("Load the reference data first: manage.py load_reference_data")
    return Vocabulary(
        approaches=[m.pk for m in approaches],
        concerns=[c.pk for c in concerns],
        languages=dict(Language.objects.values_list("code", "pk")),
        insurers=list(Insurer.objects.order_by("slug").values_list("pk", flat=True)),
        communities=list(Community.objects.order_by("slug").values_list("pk", flat=True)),
        approach_names={m.pk: {"en": m.name_en, "fr": m.name_fr or m.name_en} for m in approaches},
        concern_names={c.pk: {"en": c.name_en, "fr": c.name_fr or c.name_en} for c in concerns},
        cities=dict(cities),
        city_weights={p: [math.sqrt(c.population) for c in cs] for p, cs in cities.items()},
        postal_areas=dict(postal),
        bodies=dict(bodies),
        national_bodies=bodies.get("", []),
    )


def designation_of(body: RegulatoryBody) -> str:
    """The designation of a body's first title in the body's own words: its abbreviation
    ("Registered Psychotherapist (RP)" -> RP, "Travailleur social (T.S.)" -> T.S.), else the title
    itself, never a gloss or the body's acronym ("Psychologue (psychologist)" -> Psychologue)."""
    title = body.protected_titles[0] if body.protected_titles else body.acronym
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", title)
    if match is None:
        return title
    name, inside = match.groups()
    if inside != body.acronym and re.fullmatch(r"[A-Z][\w.-]*", inside):
        return inside
    return name


def nearest_postal_area(city: City, areas: list[PostalArea]) -> PostalArea | None:
    def distance(area):
        return (area.latitude - city.latitude) ** 2 + (area.longitude - city.longitude) ** 2

    return min(areas, key=distance) if areas else None


def postal_code_near(rng: random.Random, city: City, vocab: Vocabulary, cache: dict) -> str:
    """A plausible full postal code whose first three characters serve the city."""
    if city.pk not in cache:
        area = nearest_postal_area(city, vocab.postal_areas.get(city.province, []))
        cache[city.pk] = area.code if area else "K1A"
    digits = f"{rng.randint(0, 9)}{rng.choice(POSTAL_LETTERS)}{rng.randint(0, 9)}"
    return f"{cache[city.pk]} {digits}"


def pick_body(rng: random.Random, province: str, vocab: Vocabulary) -> RegulatoryBody:
    """A body that registers practitioners in the province; regulators far more often."""
    local = vocab.bodies.get(province, [])
    regulators = [b for b in local if b.kind == RegulatoryBody.Kind.REGULATOR]
    if regulators and rng.random() < 0.85:
        return rng.choice(regulators)
    return rng.choice(local or vocab.national_bodies)


def in_sentence(name: str) -> str:
    """A name inside a sentence: "Grief and loss" -> "grief and loss"; "PTSD", "Gottman" stay."""
    words = [word for word in name.split() if len(word) > 3]
    if name[1:2].isupper() or (len(words) > 1 and all(word[0].isupper() for word in words)):
        return name
    return name[:1].lower() + name[1:]


def sample(rng: random.Random, population: list, low: int, high: int) -> list:
    return rng.sample(population, min(len(population), rng.randint(low, high)))


@dataclass
class Plan:
    """One demo therapist, planned in memory before anything is inserted."""

    user: User
    therapist: Therapist
    approaches: list[int]
    concerns: list[int]
    languages: list[int]
    insurers: list[int]
    communities: list[int]
    offices: list[Office]
    credentials: list[tuple[Credential, str]]


def plan_languages(rng: random.Random, province: str, vocab: Vocabulary) -> tuple[list[int], str]:
    """Languages of service and the language the profile is written in."""
    speaks_french = rng.random() < (0.95 if province == Province.QC else 0.14)
    speaks_english = not speaks_french or rng.random() < (0.6 if province == Province.QC else 1)
    codes = [c for c, yes in (("en", speaks_english), ("fr", speaks_french)) if yes]
    others = [c for c in vocab.languages if c not in ("en", "fr")]
    if others and rng.random() < 0.22:
        codes.append(rng.choice(others))
    written = "fr" if speaks_french and (province == Province.QC or not speaks_english) else "en"
    return [vocab.languages[c] for c in codes if c in vocab.languages], written


@dataclass
class DemoTexts:
    """A demo profile's headline and about text, in either language."""

    vocab: Vocabulary
    approaches: list[int]
    concerns: list[int]
    years: int
    free_consultation: bool

    def concern_names(self, language: str) -> list[str]:
        return [in_sentence(self.vocab.concern_names[c][language]) for c in self.concerns]

    def headline(self, pattern: str, language: str) -> str:
        approach = self.vocab.approach_names[self.approaches[0]][language]
        return pattern.format(concern=self.concern_names(language)[0], approach=approach)

    def bio(self, language: str) -> str:
        approaches = self.approaches[:3]
        return (
            BIOS[language]
            .format(
                concerns=", ".join(self.concern_names(language)[:3]),
                years=self.years,
                approaches=", ".join(
                    in_sentence(self.vocab.approach_names[a][language]) for a in approaches
                ),
                minutes=50,
                consultation=CONSULTATION[language][0 if self.free_consultation else 1],
            )
            .strip()
        )


def plan_fees(rng: random.Random) -> tuple[int, int | None]:
    fee = rng.randrange(90, 231, 5)
    floor = rng.randrange(40, fee - 10, 5) if rng.random() < 0.38 else None
    return fee, floor


def plan_offices(
    rng: random.Random, province: str, vocab: Vocabulary, postal_cache: dict
) -> list[Office]:
    cities = vocab.cities.get(province) or vocab.cities[Province.ON]
    weights = vocab.city_weights.get(province) or vocab.city_weights[Province.ON]
    offices = []
    for _ in range(1 if rng.random() < 0.8 else 2):
        city = rng.choices(cities, weights=weights)[0]
        offices.append(
            Office(
                address_line1=f"{rng.randint(1, 2400)} {rng.choice(STREETS)}",
                address_line2=f"Suite {rng.randint(100, 900)}" if rng.random() < 0.5 else "",
                city=city,
                postal_code=postal_code_near(rng, city, vocab, postal_cache),
                latitude=round(city.latitude + rng.uniform(-0.03, 0.03), 6),
                longitude=round(city.longitude + rng.uniform(-0.04, 0.04), 6),
                wheelchair_accessible=rng.random() < 0.45,
            )
        )
    return offices


def plan_credentials(
    rng: random.Random,
    province: str,
    vocab: Vocabulary,
    seed: int,
    today: datetime.date,
    number: int,
) -> list[tuple[Credential, str]]:
    """One credential in the home province, sometimes a second elsewhere; statuses varied.

    Registration numbers come from the therapist's number, so no two demo profiles share one."""
    provinces = [province]
    if rng.random() < 0.12:
        provinces.append(rng.choice([p for p in PROVINCE_WEIGHTS if p != province]))
    credentials = []
    for index, where in enumerate(provinces):
        body = pick_body(rng, where, vocab)
        roll = rng.random() if index == 0 else 0.0
        status = (
            CredentialStatus.VERIFIED
            if roll < 0.84
            else CredentialStatus.PENDING
            if roll < 0.91
            else CredentialStatus.REJECTED
            if roll < 0.95
            else CredentialStatus.EXPIRED
        )
        expires = today + datetime.timedelta(days=rng.randint(60, 400))
        if status == CredentialStatus.EXPIRED:
            expires = today - datetime.timedelta(days=rng.randint(1, 300))
        credential = Credential(
            regulatory_body=body,
            designation=designation_of(body),
            registration_number=f"{seed}{number + 1:07d}{index}",
            jurisdiction=where,
            expires_on=expires,
            status=status,
            reason=rng.choice(REJECTION_REASONS) if status == CredentialStatus.REJECTED else "",
        )
        credentials.append((credential, status))
    return credentials


def plan_therapist(
    rng: random.Random, index: int, seed: int, vocab: Vocabulary, password: str, postal_cache: dict
) -> Plan:
    """Everything about one demo therapist, drawn from the generator in a fixed order."""
    now = timezone.now()
    province = rng.choices(list(PROVINCE_WEIGHTS), weights=list(PROVINCE_WEIGHTS.values()))[0]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    gender = rng.choices(list(GenderIdentity), weights=[58, 30, 7, 2, 3])[0]
    languages, written = plan_languages(rng, province, vocab)
    approaches = sample(rng, vocab.approaches, 2, 5)
    concerns = sample(rng, vocab.concerns, 3, 10)
    years = rng.randint(2, 35)
    fee, floor = plan_fees(rng)
    online_only = rng.random() < 0.12
    free_consultation = rng.random() < 0.55
    texts = DemoTexts(vocab, approaches, concerns, years, free_consultation)
    other = next(code for code in HEADLINES if code != written)
    # From the index, not the generator: a third of the profiles give both languages.
    both = index % 3 == 0
    user = User(
        email=f"therapist-{seed}-{index}@{DEMO_EMAIL_DOMAIN}",
        password=password,
        first_name=first,
        last_name=last,
        email_confirmed_at=now,
    )
    therapist = Therapist(
        slug=f"{slugify(f'{first} {last}')}-{seed}-{index}",
        display_name=f"{first} {last}",
        pronouns=PRONOUNS[gender] if rng.random() < 0.8 else "",
        gender_identity=gender,
        text_language=written,
        headline=texts.headline(rng.choice(HEADLINES[written]), written),
        bio=texts.bio(written),
        headline_other=texts.headline(HEADLINES[other][index % len(HEADLINES[other])], other)
        if both
        else "",
        bio_other=texts.bio(other) if both else "",
        years_in_practice=years,
        serves_children=rng.random() < 0.15,
        serves_teens=rng.random() < 0.35,
        serves_adults=True,
        serves_older_adults=rng.random() < 0.4,
        offers_individual=True,
        offers_couples=rng.random() < 0.3,
        offers_family=rng.random() < 0.15,
        offers_group=rng.random() < 0.08,
        # From the index, not the generator: the draws (and so every other plan) stay as they were.
        sees_weekday_daytime=index % 5 != 0,
        sees_weekday_evenings=index % 2 == 0,
        sees_weekends=index % 4 == 1,
        fee=fee,
        fee_floor=floor,
        free_consultation=free_consultation,
        accepting=Accepting.ACCEPTING if rng.random() < 0.78 else Accepting.CLOSED,
        availability_confirmed_at=now - datetime.timedelta(days=rng.randint(0, 75)),
        offers_online=online_only or rng.random() < 0.7,
        offers_in_person=not online_only,
        contact_preference=rng.choice(list(ContactPreference)),
        is_published=rng.random() < 0.95,
    )
    return Plan(
        user=user,
        therapist=therapist,
        approaches=approaches,
        concerns=concerns,
        languages=languages,
        insurers=sample(rng, vocab.insurers, 0, 4) if rng.random() < 0.55 else [],
        communities=sample(rng, vocab.communities, 1, 2) if rng.random() < 0.35 else [],
        offices=[] if online_only else plan_offices(rng, province, vocab, postal_cache),
        credentials=plan_credentials(
            rng, province, vocab, seed, timezone.localdate(), number=index
        ),
    )
