"""Searches without words are answered from each process's copy of the search rows
(therapists/search/index.py): the same results in the same order and the same counts as
PostgreSQL gives, and never older than the database."""

import datetime
import threading
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.bench.longtail import generate
from tests.bench.vocabulary import vocabulary_read
from tests.therapists.public.api.directory import directory_make
from tests.therapists.search.searching import TORONTO, names, search, therapist
from therapists.models import Credential, Office, SearchIndexVersion, SearchRow
from therapists.search.facet_counts import search_counts
from therapists.search.filters import TherapistFilter
from therapists.search.index import held
from therapists.search.index import words as words_module
from therapists.search.index.search import INDEXED_FIELDS
from therapists.search.text import by_words_index

SEARCHES = 400
SHOWN = 45  # two pages and a bit of a third


def answer(query: QueryDict) -> tuple:
    """What a search finds: its total, every facet's counts, its first results in order (with
    their distances, to the metre), and whether the index answered it."""
    filterset = TherapistFilter(query)
    total, counts = search_counts(filterset)
    found = [
        (row.pk, None if getattr(row, "distance", None) is None else round(row.distance, 3))
        for row in filterset.results(count=total)[0:SHOWN]
    ]
    return total, counts, found, filterset.indexed_search is not None


@pytest.fixture
def searches(db) -> list[QueryDict]:
    """The benchmark's long tail over a small directory, some of whose rows no longer hold
    what they copied (credentials ended yesterday, offices whose registration ended) or were
    left half made."""
    people = directory_make()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    lapsed = [person.pk for person in people[::7]]
    Credential.objects.filter(therapist_id__in=lapsed).update(expires_on=yesterday)
    SearchRow.objects.filter(therapist_id__in=lapsed).update(stable_until=yesterday)
    Office.objects.filter(therapist_id__in=[p.pk for p in people[3::9]]).update(
        registered_until=yesterday
    )
    # Rows as an interrupted refresh leaves them: nothing known of their dates, no short words.
    SearchRow.objects.filter(therapist_id__in=[p.pk for p in people[5::11]]).update(
        stable_until=None
    )
    SearchRow.objects.filter(therapist_id__in=[p.pk for p in people[2::13]]).update(
        rank_vector=None
    )
    found = []
    for url in generate(vocabulary_read(), count=SEARCHES, seed=2027):
        query = QueryDict(urlsplit(url).query, mutable=True)
        query.pop("page", None)
        found.append(query)
    return found


@pytest.mark.parametrize("ranked_by_id_max", [words_module.RANKED_BY_ID_MAX, 0])
def test_the_index_finds_and_counts_what_postgresql_does(
    searches, settings, monkeypatch, ranked_by_id_max
):
    """With words ranked by id for the rows found (the default in a small directory), and
    ranked at once as they are found."""
    monkeypatch.setattr(words_module, "RANKED_BY_ID_MAX", ranked_by_id_max)
    indexed = found_someone = 0
    for query in searches:
        settings.SEARCH_INDEX = True
        total, counts, found, by_index = answer(query)
        settings.SEARCH_INDEX = False
        assert (total, counts, found) == answer(query)[:3], query.urlencode()
        indexed += by_index
        found_someone += by_index and bool(total)
    # The comparison means something only if many searches went by the index and found someone.
    assert indexed > SEARCHES / 3
    assert found_someone > SEARCHES / 5


def test_a_new_profile_is_found_at_once(client, db):
    toronto = factories.CityFactory(name="Toronto")
    therapist("First One", office_in=toronto)
    assert names(search(client, province="ON")) == {"First One"}
    therapist("Second One", office_in=toronto)
    assert names(search(client, province="ON")) == {"First One", "Second One"}


def test_every_write_to_the_rows_or_the_offices_changes_the_version(db):
    def version():
        return SearchIndexVersion.objects.get(pk=1).value

    before = version()
    person = therapist("Moved Office")
    after_row = version()
    office = factories.OfficeFactory(therapist=person, city=factories.CityFactory())
    after_office = version()
    Office.objects.filter(pk=office.pk).update(latitude=TORONTO[0], longitude=TORONTO[1])
    assert len({before, after_row, after_office, version()}) == 4


