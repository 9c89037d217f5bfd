"""A small, varied directory made from a seed: listed therapists in a few cities and online,
with every kind of term and field the search filters on, enough for results to run onto a
second page. The long tail's generator (tests/bench/longtail.py) then asks it thousands of
questions."""

import datetime
import random

from django.utils import timezone

from directory.geo import Place
from tests import factories
from tests.places import destination
from therapists.models import Accepting, GenderIdentity, ModerationStatus
from therapists.search.text import search_vectors_refresh

CITIES = {
    "toronto": ("Toronto", "ON", 43.70011, -79.4163, 2_600_000),
    "mississauga": ("Mississauga", "ON", 43.5789, -79.6583, 700_000),
    "ottawa": ("Ottawa", "ON", 45.41117, -75.69812, 800_000),
    "montreal": ("Montréal", "QC", 45.50884, -73.58781, 1_700_000),
    "moncton": ("Moncton", "NB", 46.09454, -64.7965, 70_000),
}
POSTAL_AREAS = {"M5V": "toronto", "K1P": "ottawa", "H2X": "montreal", "E1C": "moncton"}
FIRST = ("Jordan", "Aisha", "Nathalie", "Liam", "Simone", "Maya", "Olivier", "Priya", "Noah")
LAST = ("Mohamed", "Wong", "Zhang", "Fraser", "Tremblay", "Gagnon", "Singh", "Roy", "Martin")


def vocabularies():
    compassion = factories.ApproachFactory(
        slug="compassion-based",
        name="Compassion-based approach",
        name_fr="Approche axée sur la compassion",
        keywords_en="compassion, self-compassion",
        keywords_fr="autocompassion, bienveillance",
    )
    cft = factories.ApproachFactory(
        slug="compassion-focused-therapy",
        name="Compassion-Focused Therapy",
        name_fr="Thérapie centrée sur la compassion",
        short_name_en="CFT",
    )
    cbt = factories.ApproachFactory(
        slug="cbt",
        name="Cognitive behavioural therapy",
        name_fr="Thérapie cognitivo-comportementale",
        short_name_en="CBT",
        short_name_fr="TCC",
    )
    compassion.related.add(cft)
    return {
        "approaches": [compassion, cft, cbt],
        "concerns": [
            factories.ConcernFactory(slug="anxiety", name="Anxiety", name_fr="Anxiété"),
            factories.ConcernFactory(slug="grief", name="Grief", name_fr="Deuil"),
            factories.ConcernFactory(
                slug="adhd", name="ADHD", name_fr="TDAH", keywords_en="attention, focus"
            ),
        ],
        "languages": [
            factories.LanguageFactory(code="en", name="English"),
            factories.LanguageFactory(code="fr", name="French"),
            factories.LanguageFactory(code="pa", name="Punjabi"),
        ],
        "communities": [factories.CommunityFactory(slug="lgbtq-affirming")],
        "direct_billing": [factories.InsurerFactory(slug="sun-life")],
    }


def places() -> dict:
    cities = {
        key: factories.CityFactory(
            name=name,
            slug=key,
            province=province,
            latitude=latitude,
            longitude=longitude,
            population=population,
        )
        for key, (name, province, latitude, longitude, population) in CITIES.items()
    }
    for code, key in POSTAL_AREAS.items():
        city = cities[key]
        factories.PostalAreaFactory(
            code=code,
            name=city.name,
            province=city.province,
            latitude=city.latitude,
            longitude=city.longitude,
        )
    return cities


def profile_fields(rng: random.Random, n: int) -> dict:
    fee = rng.choice((None, 90, 120, 150, 180, 220))
    confirmed_days_ago = rng.choice((1, 10, 40, 200))
    return {
        "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
        "gender_identity": rng.choice(GenderIdentity.values),
        "fee": fee,
        "fee_floor": fee - 40 if fee and rng.random() < 0.3 else None,
        "free_consultation": rng.random() < 0.5,
        "accepting": rng.choice(Accepting.values),
        "availability_confirmed_at": timezone.now()
        - datetime.timedelta(days=confirmed_days_ago, minutes=n),
        "offers_online": rng.random() < 0.6,
        "serves_children": rng.random() < 0.3,
        "serves_teens": rng.random() < 0.4,
        "serves_older_adults": rng.random() < 0.4,
        "offers_couples": rng.random() < 0.4,
        "offers_family": rng.random() < 0.3,
        "offers_group": rng.random() < 0.2,
    }


def therapist_make(rng: random.Random, n: int, cities: dict, terms: dict):
    city = rng.choice(list(cities.values()))
    person = factories.TherapistFactory(**profile_fields(rng, n))
    factories.VerifiedCredentialFactory(therapist=person, jurisdiction=city.province)
    if rng.random() < 0.3:
        factories.VerifiedCredentialFactory(therapist=person, jurisdiction=rng.choice(["QC", "ON"]))
    for _office in range(rng.choice((0, 1, 1, 2))):
        point = destination(
            Place("", "", city.latitude, city.longitude), rng.uniform(0, 40), rng.uniform(0, 360)
        )
        factories.OfficeFactory(
            therapist=person,
            city=city,
            latitude=point.latitude,
            longitude=point.longitude,
            wheelchair_accessible=rng.random() < 0.4,
        )
    for field, choices in terms.items():
        getattr(person, field).add(*rng.sample(choices, k=rng.randint(0, len(choices))))
    if rng.random() < 0.2:
        factories.IntroVideoFactory(therapist=person, status=ModerationStatus.APPROVED)
    return person


def directory_make(*, count: int = 60, seed: int = 21) -> list:
    """`count` listed therapists, the same ones for the same seed, their search rows current."""
    rng = random.Random(seed)
    cities, terms = places(), vocabularies()
    people = [therapist_make(rng, n, cities, terms) for n in range(count)]
    search_vectors_refresh([person.pk for person in people])
    factories.search_rows_sync(*people)
    return people
