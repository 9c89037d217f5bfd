"""Listed therapists made for the search tests, and the search run as a visitor runs it."""

from django.core.cache import cache
from django.urls import reverse

from directory.geo import Place
from tests import factories
from tests.places import destination
from therapists.search.text import search_vectors_refresh

TORONTO = (43.70011, -79.4163)

MISSISSAUGA = (43.5789, -79.6583)

HAMILTON = (43.25011, -79.84963)

OTTAWA = (45.41117, -75.69812)

MONTREAL = (45.50884, -73.58781)


def therapist(name="Sam Therapist", *, province="ON", office_in=None, **fields):
    """A listed therapist (verified credential in the province), with an office if given."""
    person = factories.TherapistFactory(display_name=name, **fields)
    factories.VerifiedCredentialFactory(therapist=person, jurisdiction=province)
    if office_in is not None:
        factories.OfficeFactory(therapist=person, city=office_in)
    search_vectors_refresh([person.pk])
    return person


def link(person, **many):
    """Adds terms to the profile's many-to-many fields, as its editor's sections save them."""
    for field, values in many.items():
        getattr(person, field).add(*values)
    search_vectors_refresh([person.pk])
    factories.search_rows_sync(person)
    return person


def search(client, **params):
    cache.clear()  # these tests look at the search itself, not at cached pages
    response = client.get(reverse("therapists:list"), params)
    assert response.status_code == 200
    return response


def names(response):
    return {t.display_name for t in response.context["therapists"]}


def therapist_at(name, km, city, *, bearing=0, **fields):
    """A listed therapist whose one office lies km from the city along the compass bearing."""
    person = therapist(name, **fields)
    point = destination(Place("", "", city.latitude, city.longitude), km, bearing)
    factories.OfficeFactory(
        therapist=person, city=city, latitude=point.latitude, longitude=point.longitude
    )
    return person


def names_in_order(response) -> list[str]:
    return [t.display_name for t in response.context["therapists"]]
