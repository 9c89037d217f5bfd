"""A misspelt search in Chromium: the results for the word meant, said so, with a way back to
the words as typed; a misspelt place offers the city meant. Accessible in English and French."""

import pytest
from django.utils.text import slugify
from playwright.sync_api import expect

from tests import factories
from tests.therapists.search.searching import link, therapist

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(db):
    toronto = factories.CityFactory(
        name="Toronto", slug="toronto", latitude=43.70011, longitude=-79.4163, population=2_600_000
    )
    anxiety = factories.ConcernFactory(slug="anxiety", name="Anxiety", name_fr="Anxiété")
    for name in ("Amélie Roy", "Ben Carter"):
        person = therapist(name, slug=slugify(name), office_in=toronto, bio="I help with anxiety.")
        link(person, concerns=[anxiety])
    therapist("Chris Other", slug="chris-other", office_in=toronto, bio="Adults.", headline="Hi")


def test_a_misspelt_word_shows_the_results_of_the_word_meant(page, directory, assert_accessible):
    page.goto("/en/therapists/?q=anxeity")

    note = page.locator(".spelling-note")
    expect(note).to_have_text("Showing results for anxiety. Search instead for anxeity.")
    expect(page.locator("#result-status")).to_have_text("2 therapists found")
    assert_accessible(page)

    note.get_by_role("link", name="anxeity").click()
    expect(page.locator("#result-status")).to_have_text("0 therapists found")
    expect(page.locator(".spelling-note")).to_have_count(0)
    expect(page.get_by_label("Name, approach or concern")).to_have_value("anxeity")


def test_the_correction_reads_in_french_and_passes_accessibility_checks(
    page, directory, assert_accessible
):
    page.goto("/fr/therapists/?q=anxeity")

    expect(page.locator(".spelling-note")).to_have_text(
        "Résultats pour anxiety. Rechercher plutôt anxeity."
    )
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_misspelt_place_offers_the_city_meant(page, directory, assert_accessible, language):
    page.goto(f"/{language}/therapists/?place=Tornto")

    page.locator("#results").get_by_role("link", name="Toronto, ON").click()

    expect(page).to_have_url(f"/{language}/therapists/?place=Toronto%2C+ON")
    expect(page.locator("#result-status")).to_contain_text("3")
    page.goto(f"/{language}/therapists/?place=Tornto")
    assert_accessible(page)
