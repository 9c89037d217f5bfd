"""Whatever arrives in the query string, the search answers with a page or a 4xx, never a 5xx."""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories

pytestmark = pytest.mark.django_db

PARAMETERS = [
    "q",
    "place",
    "province",
    "radius",
    "online",
    "approach",
    "related",
    "concern",
    "language",
    "gender",
    "age",
    "format",
    "community",
    "fee_max",
    "insurer",
    "accepting",
    "free_consultation",
    "video",
    "wheelchair",
    "sort",
    "page",
    "unknown",
]
NASTY = [
    "",
    " ",
    "-1",
    "-25",
    "0",
    "1e309",
    "NaN",
    "999999",
    "abc",
    "'; DROP TABLE therapists_therapist; --",
    "<script>alert(1)</script>",
    "%00",
    "\x00",
    "ON",
    "QC",
    "xx",
    "compassion-based",
    "M5V 2T6",
    "m5v",
    "Toronto",
    "st johns",
    "é" * 300,
    "x" * 10_000,
    "🙂",
    "../../etc/passwd",
    "1.5",
    "true",
    "on",
    "off",
    "[]",
    "{}",
    "25",
    "100",
]


def query_strings():
    value = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))
    pair = st.tuples(st.sampled_from(PARAMETERS), value)
    return st.lists(pair, max_size=8).map(urlencode)


@pytest.fixture
def some_therapists():
    city = factories.CityFactory(name="Toronto", slug="toronto")
    for n in range(3):
        person = factories.TherapistFactory(display_name=f"Person {n}")
        factories.VerifiedCredentialFactory(therapist=person)
        factories.OfficeFactory(therapist=person, city=city)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=query_strings())
def test_no_query_string_makes_the_search_fail(client, some_therapists, query):
    url = f"{reverse('therapists:list')}?{query}"
    response = client.get(url, follow=True)
    assert response.status_code < 500, url
    response = client.get(url, headers={"HX-Request": "true"})
    assert response.status_code < 500, url


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 10_000}, "at most 200 characters"),
        ({"radius": "-3"}, "Select a valid choice"),
        ({"fee_max": "abc"}, "Enter a number"),
        ({"fee_max": "-5"}, "greater than or equal to 0"),
        ({"fee_max": "99.5"}, "Enter a whole number of dollars, e.g. 120."),
        ({"approach": "not-an-approach"}, "Select a valid choice"),
        ({"online": "ZZ"}, "Select a valid choice"),
    ],
)
def test_bad_values_are_reported_on_the_page(client, some_therapists, params, message):
    response = client.get(reverse("therapists:list"), params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["paginator"].count == 3  # the rest of the search still applies


def test_a_place_not_found_is_reported_and_finds_no_one(client, some_therapists):
    response = client.get(reverse("therapists:list"), {"place": "M0M", "fee_max": "abc"})
    assert response.status_code == 200
    assert "We could not find" in response.content.decode()
    assert "Enter a number" in response.content.decode()
    assert response.context["paginator"].count == 0  # not the whole country instead


def test_a_fee_too_large_for_any_bound_gets_one_message(client, some_therapists):
    response = client.get(reverse("therapists:list"), {"fee_max": "1e400"})
    errors = response.context["filter"].form.errors["fee_max"]
    assert errors == ["Ensure this value is less than or equal to 1000."]


def test_blank_parameters_are_dropped_from_shared_urls(client):
    response = client.get(reverse("therapists:list"), {"q": "", "place": "Toronto", "sort": ""})
    assert response.status_code == 302
    assert response.url == reverse("therapists:list") + "?place=Toronto"


def test_htmx_requests_push_the_short_url(client):
    response = client.get(
        reverse("therapists:list"), {"q": "", "language": "fr"}, headers={"HX-Request": "true"}
    )
    assert response["HX-Push-Url"] == reverse("therapists:list") + "?language=fr"


def test_a_nul_byte_is_nonsense_and_gets_a_400(client):
    response = client.get(reverse("therapists:list") + "?approach=%00")
    assert response.status_code == 400


def test_the_form_shows_every_choice_made_and_names_its_empty_options(client):
    insurer = factories.InsurerFactory(slug="sun-life", name="Sun Life")
    community = factories.CommunityFactory(slug="lgbtq-affirming", name="LGBTQ+-affirming")
    query = f"province=ON&online=QC&radius=50&gender=woman&insurer={insurer.slug}"
    response = client.get(reverse("therapists:list") + f"?{query}&community={community.slug}")
    page = response.content.decode()

    assert '<option value="">Any province</option>' in page
    assert '<option value="ON" selected>Ontario</option>' in page
    assert '<option value="QC" selected>Quebec</option>' in page
    assert '<option value="50" selected>50 km</option>' in page
    assert '<option value="sun-life" selected>Sun Life</option>' in page
    assert page.count('<option value="">No preference</option>') == 2  # online, insurer
    assert 'value="woman" id="id_gender_0" checked>' in page
    assert 'value="lgbtq-affirming" id="id_community_0" checked>' in page
    assert 'value="man" id="id_gender_1">' in page  # not chosen, not checked


def test_a_refused_choice_is_tied_to_its_message(client):
    page = client.get(reverse("therapists:list") + "?province=ZZ").content.decode()
    assert 'id="id_province" aria-invalid="true" aria-describedby="id_province_error"' in page
    assert '<p class="field__error" id="id_province_error">Select a valid choice.' in page


@pytest.mark.parametrize(
    ("query", "name"), [("place=Nowhere", "place"), ("fee_max=abc", "fee_max")]
)
def test_a_refused_typed_value_is_tied_to_its_message(client, query, name):
    """The input names its message by the id Django gives it, and the message carries it."""
    page = client.get(reverse("therapists:list") + "?" + query).content.decode()
    [tag] = re.findall(rf'<input[^>]* id="id_{name}"[^>]*>|<input[^>]*"id_{name}"[^>]*>', page)
    described = re.search(r'aria-describedby="([^"]+)"', tag)
    assert described is not None, tag
    for described_id in described.group(1).split():
        assert f'id="{described_id}">' in page, described_id
    assert f'<p class="field__error" id="id_{name}_error">' in page


def test_a_refused_checkbox_choice_marks_its_group_and_names_its_message(client):
    page = client.get(reverse("therapists:list") + "?gender=bogus").content.decode()
    assert '<fieldset class="choices" aria-describedby="id_gender_error">' in page
    assert 'value="woman" id="id_gender_0" aria-invalid="true">' in page
    assert '<p class="field__error" id="id_gender_error">Select a valid choice.' in page
