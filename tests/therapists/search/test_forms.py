"""The search form: its default radius, a province an approach page chose, options in a reader's
order."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests import factories
from tests.therapists.search.searching import link, search, therapist

pytestmark = pytest.mark.django_db


def test_the_radius_defaults_to_25_km_in_the_form(client):
    response = search(client, place="Toronto")
    assert response.context["filter"].form["radius"].value() == "25"


def test_a_province_chosen_on_an_approach_page_is_shown_and_can_be_undone(client):
    cache.clear()
    body = client.get(reverse("therapists:list"), {"serving": "AB"}).content.decode()

    assert '<label for="id_serving">In person or online in</label>' in body
    assert '<option value="">Any province</option>' in body
    assert '<option value="AB" selected>Alberta</option>' in body


def test_options_sort_as_a_reader_expects_accents_and_case_aside(client):
    concerns = [
        factories.ConcernFactory(name_en=name, name_fr=name)
        for name in ("Troubles alimentaires", "Épuisement professionnel", "Douleur", "Dépendances")
    ]
    link(therapist("Anyone"), concerns=concerns)  # a facet shows the options someone offers
    for name in ("Sun Life", "iA Financial Group", "Beneva"):
        factories.InsurerFactory(name_en=name, name_fr=name)
    cache.clear()

    response = client.get("/fr/therapists/")

    concerns = [option.label for option in response.context["facets"]["concern"]]
    insurers = [option.label for option in response.context["filter"].form.options["insurer"]]
    assert concerns == [
        "Dépendances",
        "Douleur",
        "Épuisement professionnel",
        "Troubles alimentaires",
    ]
    assert insurers == ["Beneva", "iA Financial Group", "Sun Life"]
