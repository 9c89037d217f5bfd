"""Places come from installed packages and load idempotently."""

import pytest
from django.core.exceptions import ValidationError

from directory.geo import place_resolve
from directory.models import City, PostalArea
from directory.places import places_load

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def places(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        counts = places_load()
    yield counts
    with django_db_blocker.unblock():
        City.objects.all().delete()
        PostalArea.objects.all().delete()


def test_every_canadian_place_of_a_thousand_people_is_loaded(places):
    assert places["cities"] > 2500
    assert City.objects.count() == places["cities"]
    assert City.objects.filter(population__lt=1000).count() == 0
    assert set(City.objects.values_list("province", flat=True)) >= {"ON", "QC", "BC", "NU", "YT"}


def test_census_tracts_listed_as_places_are_not_cities(places):
    assert not City.objects.filter(name__regex=r"^Ct [0-9]+$").exists()
    assert City.objects.filter(name="100 Mile House").exists()  # digits alone are fine


def test_every_forward_sortation_area_is_loaded(places):
    assert places["postal_areas"] == PostalArea.objects.count() > 1600
    m5v = PostalArea.objects.get(code="M5V")
    assert m5v.province == "ON"
    assert 43.5 < m5v.latitude < 43.8 and -79.5 < m5v.longitude < -79.2


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Toronto", "Toronto"),
        ("trois rivieres", "Trois-Rivières"),
        ("st johns", "St. John's"),
        ("St-Jean-sur-Richelieu", "Saint-Jean-sur-Richelieu"),
        ("ste therese", "Sainte-Thérèse"),
        ("st john", "Saint John"),
    ],
)
def test_city_names_match_without_accents_case_or_punctuation(places, typed, expected):
    assert City.objects.named(typed).largest_first().first().name == expected


def test_same_named_cities_keep_distinct_slugs_within_a_province(places):
    slugs = City.objects.values_list("province", "slug")
    assert len(set(slugs)) == len(slugs)


def test_loading_again_changes_nothing(places):
    before = list(City.objects.order_by("pk").values_list("pk", "slug", "population"))
    assert places_load() == places
    after = list(City.objects.order_by("pk").values_list("pk", "slug", "population"))
    assert before == after


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Toronto ON", ("Toronto", "ON")),
        ("Montreal QC", ("Montréal", "QC")),
        ("London Ontario", ("London", "ON")),
        ("London New Brunswick", None),  # there is no London there
        ("Quebec City", ("Québec", "QC")),
        ("Ville de Québec", ("Québec", "QC")),
        ("City of Toronto", ("Toronto", "ON")),
        ("Sudbury", ("Greater Sudbury", "ON")),
        ("Prince Albert", ("Prince Albert", "SK")),  # a city, not a province after a name
    ],
)
def test_places_are_found_the_ways_people_type_them(places, typed, expected):
    place = place_resolve(typed)
    assert (place and (place.name, place.province)) == expected


def test_a_point_off_the_earth_is_refused_in_plain_words(db):
    city = City(name="Nowhere", slug="nowhere", province="ON", latitude=200, longitude=-500)

    with pytest.raises(ValidationError) as refused:
        city.validate_constraints()

    assert sorted(refused.value.messages) == [
        "A latitude is between -90 and 90 degrees.",
        "A longitude is between -180 and 180 degrees.",
    ]
