"""The search offered to a client who was declined or not answered: therapists like this one,
as an ordinary, shareable result page of the search."""

import pytest
from django.http import QueryDict

from directory.models import Province
from tests import factories
from therapists.inquiries.similar import similar_search_parameters, similar_search_url

pytestmark = pytest.mark.django_db


def test_near_the_registered_office_with_the_same_approach_and_accepting(listed_therapist):
    city = factories.CityFactory(name="Guelph", province=Province.ON)
    factories.OfficeFactory(therapist=listed_therapist, city=city)
    listed_therapist.approaches.add(factories.ApproachFactory(slug="act"))

    assert similar_search_parameters(listed_therapist) == {
        "accepting": "on",
        "approach": "act",
        "place": "Guelph",
        "province": "ON",
        "radius": "25",
    }


def test_online_in_the_province_of_the_credential_without_an_office(listed_therapist):
    assert similar_search_parameters(listed_therapist) == {"accepting": "on", "online": "ON"}


def test_the_link_is_the_search_page_in_the_active_language(client, listed_therapist, settings):
    from django.utils import translation

    settings.SITE_URL = "https://therapists.example.ca"
    listed_therapist.approaches.add(factories.ApproachFactory(slug="cft"))
    with translation.override("fr"):
        url = similar_search_url(listed_therapist)

    address, query = url.split("?")
    assert address == "https://therapists.example.ca/fr/therapists/"
    assert QueryDict(query).dict() == {"accepting": "on", "approach": "cft", "online": "ON"}
    response = client.get(f"/fr/therapists/?{query}")
    assert response.status_code == 200
