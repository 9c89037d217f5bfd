"""Nearest-first results: the distance on each card, and pages read from the smallest circle
that holds them, in the same order as a plain sort."""

import random

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.urls import reverse

from directory.geo import Place
from tests import factories
from tests.places import haversine_km
from tests.therapists.search.searching import (
    MISSISSAUGA,
    TORONTO,
    link,
    names_in_order,
    search,
    therapist,
    therapist_at,
)
from therapists.models import SearchRow
from therapists.search.filters import TherapistFilter
from therapists.search.nearest import SMALLER_CIRCLES

pytestmark = pytest.mark.django_db


def test_cards_show_the_distance_to_the_nearest_office(client, cities):
    person = therapist("Two offices", office_in=cities["hamilton"])
    factories.OfficeFactory(therapist=person, city=cities["mississauga"])
    [card] = search(client, place="Toronto", radius=50).context["therapists"]
    expected = haversine_km(Place("t", "ON", *TORONTO), Place("m", "ON", *MISSISSAUGA))
    assert card.distance == pytest.approx(expected, abs=0.5)


def test_nearest_is_the_default_order_with_a_place(client, cities):
    therapist("Far", office_in=cities["hamilton"])
    therapist("Near", office_in=cities["toronto"])
    therapist("Middle", office_in=cities["mississauga"])
    page = search(client, place="Toronto", radius=100).context["therapists"]
    assert [t.display_name for t in page] == ["Near", "Middle", "Far"]


def test_a_place_typed_into_a_search_in_the_suggested_order_sorts_nearest_first(client, cities):
    """The form sends its sort choice with every search: the suggested one is empty."""
    therapist("Far", office_in=cities["hamilton"])
    therapist("Near", office_in=cities["toronto"])

    cache.clear()
    suggested = client.get(
        reverse("therapists:list"), {"place": "Toronto", "radius": 100, "sort": ""}, follow=True
    )
    chosen = search(client, place="Toronto", radius=100, sort="fee")

    assert [t.display_name for t in suggested.context["therapists"]] == ["Near", "Far"]
    html = suggested.content.decode()
    assert '<option value="" selected>Suggested: Nearest</option>' in html
    assert '<option value="fee" selected>' in chosen.content.decode()
    assert '<option value="" selected>' not in chosen.content.decode()


def test_nearest_first_pages_match_the_full_order_wherever_they_are_read(client, cities):
    """Pages come from the smallest circle that fills them; they must be the same pages as a
    plain sort of everyone within the radius, filters and listing rules included."""
    rng = random.Random(7)
    toronto = cities["toronto"]
    french = factories.LanguageFactory(code="fr", name="French")
    expected = []
    for n in range(70):
        km = round(rng.choice([rng.uniform(0, 0.3), rng.uniform(0.3, 6), rng.uniform(6, 30)]), 3)
        person = therapist_at(f"P{n:02d}", km, toronto)
        if n % 5:
            link(person, languages=[french])
            if km <= 25:
                expected.append((km, person.pk, person.display_name))
    unlisted = therapist_at("Unlisted nearby", 0.01, toronto, is_published=False)
    link(unlisted, languages=[french])
    ordered = [name for _km, _pk, name in sorted(expected)]

    shown = []
    for page in (1, 2, 3):
        response = search(client, place="Toronto", radius=25, language="fr", page=page)
        shown += [t.display_name for t in response.context["therapists"]]
        distances = [t.distance for t in response.context["therapists"]]
        assert distances == sorted(distances)
    assert shown == ordered


def test_offices_at_the_edge_of_a_small_circle_are_in_it_whatever_their_bearing(client, cities):
    """A page from a small circle must hold everyone within it, up to its edge on every side:
    here the first page comes from the 25/64 km circle, and its last place is due north, east,
    south or west at the circle's very edge."""
    toronto, edge = cities["toronto"], 25 / 64
    for n in range(19):
        therapist_at(f"Near {n:02d}", 0.01 * (n + 1), toronto)
    for bearing in (0, 90, 180, 270):
        therapist_at(f"Edge {bearing:03d}", edge * 0.9995, toronto, bearing=bearing)
    for bearing in (45, 135, 225, 315):
        therapist_at(f"Edge {bearing:03d}", edge * 0.9999, toronto, bearing=bearing)
    therapist_at("Beyond", 5, toronto)
    shown = []
    for page in (1, 2):
        shown += names_in_order(search(client, place="Toronto", radius=25, page=page))
    assert shown[:19] == [f"Near {n:02d}" for n in range(19)]
    assert sorted(shown[19:23]) == ["Edge 000", "Edge 090", "Edge 180", "Edge 270"]
    assert sorted(shown[23:27]) == ["Edge 045", "Edge 135", "Edge 225", "Edge 315"]
    assert shown[27:] == ["Beyond"]


def test_a_dense_first_page_is_read_from_a_small_circle(cities, monkeypatch, settings):
    settings.SEARCH_INDEX = False  # PostgreSQL's way, for searches with words
    toronto = cities["toronto"]
    for n in range(25):
        therapist_at(f"Close {n}", n * 0.01, toronto)
    therapist_at("Farther", 10, toronto)
    filterset = TherapistFilter(
        QueryDict("place=Toronto&radius=25"), queryset=SearchRow.objects.listed()
    )
    asked = []
    within = filterset.nearest_within
    monkeypatch.setattr(filterset, "nearest_within", lambda km: asked.append(km) or within(km))

    results = filterset.results(count=26)  # as the view passes the total it has counted
    first = results[0:20]
    assert [t.display_name for t in first] == [f"Close {n}" for n in range(20)]
    assert asked == [25 / 64]  # the page's rows hold its cards' details: no second read
    asked.clear()
    last = results[20:40]  # a page that cannot be full is read from the radius itself
    assert [t.display_name for t in last] == [*(f"Close {n}" for n in range(20, 25)), "Farther"]
    assert asked == [25]


@pytest.mark.parametrize(
    ("from_km", "extra_queries"),
    [(0.02, 0), (10, SMALLER_CIRCLES)],
    ids=["inside-the-smallest-circle", "beyond-every-smaller-circle"],
)
def test_a_place_search_takes_as_many_queries_for_twenty_results_as_for_one(
    client, cities, django_assert_max_num_queries, from_km, extra_queries
):
    """When a small circle fills the page, the same queries as for one result; otherwise one
    more for each circle too small for it."""
    toronto = cities["toronto"]
    therapist_at("Only", 0.01, toronto)
    with django_assert_max_num_queries(20) as one:
        search(client, place="Toronto")
    for n in range(24):
        therapist_at(f"More {n}", from_km + n / 100, toronto)
    with django_assert_max_num_queries(len(one.captured_queries) + extra_queries):
        search(client, place="Toronto")
