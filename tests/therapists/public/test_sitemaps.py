"""sitemap.xml lists listed profiles, approach and place pages; robots.txt points to it."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def section_urls(client, section: str) -> set[str]:
    body = client.get(f"/sitemap-{section}.xml").content.decode()
    return set(re.findall(r"<loc>(.*?)</loc>", body))


def test_the_index_points_to_every_section(client):
    body = client.get("/sitemap.xml").content.decode()
    for section in ("approach-index", "approaches", "profiles", "places"):
        assert f"/sitemap-{section}.xml" in body


def test_sitemap_lists_exactly_the_listed_profiles_in_both_languages(client, listed_therapist):
    factories.TherapistFactory(slug="not-published", is_published=False)
    factories.CredentialFactory(therapist=factories.TherapistFactory(slug="only-pending"))

    urls = section_urls(client, "profiles")

    slug = listed_therapist.slug
    assert urls == {
        f"http://testserver/en/therapists/{slug}/",
        f"http://testserver/fr/therapists/{slug}/",
    }


def test_sitemap_lists_approach_pages_and_places_with_listed_therapists(client, listed_therapist):
    approach = factories.ApproachFactory(slug="compassion-based")
    listed_therapist.approaches.add(approach)
    city = factories.CityFactory(slug="toronto", province="ON")
    factories.OfficeFactory(therapist=listed_therapist, city=city)
    empty_city = factories.CityFactory(slug="kingston", province="ON")
    factories.OfficeFactory(
        therapist=factories.TherapistFactory(is_published=False), city=empty_city
    )

    assert "http://testserver/en/approaches/compassion-based/" in section_urls(client, "approaches")
    places = section_urls(client, "places")
    assert "http://testserver/en/therapists/in/ontario/" in places
    assert "http://testserver/en/therapists/in/ontario/toronto/" in places
    assert "http://testserver/fr/therapists/in/ontario/toronto/compassion-based/" in places
    assert not any("kingston" in url for url in places)


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /en/admin/" in response.content.decode()
