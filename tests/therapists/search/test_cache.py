"""Repeat searches come from the cache, compressed once, until listings change."""

import gzip
import time
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.csp import LazyNonce
from django_htmx.middleware import HtmxDetails

from tests import factories
from therapists.search import cache as search_cache
from therapists.search.cache import search_cache_clear
from therapists.selfservice.profile import therapist_pause, therapist_publish

pytestmark = pytest.mark.django_db


def test_a_repeated_search_is_served_from_the_cache_compressed_once(client, listed_therapist):
    url = reverse("therapists:list") + "?sort=fee"
    first = client.get(url, headers={"Accept-Encoding": "gzip"})
    second = client.get(url, headers={"Accept-Encoding": "gzip"})
    third = client.get(url, headers={"Accept-Encoding": "gzip, br"})

    assert "X-Search-Cache" not in first
    assert second["X-Search-Cache"] == third["X-Search-Cache"] == "hit"
    assert second["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in second["Vary"]
    assert second.content == third.content  # the same bytes: compressed when it was kept
    assert first["Content-Encoding"] == "gzip"
    assert first.content == second.content  # and the first visitor got those bytes too
    assert gzip.decompress(first.content).decode().startswith("<!doctype html>")
    assert listed_therapist.display_name in gzip.decompress(second.content).decode()


def test_a_cached_search_goes_uncompressed_to_a_client_that_does_not_accept_gzip(
    client, listed_therapist
):
    url = reverse("therapists:list") + "?sort=fee"
    client.get(url)
    second = client.get(url)
    assert second["X-Search-Cache"] == "hit"
    assert "Content-Encoding" not in second
    assert listed_therapist.display_name in second.content.decode()


def test_a_search_page_draws_no_nonce_so_it_can_be_shared(client, listed_therapist):
    """Its one script is a same-origin file, which the policy allows without a nonce; a page
    that did draw one would be kept for no one (its nonce is this response's alone)."""
    response = client.get(reverse("therapists:list"))
    assert "nonce" not in response.content.decode()
    assert "'nonce-" not in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_page_that_drew_a_nonce_is_not_kept(rf, settings):
    settings.SEARCH_CACHE_SECONDS = 60
    request = rf.get("/en/therapists/")
    request.user, request.htmx = AnonymousUser(), HtmxDetails(request)
    request._csp_nonce = LazyNonce()
    str(request._csp_nonce)  # drawn, as a template using it would
    response = HttpResponse("<p>a page</p>")
    search_cache.remember_response("search:page:test", request, response)
    assert cache.get("search:page:test") is None


def test_clearing_the_search_cache_shows_changes_at_once(client, listed_therapist):
    url = reverse("therapists:list")
    client.get(url)
    newcomer = factories.VerifiedCredentialFactory().therapist
    assert newcomer.display_name not in client.get(url).content.decode()  # still cached
    search_cache_clear()
    assert newcomer.display_name in client.get(url).content.decode()


def test_logged_in_people_never_get_a_shared_page(client, listed_therapist):
    client.force_login(factories.UserFactory())
    url = reverse("therapists:list")
    client.get(url)
    assert "X-Search-Cache" not in client.get(url)


def test_htmx_partials_and_full_pages_are_cached_apart(client, listed_therapist):
    url = reverse("therapists:list")
    client.get(url)
    partial = client.get(url, headers={"HX-Request": "true"})
    assert "<html" not in partial.content.decode()
    again = client.get(url, headers={"HX-Request": "true"})
    assert again["X-Search-Cache"] == "hit"
    assert again["HX-Push-Url"] == url


@pytest.mark.parametrize(
    "first", [{"HX-Request": "true", "HX-Boosted": "true"}, {}], ids=["boosted", "plain"]
)
def test_a_boosted_page_is_never_served_as_a_partial_nor_a_partial_as_a_page(
    client, listed_therapist, first
):
    """A boosted link gets the whole page, like a plain visit; the cache keeps them apart from
    the results partial whichever comes first."""
    url = reverse("therapists:list") + "?q=trauma"
    assert "<html" in client.get(url, headers=first).text

    partial = client.get(url, headers={"HX-Request": "true"})
    assert "<html" not in partial.text
    again_page = client.get(url, headers={"HX-Request": "true", "HX-Boosted": "true"})
    assert "<html" in again_page.text


@pytest.fixture
def counted_in_sql(settings):
    """The counts cache keeps what PostgreSQL counted: for searches with words, and for all
    of them with the index off (searches without words are counted from the index, in the
    process and never cached: therapists/search/index.py)."""
    settings.SEARCH_INDEX = False


def counting_queries(queries) -> list[str]:
    return [query["sql"] for query in queries if query["sql"].startswith("WITH matched")]


@pytest.mark.usefixtures("counted_in_sql")
def test_counts_are_shared_by_every_page_and_sort_of_a_search(client, listed_therapist):
    url = reverse("therapists:list")
    with CaptureQueriesContext(connection) as first:
        client.get(url + "?sort=fee")
    with CaptureQueriesContext(connection) as second:
        response = client.get(url + "?sort=recent&page=1")
    assert len(counting_queries(first.captured_queries)) == 1
    assert counting_queries(second.captured_queries) == []
    assert response.context["paginator"].count == 1


@pytest.mark.usefixtures("counted_in_sql")
def test_counts_are_shared_whatever_the_shortlist_carried_along(client, listed_therapist):
    url = reverse("therapists:list")
    with CaptureQueriesContext(connection) as first:
        client.get(url + "?sort=fee")
    with CaptureQueriesContext(connection) as kept:
        response = client.get(url + f"?sort=fee&t={listed_therapist.slug}")
    assert len(counting_queries(first.captured_queries)) == 1
    assert counting_queries(kept.captured_queries) == []  # a new page, the same counts
    assert response.context["paginator"].count == 1


@pytest.mark.usefixtures("counted_in_sql")
def test_clearing_the_search_cache_recounts(client, listed_therapist):
    url = reverse("therapists:list")
    assert client.get(url + "?sort=fee").context["paginator"].count == 1
    factories.VerifiedCredentialFactory()
    assert client.get(url + "?sort=recent").context["paginator"].count == 1  # counts kept
    search_cache_clear()
    assert client.get(url + "?sort=recent").context["paginator"].count == 2


@pytest.mark.usefixtures("counted_in_sql")
def test_counts_are_made_fresh_when_their_cache_is_off(client, listed_therapist, settings):
    settings.SEARCH_COUNTS_CACHE_SECONDS = 0
    url = reverse("therapists:list")
    client.get(url + "?sort=fee")
    factories.VerifiedCredentialFactory()
    assert client.get(url + "?sort=recent").context["paginator"].count == 2


def expire_fresh_time(monkeypatch, seconds: float) -> None:
    """Move the clock the search cache reads forward by the given seconds."""
    later = time.time() + seconds
    monkeypatch.setattr(search_cache, "time", SimpleNamespace(time=lambda: later))


def page_key(url: str) -> str:
    """The cache key an anonymous visitor's full-page request for the URL has."""
    request = RequestFactory().get(url)
    request.user, request.htmx = AnonymousUser(), HtmxDetails(RequestFactory().get(url))
    with translation.override("en"):
        return search_cache.cache_key(request)


@pytest.fixture
def stale_page(client, listed_therapist, settings, monkeypatch):
    """The search page cached, a therapist listed since, and the cached copy now past its time:
    the page's address and the newcomer."""
    url = reverse("therapists:list")
    client.get(url)
    newcomer = factories.VerifiedCredentialFactory().therapist
    expire_fresh_time(monkeypatch, settings.SEARCH_CACHE_SECONDS + 1)
    return url, newcomer


def test_a_stale_page_is_computed_once_while_others_get_the_stale_copy(client, stale_page):
    url, newcomer = stale_page
    cache.add(page_key(url) + ":refresh", 1)  # another request is refreshing it

    waiting = client.get(url)
    assert waiting["X-Search-Cache"] == "hit"
    assert newcomer.display_name not in waiting.content.decode()


def test_the_first_request_to_find_a_page_stale_computes_it_again(client, stale_page, monkeypatch):
    url, newcomer = stale_page

    refreshing = client.get(url)
    assert "X-Search-Cache" not in refreshing
    assert newcomer.display_name in refreshing.content.decode()
    monkeypatch.undo()
    again = client.get(url)
    assert again["X-Search-Cache"] == "hit"
    assert newcomer.display_name in again.content.decode()


def test_pausing_a_profile_takes_it_off_cached_search_pages_at_once(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    url = reverse("therapists:list")
    assert listed_therapist.display_name in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        therapist_pause(therapist=listed_therapist)
    assert listed_therapist.display_name not in client.get(url).content.decode()


def test_publishing_a_profile_lists_it_on_cached_search_pages_at_once(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    url = reverse("therapists:list")
    listed_therapist.is_published = False
    listed_therapist.bio, listed_therapist.fee, listed_therapist.photo = "Adults.", 120, "p/x.jpg"
    listed_therapist.offers_online = True
    listed_therapist.save()
    listed_therapist.approaches.add(factories.ApproachFactory())
    factories.search_rows_sync(listed_therapist)
    assert listed_therapist.display_name not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        therapist_publish(therapist=listed_therapist, accepting="accepting")
    assert listed_therapist.display_name in client.get(url).content.decode()