def test_a_moved_office_is_found_where_it_is_now(client, db):
    toronto = factories.CityFactory(name="Toronto", latitude=TORONTO[0], longitude=TORONTO[1])
    person = therapist("Moving Therapist")
    office = factories.OfficeFactory(
        therapist=person, city=toronto, latitude=TORONTO[0], longitude=TORONTO[1]
    )
    assert names(search(client, place="Toronto", radius=10)) == {"Moving Therapist"}
    Office.objects.filter(pk=office.pk).update(latitude=45.5, longitude=-73.6)  # Montréal
    assert names(search(client, place="Toronto", radius=10)) == set()


def test_a_search_without_words_asks_postgresql_only_for_its_page(client, listed_therapist):
    client.get(reverse("therapists:list") + "?sort=fee")  # the process reads the rows once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("therapists:list") + "?sort=recent")
    assert response.context["paginator"].count == 1
    sql = [query["sql"] for query in queries.captured_queries]
    searched = [statement for statement in sql if '"therapists_searchrow"' in statement]
    # The index's version, then the page's one profile by id with its row's sets: nothing
    # filtered or counted in SQL.
    assert len(searched) == 1
    assert f'"therapists_therapist"."id" IN ({listed_therapist.pk})' in searched[0]
    assert sum('"therapists_searchindexversion"' in statement for statement in sql) == 1
    assert not [statement for statement in sql if "COUNT(" in statement.upper()]


def test_a_large_index_is_made_again_aside_while_postgresql_answers(
    client, transactional_db, monkeypatch
):
    """Past MADE_AT_ONCE rows, a change makes the index again in a thread: searches meanwhile
    go the SQL way and find the same, and the next ones the new index."""
    monkeypatch.setattr(held, "MADE_AT_ONCE", 0)
    monkeypatch.setattr(held, "_INDEXES", {})
    toronto = factories.CityFactory(name="Toronto")
    therapist("First One", office_in=toronto)
    assert names(search(client, province="ON")) == {"First One"}  # made at once: none held
    alias = "default"
    assert held._INDEXES[alias].size == 1

    therapist("Second One", office_in=toronto)
    response = search(client, province="ON")
    assert names(response) == {"First One", "Second One"}
    assert response.context["filter"].indexed_search is None  # answered by PostgreSQL
    for thread in threading.enumerate():
        if thread.name == f"search-index-{alias}":
            thread.join(timeout=30)
    assert held._INDEXES[alias].size == 2
    response = search(client, province="ON")
    assert names(response) == {"First One", "Second One"}
    assert response.context["filter"].indexed_search is not None


def test_a_serving_process_makes_its_index_before_its_first_search(db, monkeypatch):
    from directory.signals import process_ready

    monkeypatch.setattr(held, "_INDEXES", {})
    therapist("Ready Early")
    process_ready.send(sender=None)  # as gunicorn's post_worker_init sends it
    assert held._INDEXES["default"].size == 1
    assert names(search(Client())) == {"Ready Early"}  # and the connection still answers


def test_a_serving_process_reads_its_known_words_before_its_first_search(db, monkeypatch):
    from directory.signals import process_ready
    from therapists.search import spelling

    monkeypatch.setattr(spelling, "_held", {})
    therapist("Ready Early")
    process_ready.send(sender=None)
    assert "early" in spelling._held["lexicon"][2].counts


def test_the_index_applies_every_filter_of_the_search():
    """A filter added to TherapistFilter must be applied by the index too (until it is, the
    index leaves searches using it to PostgreSQL)."""
    assert set(TherapistFilter.base_filters) == INDEXED_FIELDS


def test_a_search_using_a_field_the_index_does_not_apply_goes_the_sql_way(db, monkeypatch):
    from therapists.search.index import search as indexed

    therapist("With Video")
    monkeypatch.setattr(indexed, "INDEXED_FIELDS", INDEXED_FIELDS - {"video"})
    assert TherapistFilter(QueryDict("video=on")).indexed_search is None
    assert TherapistFilter(QueryDict("free_consultation=on")).indexed_search is not None


def test_words_are_found_through_their_index_and_the_connection_is_left_as_it_was(
    client, listed_therapist
):
    with connection.cursor() as cursor, by_words_index("default"):
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("off",)  # a scan of every row's words is never chosen
    response = search(client, q=listed_therapist.display_name.split()[0])
    assert response.context["paginator"].count == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)
