"""Result pages: twenty at a time with the total, and a wrong page number forgiven."""

import pytest

from tests.therapists.search.searching import names, search, therapist

pytestmark = pytest.mark.django_db


def test_results_paginate_by_twenty_with_the_total(client):
    for n in range(23):
        therapist(f"Person {n:02d}")
    first, second = search(client), search(client, page=2)
    assert len(first.context["therapists"]) == 20
    assert first.context["paginator"].count == 23
    assert len(second.context["therapists"]) == 3
    assert "23 therapists found" in first.content.decode()


def test_a_page_out_of_range_shows_the_last_page_with_a_note(client):
    therapist("Only one")
    response = search(client, page=999999)
    assert names(response) == {"Only one"}
    assert "That page does not exist" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1"])
def test_a_page_below_one_shows_the_first_page(client, page):
    for n in range(21):
        therapist(f"Person {n:02}")
    response = search(client, page=page)
    assert response.context["page_obj"].number == 1
    assert "here is page 1." in response.content.decode()
