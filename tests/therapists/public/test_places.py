"""Province, city and city-and-approach pages: the search, pre-filled, for listed therapists."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def toronto(db):
    return factories.CityFactory(name="Toronto", slug="toronto", province="ON")


@pytest.fixture
def compassion(db):
    return factories.ApproachFactory(slug="compassion-based", name="Compassion-based approach")


def listed_with_office(city, *, approaches=(), **therapist_fields):
    """A listed therapist with an office in the city, offering the approaches given."""
    therapist = factories.TherapistFactory(**therapist_fields)
    therapist.approaches.add(*approaches)
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction=city.province)
    factories.OfficeFactory(therapist=therapist, city=city)
    return therapist


def names(response):
    return {therapist.display_name for therapist in response.context["therapists"]}


def test_city_page_lists_therapists_near_the_city_only(client, toronto):
    near = listed_with_office(toronto, display_name="Near Toronto")
    far_city = factories.CityFactory(name="Thunder Bay", latitude=48.38, longitude=-89.25)
    listed_with_office(far_city, display_name="Far Away")
    unlisted = factories.TherapistFactory(display_name="Not Verified")
    factories.OfficeFactory(therapist=unlisted, city=toronto)

    response = client.get(reverse("therapists:city", args=["ontario", "toronto"]))

    assert response.status_code == 200
    assert names(response) == {near.display_name}
    body = response.content.decode()
    assert "<h1>Therapists in Toronto, Ontario</h1>" in body
    assert "place=Toronto" in body and "province=ON" in body  # "Refine this search" link


def test_city_approach_page_narrows_to_the_approach(client, toronto, compassion):
    listed_with_office(toronto, display_name="Offers It", approaches=[compassion])
    listed_with_office(toronto, display_name="Does Not")

    response = client.get(
        reverse("therapists:city_approach", args=["ontario", "toronto", "compassion-based"])
    )

    assert names(response) == {"Offers It"}
    assert "Compassion-based approach in Toronto" in response.content.decode()


def test_province_page_counts_in_person_and_online_therapists(client, toronto):
    in_person = listed_with_office(toronto, display_name="Office In Ontario")
    online = factories.TherapistFactory(display_name="Online For Ontario", offers_online=True)
    factories.VerifiedCredentialFactory(therapist=online, jurisdiction="ON")
    elsewhere = factories.TherapistFactory(display_name="Online For Quebec", offers_online=True)
    factories.VerifiedCredentialFactory(therapist=elsewhere, jurisdiction="QC")

    response = client.get(reverse("therapists:province", args=["ontario"]))

    assert names(response) == {in_person.display_name, online.display_name}
    assert "/en/therapists/in/ontario/toronto/" in response.content.decode()


def test_the_same_search_finds_the_same_therapists(client, toronto, compassion):
    listed_with_office(toronto, approaches=[compassion])
    page = client.get(reverse("therapists:province", args=["ontario"]))
    search = client.get(reverse("therapists:list"), {"serving": "ON"})
    assert names(page) == names(search)


@pytest.mark.parametrize(
    "path",
    [
        "/en/therapists/in/atlantis/",
        "/en/therapists/in/ontario/atlantis/",
        "/en/therapists/in/quebec/toronto/",
        "/en/therapists/in/ontario/toronto/no-such-approach/",
    ],
)
def test_unknown_places_are_404(client, toronto, path):
    assert client.get(path).status_code == 404


def test_an_empty_place_page_asks_not_to_be_indexed(client, toronto):
    response = client.get(reverse("therapists:city", args=["ontario", "toronto"]))
    assert response.status_code == 200
    assert b'<meta name="robots" content="noindex">' in response.content
    assert b"No listed therapist here yet." in response.content
    assert b"?online=ON" in response.content  # a city page's results are in person only


def test_an_empty_province_page_offers_no_online_link_it_already_counted(client):
    response = client.get(reverse("therapists:province", args=["nunavut"]))

    assert b"No listed therapist here yet." in response.content
    assert b"?online=NU" not in response.content


def test_home_page_links_only_provinces_with_listed_therapists(client, toronto):
    listed_with_office(toronto)
    unlisted = factories.TherapistFactory(is_published=False)
    factories.OfficeFactory(therapist=unlisted, city=factories.CityFactory(province="QC"))

    body = client.get(reverse("therapists:home")).content.decode()

    assert 'href="/en/therapists/in/ontario/"' in body
    assert "/en/therapists/in/quebec/" not in body


def test_a_profile_whose_slug_is_in_still_has_its_own_pages(client):
    therapist = factories.TherapistFactory(slug="in")
    factories.VerifiedCredentialFactory(therapist=therapist)
    assert client.get("/en/therapists/in/").status_code == 200
    contact = client.get("/en/therapists/in/contact/")  # the request form's address
    assert (contact.status_code, contact["Location"]) == (302, "/en/therapists/in/#contact")


def test_place_page_query_count_is_bounded(client, toronto, django_assert_max_num_queries):
    for _ in range(12):
        listed_with_office(toronto)
    with django_assert_max_num_queries(14):
        assert (
            client.get(reverse("therapists:city", args=["ontario", "toronto"])).status_code == 200
        )


@pytest.mark.parametrize("page", ["abc", "99999", "-1"])
def test_a_wrong_page_number_shows_the_nearest_page(client, toronto, page):
    listed_with_office(toronto, display_name="Only One")
    response = client.get(reverse("therapists:city", args=["ontario", "toronto"]), {"page": page})
    assert response.status_code == 200
    assert names(response) == {"Only One"}
    assert b"That page does not exist; here is page 1." in response.content


def test_the_home_pages_province_counts_are_what_the_province_pages_find(client, toronto):
    listed_with_office(toronto)
    online = factories.TherapistFactory(offers_online=True)
    factories.VerifiedCredentialFactory(therapist=online, jurisdiction="ON")
    cache.clear()

    provinces = client.get(reverse("therapists:home")).context["provinces"]
    page = client.get(reverse("therapists:province", args=["ontario"]))

    assert [(p["code"], p["count"]) for p in provinces] == [("ON", 2)]
    assert page.context["paginator"].count == 2


def test_a_city_pages_approach_counts_are_what_their_pages_find(client, toronto, compassion):
    """A neighbouring town's therapist is near Toronto: the count includes them, like the page."""
    mississauga = factories.CityFactory(
        name="Mississauga", slug="mississauga", latitude=43.59, longitude=-79.64
    )
    listed_with_office(toronto, approaches=[compassion])
    listed_with_office(mississauga, approaches=[compassion])
    cache.clear()

    city = client.get(reverse("therapists:city", args=["ontario", "toronto"]))
    [row] = city.context["approaches"]
    approach_page = client.get(
        reverse("therapists:city_approach", args=["ontario", "toronto", "compassion-based"])
    )

    assert (row.slug, row.therapist_count) == ("compassion-based", 2)
    assert approach_page.context["paginator"].count == 2


