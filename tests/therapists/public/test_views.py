"""The pages that prove the stack: home, the list of listed therapists (whole or as an htmx
partial), 404."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests import factories
from tests.therapists.search.searching import therapist

pytestmark = pytest.mark.django_db


def test_home_page_offers_a_search_box(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'action="/en/therapists/"' in response.content
    assert b'name="q"' in response.content


def test_home_page_speaks_french_under_fr(client):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert b'<html lang="fr">' in response.content
    assert b"Trouvez" in response.content


def test_list_shows_only_listed_therapists(client, listed_therapist):
    factories.TherapistFactory(display_name="Not Yet Verified")
    response = client.get(reverse("therapists:list"))
    assert response.status_code == 200
    assert [t.pk for t in response.context["therapists"]] == [listed_therapist.pk]
    assert b"Not Yet Verified" not in response.content


def test_list_paginates_by_twenty(client):
    for _ in range(25):
        factories.VerifiedCredentialFactory()
    first = client.get(reverse("therapists:list"))
    second = client.get(reverse("therapists:list"), {"page": 2})
    assert len(first.context["therapists"]) == 20
    assert len(second.context["therapists"]) == 5
    assert b"Page 2 of 2" in second.content


def test_an_overlong_search_is_refused_with_a_message(client, listed_therapist):
    response = client.get(reverse("therapists:list"), {"q": "x" * 10_000})
    assert response.status_code == 200
    assert b"Ensure this value has at most 200 characters" in response.content


def test_an_unknown_page_gets_the_404_page(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b"Search for a therapist" in response.content


def test_a_fee_of_zero_is_shown_as_such_not_as_missing(client, listed_therapist):
    listed_therapist.fee, listed_therapist.fee_floor = 0, None
    listed_therapist.save(update_fields=["fee", "fee_floor"])
    cache.clear()

    card = client.get(reverse("therapists:list")).text
    profile = client.get(listed_therapist.get_absolute_url()).text

    assert "$0 per session" in card and "Not given" not in card
    assert "$0 for 50 minutes" in profile


def test_htmx_requests_get_the_results_partial(client):
    therapist("Partial Person")
    response = client.get(reverse("therapists:list"), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Partial Person" in body
    assert "<html" not in body
    assert 'data-hx-swap-oob="innerHTML"' in body


def test_a_partial_swaps_the_language_links_with_the_search_they_carry(client):
    cache.clear()
    response = client.get(
        reverse("therapists:list") + "?language=fr&radius=25", headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="language-switcher" data-hx-swap-oob="true"' in body
    assert 'href="/fr/therapists/?language=fr&amp;radius=25"' in body
