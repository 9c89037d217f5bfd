"""Session times: therapists say when they see clients; the search filters by it, with counts."""

import pytest

from tests import factories
from tests.therapists.search.searching import names, search, therapist
from therapists.models import Therapist

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    therapist("Days", sees_weekday_daytime=True)
    therapist("Evenings", sees_weekday_evenings=True)
    therapist("Evenings and weekends", sees_weekday_evenings=True, sees_weekends=True)
    therapist("Free call, weekends", sees_weekends=True, free_consultation=True)
    therapist("Not said")


def options(response) -> dict[str, tuple[int, bool]]:
    return {o.value: (o.count, o.chosen) for o in response.context["facets"]["times"]}


def test_a_time_finds_the_therapists_who_see_clients_then(client, people):
    assert names(search(client, times="weekday-evenings")) == {
        "Evenings",
        "Evenings and weekends",
    }


def test_several_times_find_anyone_seeing_clients_at_one_of_them(client, people):
    found = names(search(client, times=["weekday-daytime", "weekends"]))
    assert found == {"Days", "Evenings and weekends", "Free call, weekends"}


def test_each_time_shows_how_many_it_would_find(client, people):
    assert options(search(client)) == {
        "weekday-daytime": (1, False),
        "weekday-evenings": (2, False),
        "weekends": (2, False),
    }


def test_the_counts_stay_those_of_the_search_without_the_choice(client, people):
    response = search(client, times="weekends")
    assert options(response) == {
        "weekday-daytime": (1, False),
        "weekday-evenings": (2, False),
        "weekends": (2, True),
    }
    body = response.content.decode()
    assert 'id="times-weekends" checked> <label for="times-weekends">Weekends' in body
    assert 'Weekday evenings <span class="count">(2)</span>' in body


def test_the_counts_follow_the_other_filters(client, people):
    response = search(client, free_consultation="on")
    assert options(response) == {
        "weekday-daytime": (0, False),
        "weekday-evenings": (0, False),
        "weekends": (1, False),
    }


def test_other_groups_are_counted_among_the_chosen_times(client, people):
    response = search(client, times="weekends")
    accepting = {o.value: o.count for o in response.context["facets"]["accepting"]}
    assert accepting["on"] == 2


def test_an_unknown_time_is_reported_and_the_rest_of_the_search_applies(client, people):
    response = search(client, times="midnight")
    assert "Session times:" in response.content.decode()
    assert len(names(response)) == 5


def test_the_labels_are_in_french_on_the_french_search(client, people):
    body = client.get("/fr/therapists/", {"times": "weekends"}).content.decode()
    assert "Fins de semaine" in body
    assert "En semaine, le soir" in body


def test_the_profile_says_when_the_therapist_sees_clients(client):
    person = therapist("Evenings", sees_weekday_evenings=True, sees_weekends=True)
    body = client.get(person.get_absolute_url()).content.decode()
    assert "Weekday evenings, Weekends" in body


def test_the_editor_saves_the_times_and_the_search_finds_them(owner_client, owner):
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)
    factories.VerifiedCredentialFactory(therapist=owner)
    response = owner_client.post(
        "/en/account/profile/practice/",
        {
            "serves_adults": "on",
            "offers_individual": "on",
            "sees_weekends": "on",
            "offers_in_person": "on",
            "contact_preference": "email",
            "save": "",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.sees_weekends and not owner.sees_weekday_daytime
    owner.search_row.refresh_from_db()
    assert owner.search_row.session_times == [3]


def test_choosing_times_costs_no_extra_query(client, people, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as unfiltered:
        search(client)
    with django_assert_max_num_queries(len(unfiltered.captured_queries)):
        search(client, times=["weekends", "weekday-daytime"])
