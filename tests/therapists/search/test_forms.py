"""The search form: its default radius, a province an approach page chose, options in a reader's
order, built once a language and built again when a vocabulary changes."""

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from modalities.vocabulary import vocabulary_cache_clear
from tests import factories
from tests.therapists.search.searching import link, search, therapist
from therapists.search.forms import search_choices

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
    insurers = [label for _value, label in response.context["filter"].form.choices["insurer"].pairs]
    assert concerns == [
        "Dépendances",
        "Douleur",
        "Épuisement professionnel",
        "Troubles alimentaires",
    ]
    assert insurers == ["Beneva", "iA Financial Group", "Sun Life"]


def search_form_fields():
    from therapists.search.filters import TherapistFilter

    return TherapistFilter(QueryDict("")).form.fields


def insurer_names(choices) -> list[str]:
    return [label for _value, label in choices["insurer"].pairs]


def test_the_options_are_built_once_a_language_and_kept():
    factories.InsurerFactory(name_en="Sun Life", name_fr="Sun Life")
    fields = search_form_fields()

    english = search_choices(fields)
    assert search_choices(fields) is english  # kept: nothing read or translated again
    with translation.override("fr"):
        french = search_choices(fields)
    assert french is not english
    assert dict(english["province"].pairs)["QC"] == "Quebec"
    assert dict(french["province"].pairs)["QC"] == "Québec"


def test_a_changed_vocabulary_is_shown_on_the_next_search():
    factories.InsurerFactory(name="Beneva")
    fields = search_form_fields()
    assert insurer_names(search_choices(fields)) == ["Beneva"]

    factories.InsurerFactory(name="Canada Life")
    vocabulary_cache_clear()  # as the admin and load_reference_data do after a change

    assert insurer_names(search_choices(fields)) == ["Beneva", "Canada Life"]


def test_an_emptied_cache_is_noticed_though_the_generation_starts_again():
    """After the cache is emptied the vocabulary generation is 1 again, as it may have been when
    the options were built: the cache's epoch tells them apart."""
    factories.InsurerFactory(name="Beneva")
    fields = search_form_fields()
    assert insurer_names(search_choices(fields)) == ["Beneva"]

    factories.InsurerFactory(name="Canada Life")
    cache.clear()

    assert insurer_names(search_choices(fields)) == ["Beneva", "Canada Life"]


def test_the_page_marks_only_the_visitors_choices(client):
    body = client.get(reverse("therapists:list"), {"online": "QC", "gender": "man"}).content
    page = body.decode()
    # the province online, the radius's default and the suggested order
    assert page.count(" selected>") == 3
    assert '<option value="25" selected>25 km</option>' in page
    assert '<option value="QC" selected>Quebec</option>' in page
    assert page.count(" checked>") == 2  # the gender and "no preference" for new clients
    assert 'value="man" id="id_gender_1" checked>' in page
