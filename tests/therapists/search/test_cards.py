"""Result cards: availability, approaches, concerns and languages in the visitor's language,
vocabulary edits shown at once, and the same queries for one card or twenty."""

import pytest
from django.test import TestCase
from django.urls import reverse

from tests import factories
from tests.admin_forms import admin_form_data
from tests.therapists.search.searching import link, search, therapist

pytestmark = pytest.mark.django_db


def test_cards_say_whether_the_therapist_is_accepting_clients(client):
    therapist("Open", accepting="accepting")
    therapist("Closed", accepting="closed")
    body = search(client).content.decode()
    assert "Accepting new clients" in body
    assert "Not accepting new clients" in body


def test_cards_pass_on_the_province_searched_from_to_the_profile(client):
    online = therapist("Online", province="NS", offers_online=True)
    body = search(client, online="NS").content.decode()
    assert f'href="{online.get_absolute_url()}?province=NS"' in body
    assert f'href="{online.get_absolute_url()}"' in search(client).content.decode()


def card_of(body: str, person) -> str:
    start = body.index(f'id="therapist-{person.pk}"')
    return body[start : body.index("</article>", start)]


def test_cards_show_their_own_approaches_first_concerns_and_languages_in_the_visitors_language(
    client,
):
    cft = factories.ApproachFactory(
        slug="cft",
        name_en="Compassion-Focused Therapy",
        name_fr="Thérapie axée sur la compassion",
        short_name="CFT",
    )
    act = factories.ApproachFactory(
        slug="act",
        name_en="Acceptance and Commitment Therapy",
        name_fr="Thérapie d'acceptation et d'engagement",
        short_name="ACT",
    )
    unused = factories.ApproachFactory(slug="dbt", name_en="Dialectical Behaviour Therapy")
    concerns = [
        factories.ConcernFactory(slug=slug, name_en=name, name_fr=f"{name} (fr)")
        for slug, name in [
            ("anxiety", "Anxiety"),
            ("burnout", "Burnout"),
            ("depression", "Depression"),
            ("grief", "Grief & loss"),
            ("trauma", "Trauma"),
        ]
    ]
    french = factories.LanguageFactory(code="fr", name_en="French", name_fr="Français")
    english = factories.LanguageFactory(code="en", name_en="English", name_fr="Anglais")
    person = therapist("Card Person")
    person.approaches.set([cft, act])
    person.concerns.set(reversed(concerns))
    person.languages.set([french, english])
    other = therapist("Other Person")
    other.approaches.set([unused])
    factories.search_rows_sync(person, other)

    card = card_of(search(client).content.decode(), person)
    assert card.index("Acceptance and Commitment Therapy (ACT)") < card.index(
        "Compassion-Focused Therapy (CFT)"
    )
    assert "Anxiety, Burnout, Depression, Grief &amp; loss</dd>" in card  # first four, by name
    assert "Trauma" not in card
    assert "English, French</dd>" in card
    assert "Dialectical" not in card

    french_page = client.get("/fr/therapists/", HTTP_ACCEPT_LANGUAGE="fr")
    card = card_of(french_page.content.decode(), person)
    assert "Anglais, Français</dd>" in card
    assert "Thérapie axée sur la compassion (CFT)" in card
    assert "Anxiety (fr), Burnout (fr)" in card


def test_a_vocabulary_edited_in_the_admin_shows_on_the_next_search(admin_client):
    concern = factories.ConcernFactory(slug="grief", name_en="Grief", name_fr="Deuil")
    link(therapist("Grieving Helper"), concerns=[concern])
    factories.CommunityFactory(slug="bipoc", name_en="BIPOC", name_fr="PANDC")
    assert "Grief</dd>" in admin_client.get(reverse("therapists:list")).content.decode()

    url = reverse("admin:modalities_concern_change", args=[concern.pk])
    data = admin_form_data(admin_client.get(url)) | {"name_en": "Grief and loss"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    body = admin_client.get(reverse("therapists:list")).content.decode()
    assert "Grief and loss</dd>" in body  # the card
    assert "Grief and loss <span" in body  # the facet

    url = reverse("admin:therapists_community_add")
    data = {"slug": "faith", "name_en": "Faith-based", "name_fr": "Confessionnel"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302

    body = admin_client.get(reverse("therapists:list")).content.decode()
    assert 'value="faith"' in body  # the form's choices


def test_query_count_is_the_same_for_one_or_twenty_results(client, django_assert_max_num_queries):
    approach = factories.ApproachFactory()
    link(therapist("First"), approaches=[approach])
    params = {"approach": approach.slug, "concern": [], "language": []}
    with django_assert_max_num_queries(20) as one:
        search(client, **params)
    for n in range(19):
        link(therapist(f"More {n}"), approaches=[approach])
    with django_assert_max_num_queries(len(one.captured_queries)):
        search(client, **params)
