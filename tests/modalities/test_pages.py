"""Approach pages: plain-language content, related approaches, and the way into the search."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from modalities.models import Family
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def compassion(db):
    approach = factories.ApproachFactory(
        slug="compassion-based", name="Compassion-based approach", family=Family.COMPASSION
    )
    cft = factories.ApproachFactory(
        slug="cft", name="Compassion-Focused Therapy", short_name="CFT", family=Family.COMPASSION
    )
    approach.related.add(cft)
    factories.ResourceFactory(
        title="Self-Compassion in Psychotherapy", author="Tim Desmond", approaches=[approach]
    )
    return approach


def offering(approach, *, province="ON", online=False):
    therapist = factories.TherapistFactory(offers_online=online)
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction=province)
    therapist.approaches.add(approach)
    factories.search_rows_sync(therapist)
    if not online:
        factories.OfficeFactory(therapist=therapist, city=factories.CityFactory(province=province))
    return therapist


def test_index_groups_approaches_by_family(client, compassion):
    factories.ApproachFactory(
        slug="dbt", name="Dialectical Behaviour Therapy", family="cognitive-behavioural"
    )
    body = client.get(reverse("modalities:list")).content.decode()
    assert '<h2 id="family-compassion">Compassion-based</h2>' in body
    assert '<h2 id="family-cognitive-behavioural">Cognitive and behavioural</h2>' in body
    assert body.index("Compassion-Focused Therapy") < body.index("family-cognitive-behavioural")
    assert "A gentle way of working." in body  # the one-line summary


def test_approach_page_shows_content_related_approaches_and_reading(client, compassion):
    body = client.get(compassion.get_absolute_url()).content.decode()
    for heading in ("What it is", "How it helps", "Who it may help", "What a session looks like"):
        assert f"<h2>{heading}</h2>" in body
    assert 'href="/en/approaches/cft/"' in body
    assert "Self-Compassion in Psychotherapy" in body and "Tim Desmond" in body


def test_approach_page_links_into_the_search(client, compassion):
    body = client.get(compassion.get_absolute_url()).content.decode()
    assert 'href="/en/therapists/?approach=compassion-based"' in body
    assert 'href="/en/therapists/?approach=compassion-based&amp;related=on"' in body
    assert 'name="serving"' in body  # the visitor picks their province


def test_approach_counts_per_province_equal_the_search_counts(client, compassion):
    offering(compassion, province="ON")
    offering(compassion, province="ON")
    offering(compassion, province="QC", online=True)
    unlisted = factories.TherapistFactory(is_published=False)
    unlisted.approaches.add(compassion)

    body = client.get(compassion.get_absolute_url()).content.decode()
    rows = dict(re.findall(r'<th scope="row">([^<]+)</th><td><a href="[^"]*">(\d+) therap', body))
    assert rows == {"Ontario": "2", "Quebec": "1"}
    for province, code in (("Ontario", "ON"), ("Quebec", "QC")):
        search = client.get(
            reverse("therapists:list"), {"approach": compassion.slug, "serving": code}
        )
        assert search.context["paginator"].count == int(rows[province])


def test_the_way_into_the_search_names_the_approach_without_doubling_it_in_french(client):
    approach = factories.ApproachFactory(
        slug="compassion-based",
        name="Compassion-based approach",
        name_fr="Approche axée sur la compassion",
        family=Family.COMPASSION,
    )
    english = client.get(approach.get_absolute_url()).content.decode()
    assert ">Find a therapist: Compassion-based approach</h2>" in english
    assert ">Therapists who offer this approach</a>" in english
    with translation.override("fr"):
        french_url = approach.get_absolute_url()
    french = client.get(french_url).content.decode()
    assert ">Trouver un thérapeute\u00a0: Approche axée sur la compassion</h2>" in french
    assert ">Les thérapeutes qui proposent cette approche</a>" in french
    assert "approche Approche" not in french
