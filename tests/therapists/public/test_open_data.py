"""The open data page: licence, schedule, fields, taxonomies and links to the latest files."""

import datetime

import pytest
from django.urls import reverse

from tests import factories
from therapists.public.opendata.publish import open_data_publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_public_storage(settings):
    """A public storage of its own: files published by another test are not this one's."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


def test_before_the_first_run_the_page_says_the_files_are_coming(client):
    response = client.get("/en/open-data/")

    assert response.status_code == 200
    assert b"The first files have not been made yet." in response.content
    assert b"Creative Commons Attribution 4.0" in response.content


def test_the_page_links_to_the_latest_files(client, listed_therapist):
    open_data_publish(on=datetime.date(2026, 12, 6))
    open_data_publish(on=datetime.date(2026, 12, 7))

    response = client.get(reverse("therapists:open_data"))

    page = response.content.decode()
    assert "/open-data/2026-12-07/hsds-3.0-json.zip" in page
    assert "/open-data/2026-12-07/hsds-3.0-csv.zip" in page
    assert "2026-12-06" not in page


def test_the_page_lists_the_terms_of_each_taxonomy(client):
    factories.ApproachFactory(slug="compassion-based", name="Compassion-based approach")

    response = client.get("/en/open-data/")

    assert b'id="taxonomy-approaches"' in response.content
    assert b"approaches:compassion-based" in response.content


def test_the_page_is_in_french_and_every_page_links_to_it(client):
    response = client.get("/fr/open-data/")

    assert response.status_code == 200
    assert "Données ouvertes".encode() in response.content
    home = client.get("/fr/").content.decode()
    assert 'href="/fr/open-data/"' in home