def test_a_province_pages_city_counts_are_of_offices_in_each_city(client, toronto):
    """Toronto's page also finds the therapist in Mississauga (within 25 km), as the page says;
    the count beside Toronto is of the therapists with an office in Toronto."""
    mississauga = factories.CityFactory(
        name="Mississauga", slug="mississauga", latitude=43.59, longitude=-79.64
    )
    thunder_bay = factories.CityFactory(
        name="Thunder Bay", slug="thunder-bay", latitude=48.38, longitude=-89.25
    )
    for city, therapists in [(toronto, 1), (mississauga, 2), (thunder_bay, 1)]:
        for _ in range(therapists):
            listed_with_office(city)
    factories.OfficeFactory(therapist=factories.TherapistFactory(), city=toronto)  # unlisted
    cache.clear()

    province = client.get(reverse("therapists:province", args=["ontario"]))
    cities = province.context["cities"]
    toronto_page = client.get(reverse("therapists:city", args=["ontario", "toronto"]))

    assert [(city.label, city.therapist_count) for city in cities] == [
        ("Mississauga", 2),
        ("Thunder Bay", 1),
        ("Toronto", 1),
    ]
    assert "Its page also shows those with an office within 25 km." in province.text
    assert toronto_page.context["paginator"].count == 3


def test_the_smaller_of_two_same_named_cities_has_its_own_results(client):
    """Alberta has an Evergreen in Calgary and another near Edmonton, 300 km apart."""
    calgary = factories.CityFactory(
        name="Evergreen",
        slug="evergreen",
        province="AB",
        latitude=50.92,
        longitude=-114.11,
        population=20000,
    )
    edmonton = factories.CityFactory(
        name="Evergreen",
        slug="evergreen-7626854",
        province="AB",
        latitude=53.63,
        longitude=-113.36,
        population=3000,
    )
    listed_with_office(calgary, display_name="In Calgary")
    listed_with_office(edmonton, display_name="Near Edmonton")

    larger = client.get(reverse("therapists:city", args=["alberta", "evergreen"]))
    smaller = client.get(reverse("therapists:city", args=["alberta", "evergreen-7626854"]))
    refined = client.get(f"{reverse('therapists:list')}?{smaller.context['search_query']}")

    assert names(larger) == {"In Calgary"}
    assert names(smaller) == {"Near Edmonton"}
    assert names(refined) == {"Near Edmonton"}  # "Refine this search" keeps the place


def suggested_links(response) -> list[tuple[str, str]]:
    html = response.content.decode()
    listed = html[html.find('aria-labelledby="suggestions"') :]
    return re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', listed[: listed.find("</ul>")])


def test_a_mistyped_city_address_is_404_with_the_cities_spelled_like_it(client, toronto):
    factories.CityFactory(name="Toronto", slug="toronto", province="PE", population=100)

    response = client.get("/en/therapists/in/ontario/tornto/")

    assert response.status_code == 404
    assert suggested_links(response) == [("/en/therapists/in/ontario/toronto/", "Toronto, ON")]


def test_a_mistyped_city_with_an_approach_suggests_the_same_approachs_page(
    client, toronto, compassion
):
    response = client.get("/en/therapists/in/ontario/toront/compassion-based/")

    assert response.status_code == 404
    assert suggested_links(response) == [
        ("/en/therapists/in/ontario/toronto/compassion-based/", "Toronto, ON")
    ]


def test_an_address_like_no_city_is_404_without_suggestions(client, toronto):
    response = client.get("/en/therapists/in/ontario/xqzzy/")

    assert response.status_code == 404
    assert suggested_links(response) == []
