"""The search's new-clients filter: accepting now, or accepting or a waitlist, with counts."""

import datetime

import pytest
from django.utils import timezone

from tests.therapists.search.searching import names, search, therapist
from therapists.models import Accepting

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    stale = timezone.now() - datetime.timedelta(days=31)
    therapist("Open", accepting=Accepting.ACCEPTING)
    therapist("Waiting", accepting=Accepting.WAITLIST, waitlist_weeks=8)
    therapist("Old promise", accepting=Accepting.ACCEPTING, availability_confirmed_at=stale)
    therapist("Old waitlist", accepting=Accepting.WAITLIST, availability_confirmed_at=stale)
    therapist("Full", accepting=Accepting.CLOSED)


def options(response) -> dict[str, tuple[int, bool]]:
    return {o.value: (o.count, o.chosen) for o in response.context["facets"]["accepting"]}


def test_accepting_on_keeps_meaning_accepting_now_and_recently_confirmed(client, people):
    assert names(search(client, accepting="on")) == {"Open"}


def test_accepting_or_waitlist_adds_recent_waitlists(client, people):
    assert names(search(client, accepting="waitlist")) == {"Open", "Waiting"}


def test_no_choice_finds_everyone(client, people):
    assert len(names(search(client))) == 5


def test_each_option_shows_how_many_it_would_find(client, people):
    assert options(search(client)) == {"on": (1, False), "waitlist": (2, False)}


def test_the_counts_stay_those_of_the_search_without_the_choice(client, people):
    response = search(client, accepting="on")
    assert options(response) == {"on": (1, True), "waitlist": (2, False)}
    body = response.content.decode()
    assert 'value="waitlist" id="accepting-waitlist"' in body
    assert 'Accepting or waitlist <span class="count">(2)</span>' in body


def test_the_counts_follow_the_other_filters(client):
    therapist("Open, free call", accepting=Accepting.ACCEPTING, free_consultation=True)
    therapist("Waiting, free call", accepting=Accepting.WAITLIST, free_consultation=True)
    therapist("Open, no free call", accepting=Accepting.ACCEPTING)
    response = search(client, free_consultation="on")
    assert options(response) == {"on": (1, False), "waitlist": (2, False)}


def test_an_unknown_choice_is_reported_and_the_rest_of_the_search_applies(client, people):
    response = search(client, accepting="maybe")
    assert "New clients:" in response.content.decode()
    assert len(names(response)) == 5


def test_choosing_the_filter_costs_no_extra_query(client, people, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as unfiltered:
        search(client)
    with django_assert_max_num_queries(len(unfiltered.captured_queries)):
        search(client, accepting="waitlist")
