"""The compare page: the listed profiles of ?t= side by side, in the order kept; the others drop
out with a note (never a 404), six at most, bad addresses answered plainly, in English and
French, in a fixed number of queries; and the keep links that build the list."""

import datetime
import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from directory.geo import Place
from tests import factories
from tests.bookings import offering_therapist
from tests.places import haversine_km
from therapists.models import Coverage, InquiryStatus
from therapists.public.shortlist import SHORTLIST_TEXT_MAX
from therapists.selfservice.profile import unique_slug

pytestmark = pytest.mark.django_db

COMPARE = "/en/therapists/compare/"


def listed(name: str, **fields):
    therapist = factories.TherapistFactory(
        display_name=name, slug=name.lower().replace(" ", "-"), **fields
    )
    factories.VerifiedCredentialFactory(therapist=therapist)
    return therapist


def compared(client, *slugs, path=COMPARE, **params):
    return client.get(path, {"t": ",".join(slugs), **params})


def names(response) -> list[str]:
    return [therapist.display_name for therapist in response.context["comparison"].therapists]


def text(response) -> str:
    return html.unescape(response.text)


def test_the_compare_address_is_the_same_in_both_languages_but_its_prefix():
    assert reverse("therapists:compare") == COMPARE
    with translation.override("fr"):
        assert reverse("therapists:compare") == "/fr/therapists/compare/"


def test_the_kept_therapists_are_shown_side_by_side_in_the_order_kept(client):
    listed("Amira Haddad", fee=140, fee_floor=90)
    listed("Boris Chen", fee=180)
    listed("Chloe Martin")

    response = compared(client, "chloe-martin", "amira-haddad", "boris-chen")

    assert response.status_code == 200
    assert names(response) == ["Chloe Martin", "Amira Haddad", "Boris Chen"]
    assert '<th scope="row">Fees</th>' in response.text
    assert "$140 for 50 minutes; sliding scale from $90" in text(response)
    assert "$180 for 50 minutes; no sliding scale" in text(response)


def test_an_unlisted_or_unknown_profile_drops_out_with_a_note_never_a_404(client):
    listed("Amira Haddad")
    factories.TherapistFactory(display_name="Paused Person", slug="paused", is_published=False)

    response = compared(client, "amira-haddad", "paused", "never-existed")

    assert response.status_code == 200
    assert names(response) == ["Amira Haddad"]
    assert "2 therapists are no longer listed." in response.text
    assert "Paused Person" not in response.text


def test_one_missing_profile_is_said_in_the_singular(client):
    listed("Amira Haddad")

    response = compared(client, "amira-haddad", "gone")

    assert "1 therapist is no longer listed." in response.text


def test_only_six_are_compared_and_the_visitor_is_told_why(client):
    for n in range(8):
        listed(f"Person {n}")

    response = compared(client, *[f"person-{n}" for n in range(8)])

    assert response.status_code == 200
    assert names(response) == [f"Person {n}" for n in range(6)]
    assert "You can compare 6 therapists at a time: only the first 6 are shown." in response.text


def test_junk_in_the_list_is_left_out_with_a_note(client):
    listed("Amira Haddad")

    response = client.get(COMPARE, {"t": "amira-haddad,<script>alert(1)</script>,é"})

    assert response.status_code == 200
    assert names(response) == ["Amira Haddad"]
    assert "Part of this address is not a therapist's profile and was left out." in text(response)
    assert "<script>alert" not in response.text


def test_an_address_too_long_to_be_a_shortlist_is_a_400_with_a_message(client):
    response = client.get(COMPARE, {"t": "a" * (SHORTLIST_TEXT_MAX + 1)})

    assert response.status_code == 400
    assert "This address is too long to be a shortlist." in response.text


def test_a_null_character_is_a_400(client):
    response = client.get(COMPARE, {"t": "amira\x00"})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {"t": "a", "place": "x" * 5000},
        {"t": "a", "place": "Nowhere", "province": "ZZ"},
        {"t": ",,,,"},
        {"t": "a", "zone": "Mars/Olympus", "province": "<b>"},
    ],
)
def test_odd_parameters_never_break_the_page(client, params):
    listed("A")

    response = client.get(COMPARE, params)

    assert response.status_code == 200


def test_with_nothing_kept_the_page_says_how_to_keep(client):
    response = client.get(COMPARE)

    assert response.status_code == 200
    assert "Your shortlist is empty." in response.text


def test_the_page_is_kept_out_of_search_engines(client):
    listed("Amira Haddad")

    response = compared(client, "amira-haddad")

    assert '<meta name="robots" content="noindex">' in response.text


def test_remove_links_keep_the_rest_of_the_list_and_the_search(client):
    listed("Amira Haddad")
    listed("Boris Chen")

    response = compared(client, "amira-haddad", "boris-chen", place="Nowhere", q="anxiety")

    page = response.text
    assert 'href="/en/therapists/compare/?place=Nowhere&amp;q=anxiety&amp;t=boris-chen"' in page
    assert 'href="/en/therapists/compare/?place=Nowhere&amp;q=anxiety&amp;t=amira-haddad"' in page
    assert (
        'href="/en/therapists/?place=Nowhere&amp;q=anxiety&amp;t=amira-haddad,boris-chen"' in page
    )


