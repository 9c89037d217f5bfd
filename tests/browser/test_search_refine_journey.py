"""A client narrows a search in Chromium, opens a profile, comes back and refines it."""

import re

import pytest
from django.utils.text import slugify
from playwright.sync_api import expect

from tests import factories
from therapists.search.text import search_vectors_refresh

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(db):
    toronto = factories.CityFactory(
        name="Toronto", slug="toronto", latitude=43.70011, longitude=-79.4163, population=2_600_000
    )
    ottawa = factories.CityFactory(
        name="Ottawa", slug="ottawa", latitude=45.41117, longitude=-75.69812, population=800_000
    )
    compassion = factories.ApproachFactory(
        slug="compassion-based", name="Compassion-based approach"
    )
    cft = factories.ApproachFactory(slug="cft", name="Compassion-Focused Therapy", short_name="CFT")
    compassion.related.add(cft)
    english = factories.LanguageFactory(code="en", name="English")
    french = factories.LanguageFactory(code="fr", name="French")
    people = [
        ("Amélie Roy", toronto, cft, french),
        ("Ben Carter", toronto, compassion, english),
        ("Far Away", ottawa, compassion, french),
    ]
    for name, city, approach, language in people:
        person = factories.TherapistFactory(display_name=name, slug=slugify(name))
        factories.VerifiedCredentialFactory(therapist=person)
        factories.OfficeFactory(therapist=person, city=city)
        person.approaches.add(approach)
        person.languages.add(language)
        search_vectors_refresh([person.pk])
        factories.search_rows_sync(person)


def test_search_open_a_profile_come_back_and_refine(page, directory, assert_accessible):
    page.goto("/en/therapists/")
    assert_accessible(page)

    page.get_by_label("City or postal code").fill("Toronto")
    page.get_by_label("Compassion-based approach").check()
    page.get_by_label("Include related approaches").check()
    page.get_by_role("button", name="Show results").click()

    expect(page).to_have_url(re.compile(r"place=Toronto"))
    expect(page).to_have_url(re.compile(r"approach=compassion-based"))
    expect(page).to_have_url(re.compile(r"related=on"))
    expect(page.locator("#result-status")).to_have_text("2 therapists found")
    results = page.get_by_role("region", name="Results")
    expect(results.get_by_role("link", name="Amélie Roy", exact=True)).to_be_visible()
    expect(results.get_by_role("link", name="Ben Carter", exact=True)).to_be_visible()
    expect(results.get_by_text("Far Away")).to_have_count(0)
    assert_accessible(page)

    results.get_by_role("link", name="Amélie Roy", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Amélie Roy")
    assert_accessible(page)
    page.go_back()

    expect(page).to_have_url(re.compile(r"place=Toronto"))
    page.get_by_role("group", name="Language").get_by_label("French").check()

    expect(page).to_have_url(re.compile(r"language=fr"))
    for choice in ("place=Toronto", "approach=compassion-based", "related=on", "radius=25"):
        expect(page).to_have_url(re.compile(re.escape(choice)))
    expect(page.locator("#result-status")).to_have_text("1 therapist found")
    expect(results.get_by_role("link", name="Ben Carter", exact=True)).to_have_count(0)
    expect(results.get_by_role("link", name="Amélie Roy", exact=True)).to_be_visible()
    assert_accessible(page)


def test_the_search_works_with_javascript_off(chromium, live_server, directory):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/en/therapists/?place=Toronto")
    tab.get_by_role("group", name="Language").get_by_label("French").check()
    tab.get_by_role("button", name="Show results").click()
    expect(tab).to_have_url(re.compile(r"place=Toronto.*language=fr|language=fr.*place=Toronto"))
    expect(tab.locator("#result-status")).to_have_text("1 therapist found")
    context.close()


def test_an_empty_search_and_bad_input_pass_accessibility_checks(
    page, directory, assert_accessible
):
    page.goto("/en/therapists/?place=Atlantis&fee_max=abc&approach=cft&radius=5")
    expect(page.get_by_role("alert")).to_contain_text("We could not find")
    assert_accessible(page)
    page.goto("/fr/therapists/?place=Ottawa&approach=cft&radius=5")
    expect(page.get_by_text("Aucun thérapeute inscrit", exact=False)).to_be_visible()
    assert_accessible(page)
