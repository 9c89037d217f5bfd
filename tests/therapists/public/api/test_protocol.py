"""How the API answers as HTTP: conditional requests, CORS for reading, a rate limit per
address that lets requests through when the cache is out, clear 4xx for bad input, the
schema and the documentation served from this site alone, and a bounded number of queries."""

import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils.http import http_date

from tests import factories
from tests.therapists.search.searching import link, therapist
from therapists.public.api.pagination import PAGE_SIZE


@pytest.fixture
def listed(db):
    return [therapist(f"Listed Person {n}", fee=100 + n) for n in range(PAGE_SIZE + 3)]


def list_url(**params):
    return reverse("api:therapist-list"), params


def test_an_unchanged_answer_is_a_304_by_etag_or_by_date(client, listed):
    url = reverse("api:therapist-detail", kwargs={"slug": listed[0].slug})
    first = client.get(url)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


def test_a_changed_answer_has_a_new_etag_and_is_sent_again(client, listed):
    url = reverse("api:therapist-list")
    first = client.get(url, {"sort": "fee"})
    therapist("Newly Listed", fee=10)
    cache.clear()  # the counts the search keeps for a few minutes
    again = client.get(url, {"sort": "fee"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again.json()["results"][0]["name"] == "Newly Listed"
    assert again["ETag"] != first["ETag"]


def test_last_modified_stays_while_the_answer_is_the_same(client, listed):
    url = reverse("api:concern-list")
    factories.ConcernFactory(slug="grief", name="Grief")
    first = client.get(url)
    later = time.time() + 120
    with mock.patch("therapists.public.api.conditional.time.time", return_value=later):
        assert client.get(url)["Last-Modified"] == first["Last-Modified"]
        factories.ConcernFactory(slug="anxiety", name="Anxiety")
        assert client.get(url)["Last-Modified"] == http_date(later)


def test_any_origin_may_read_but_the_site_itself_sends_no_cors_headers(client, listed):
    url = reverse("api:therapist-list")
    response = client.get(url, HTTP_ORIGIN="https://navigator.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        url,
        HTTP_ORIGIN="https://navigator.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    site = client.get(reverse("therapists:list"), HTTP_ORIGIN="https://navigator.example.org")
    assert "Access-Control-Allow-Origin" not in site


def test_an_address_over_its_rate_is_told_to_wait(client, listed, settings):
    settings.API_RATE_PER_ADDRESS = "2/min"
    url = reverse("api:regulator-list")
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get(url, REMOTE_ADDR="192.0.2.7").status_code == 200  # another address
    assert "Retry-After" in client.get(url)


def test_the_rate_limit_lets_requests_through_when_the_cache_is_out(client, listed, settings):
    settings.API_RATE_PER_ADDRESS = "1/min"
    url = reverse("api:regulator-list")
    out = mock.patch.object(cache, "get", side_effect=ConnectionError("cache is out"))
    with out, mock.patch.object(cache, "get_or_set", side_effect=ConnectionError("out")):
        statuses = [client.get(url).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"fee_max": "cheap"}, "fee_max"),
        ({"place": "Nowhereville"}, "place"),
        ({"approach": "no-such-approach"}, "approach"),
        ({"q": "anxiety\x00"}, "q"),
        ({"radius": "7"}, "radius"),
    ],
)
def test_a_search_that_does_not_validate_is_a_400_naming_the_field(client, listed, params, field):
    response = client.get(reverse("api:therapist-list"), params)
    assert response.status_code == 400
    assert field in response.json()


def test_a_forged_cursor_is_a_404(client, listed):
    response = client.get(reverse("api:therapist-list"), {"cursor": "MTA:forged"})
    assert response.status_code == 404


def test_the_cursor_walks_every_page_once_and_back(client, listed):
    first = client.get(reverse("api:therapist-list"), {"sort": "fee"}).json()
    second = client.get(first["next"]).json()
    assert len(first["results"]) == PAGE_SIZE
    assert len(second["results"]) == 3
    assert second["next"] is None
    assert client.get(second["previous"]).json()["results"] == first["results"]
    names = [p["name"] for p in first["results"] + second["results"]]
    assert names == [f"Listed Person {n}" for n in range(PAGE_SIZE + 3)]


def test_a_city_filter_on_an_unknown_province_is_a_400(client, db):
    assert client.get(reverse("api:city-list"), {"province": "XX"}).status_code == 400


def test_the_answers_follow_the_readers_language(client, db):
    factories.ConcernFactory(slug="grief", name="Grief", name_fr="Deuil")
    url = reverse("api:concern-detail", kwargs={"slug": "grief"})
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="fr").json()["name"] == "Deuil"
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["name"] == "Grief"
    assert "Accept-Language" in response["Vary"]


def test_the_schema_is_openapi_3_with_the_searchs_parameters(client, db):
    response = client.get(reverse("api:schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    operation = schema["paths"]["/api/v1/therapists/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"q", "place", "radius", "approach", "concern", "format", "sort", "cursor"} <= names


def test_the_documentation_is_served_from_this_site_under_its_csp(client, db):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "<style" not in page
    assert "<script>" not in page  # the page's own script comes from its own address
    assert "https://" not in page
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    script = client.get(reverse("api:docs"), {"script": ""})
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


def test_a_result_page_takes_a_fixed_number_of_queries(client, listed, django_assert_num_queries):
    # The five vocabularies, the search index's version and (the rows having changed) its rows
    # and offices, the page's profiles with their rows, their valid credentials and their
    # offices; the total comes from the index, the terms from the rows' sets.
    with django_assert_num_queries(11):
        response = client.get(reverse("api:therapist-list"), {"sort": "fee"})
    assert len(response.json()["results"]) == PAGE_SIZE
    with django_assert_num_queries(4):  # another search: the vocabularies and index are kept
        response = client.get(reverse("api:therapist-list"), {"fee_max": "1000"})
    assert len(response.json()["results"]) == PAGE_SIZE
    with django_assert_num_queries(3):  # a profile (and its row), credentials, offices
        response = client.get(reverse("api:therapist-detail", kwargs={"slug": listed[0].slug}))
    assert response.json()["slug"] == listed[0].slug


def test_misspelt_words_that_find_no_one_are_corrected_as_on_the_search_page(client, listed):
    link(listed[4], concerns=[factories.ConcernFactory(slug="insomnia", name="Insomnia")])
    params = {"q": "insomina"}
    page = client.get(reverse("therapists:list"), params)
    answer = client.get(reverse("api:therapist-list"), params).json()
    correction = page.context["correction"]
    assert correction is not None
    assert answer["correction"] == {"typed": "insomina", "searched": correction.text}
    assert [p["slug"] for p in answer["results"]] == [t.slug for t in page.context["therapists"]]
    assert answer["count"] == 1