def test_offices_show_their_distance_from_the_place_searched(client):
    factories.CityFactory(name="Toronto", latitude=43.70011, longitude=-79.4163)
    hamilton = factories.CityFactory(name="Hamilton", latitude=43.25011, longitude=-79.84963)
    amira = listed("Amira Haddad")
    factories.OfficeFactory(therapist=amira, city=hamilton)
    km = haversine_km(
        Place("", "", 43.70011, -79.4163), Place("", "", hamilton.latitude, hamilton.longitude)
    )

    response = compared(client, "amira-haddad", place="Toronto")

    assert f"Hamilton (Ontario), {km:.1f} km from Toronto" in text(response)
    assert "Distances are from Toronto, ON." in text(response)


def test_an_unknown_place_is_said_and_the_comparison_still_shown(client):
    listed("Amira Haddad")

    response = compared(client, "amira-haddad", place="Atlantis")

    assert names(response) == ["Amira Haddad"]
    assert "We could not find “Atlantis”." in text(response)


def test_the_next_free_consultation_and_the_usual_reply_time_are_shown(client):
    offering = offering_therapist()
    now = timezone.now()
    for hours in (20, 30, 40):
        received = now - datetime.timedelta(days=5)
        factories.InquiryFactory(
            therapist=offering,
            created_at=received,
            status=InquiryStatus.REPLIED,
            replied_at=received + datetime.timedelta(hours=hours),
        )

    response = compared(client, offering.slug, province="BC")

    therapist = response.context["comparison"].therapists[0]
    assert therapist.compare_next_time.endswith("Pacific time")
    assert therapist.compare_next_time in text(response)
    assert "Usually replies within 2 days." in response.text
    assert reverse("therapists:consultation_times", kwargs={"slug": offering.slug}) in response.text


def test_designations_say_what_they_mean_for_coverage(client):
    listed("Amira Haddad")

    response = compared(client, "amira-haddad")

    page = text(response)
    assert "<strong>RP</strong>" in page
    assert "No direct billing: you pay, then claim from your plan" in page
    assert "Extended health plans reimburse by the therapist's designation." in page


def test_the_coverage_table_says_which_insurers_reimburse_each_designation(client):
    amira = listed("Amira Haddad")
    body = amira.credentials.get().regulatory_body
    for name, covered in (("Sun Life", True), ("Manulife", False)):
        Coverage.objects.create(
            insurer=factories.InsurerFactory(name=name),
            regulatory_body=body,
            province="ON",
            designation="Registered Psychotherapist (RP)",
            covered=covered,
            source_url="https://insurer.example.ca/benefits/",
            checked_on=datetime.date(2026, 12, 1),
        )

    page = text(compared(client, "amira-haddad"))

    assert "RP in Ontario: reimbursed under plans from Sun Life" in " ".join(
        re.sub(r"<[^>]+>", "", page).split()
    )
    assert "RP in Ontario: not reimbursed under plans from Manulife" in " ".join(
        re.sub(r"<[^>]+>", "", page).split()
    )
    assert "Whether you are reimbursed depends on your own plan" in page


def test_the_page_speaks_french_under_fr(client):
    listed("Amira Haddad", fee=140, fee_floor=90)

    response = compared(client, "amira-haddad", "gone", path="/fr/therapists/compare/")

    page = text(response)
    assert response.status_code == 200
    assert '<html lang="fr">' in page
    assert "Comparer des thérapeutes" in page
    assert "1 thérapeute ne figure plus dans le répertoire." in page
    assert "Tarifs" in page


def test_the_query_count_does_not_grow_with_the_number_compared(client):
    """Every fact of every column read in a fixed number of queries."""
    city = factories.CityFactory(name="Toronto")
    slugs = []
    for _ in range(6):
        therapist = offering_therapist()
        factories.OfficeFactory(therapist=therapist, city=city)
        factories.InquiryFactory(therapist=therapist)
        therapist.languages.add(factories.LanguageFactory())
        therapist.approaches.add(factories.ApproachFactory())
        slugs.append(therapist.slug)

    def queries(count: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            response = compared(client, *slugs[:count], place="Toronto")
        assert len(names(response)) == count
        return len(captured)

    compared(client, slugs[0], place="Toronto")  # a process's first place search reads the places
    assert queries(1) == queries(3) == queries(6)
    assert queries(6) <= 12


def test_search_cards_keep_links_add_to_the_list_in_the_address(client):
    amira = listed("Amira Haddad")
    listed("Boris Chen")

    page = client.get("/en/therapists/?t=boris-chen").text

    assert f'href="{COMPARE}?t=boris-chen,amira-haddad" data-keep="amira-haddad"' in page
    assert f'href="{COMPARE}?t=boris-chen" data-keep="boris-chen"' in page  # kept already
    assert "Kept: compare" in page
    assert 'name="t" value="boris-chen" data-shortlist-field' in page
    assert f'href="{amira.get_absolute_url()}?t=boris-chen"' in page
    assert "Compare (1)" in page


def test_a_profile_has_a_keep_link_carrying_the_list(client):
    amira = listed("Amira Haddad")

    page = client.get(amira.get_absolute_url(), {"t": "boris-chen"}).text

    assert f'href="{COMPARE}?t=boris-chen,amira-haddad" data-keep="amira-haddad"' in page
    assert "js/shortlist" in page


def test_a_new_profile_never_takes_the_compare_page_address(db):
    assert unique_slug("Compare") == "compare-2"
