"""The API answers a query string with the results the search page shows for it, in the same
order, page after page: it runs the search's own FilterSet. Checked over the long tail of
searches the benchmark asks (tests/bench/longtail.py), generated from a small directory."""

from urllib.parse import urlsplit

import pytest
from django.http import QueryDict
from django.urls import reverse

from tests.bench.longtail import generate
from tests.bench.vocabulary import vocabulary_read
from tests.therapists.public.api.directory import directory_make

SEARCHES = 300
PAGE_SIZE = 20


@pytest.fixture
def searches(db) -> list[tuple[str, QueryDict]]:
    """Each generated search as its page's language and its parameters, less the page."""
    directory_make()
    found = []
    for url in generate(vocabulary_read(), count=SEARCHES, seed=2026):
        parts = urlsplit(url)
        query = QueryDict(parts.query, mutable=True)
        query.pop("page", None)
        found.append((parts.path.split("/")[1], query))
    return found


def site_page(client, language: str, query: QueryDict, page: int):
    params = query.copy()
    if page > 1:
        params["page"] = str(page)
    path = reverse("therapists:list").replace("/en/", f"/{language}/", 1)
    response = client.get(f"{path}?{params.urlencode()}" if params else path)
    assert response.status_code == 200, (path, params.urlencode())
    paginator = response.context["page_obj"].paginator
    return [t.slug for t in response.context["therapists"]], paginator.count


def api_page(client, language: str, url: str):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, (url, response.content[:500])
    data = response.json()
    return [profile["slug"] for profile in data["results"]], data["count"], data["next"]


def test_the_api_gives_the_search_pages_results_in_their_order(client, searches):
    compared = second_pages = 0
    for language, query in searches:
        url = reverse("api:therapist-list") + (f"?{query.urlencode()}" if query else "")
        slugs, count, following = api_page(client, language, url)
        assert (slugs, count) == site_page(client, language, query, 1), url
        if count > PAGE_SIZE:
            slugs, _count, _next = api_page(client, language, following)
            assert slugs == site_page(client, language, query, 2)[0], following
            second_pages += 1
        else:
            assert following is None
        compared += bool(count)
    # The comparison means something only if many searches find someone, some a second page.
    assert compared > SEARCHES / 3
    assert second_pages > 10
