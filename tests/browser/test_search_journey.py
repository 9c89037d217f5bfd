"""A client's first steps, in a real Chromium: the home page's search box leads to the list."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser


def test_home_search_box_leads_to_the_list_of_therapists(page, assert_accessible, db):
    factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(display_name="Amira Haddad", headline="Anxiety help")
    )
    factories.TherapistFactory(display_name="Unverified Person")  # published, no credential

    page.goto("/en/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Find a therapist who fits you")
    assert_accessible(page)

    page.get_by_label("Name, approach or concern").fill("Amira")
    page.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/en/therapists/\?q=Amira$"))
    expect(page.get_by_role("status")).to_have_text("1 therapist found")
    expect(page.get_by_role("heading", name="Amira Haddad")).to_be_visible()
    expect(page.get_by_text("Unverified Person")).to_have_count(0)
    assert_accessible(page)


def test_on_a_phone_one_link_leads_past_the_filters_to_the_results(page, assert_accessible, db):
    for name in ("Amira Haddad", "Boris Chen"):
        factories.VerifiedCredentialFactory(therapist=factories.TherapistFactory(display_name=name))
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/en/therapists/")
    first = page.get_by_role("heading", name="Amira Haddad")
    expect(first).not_to_be_in_viewport()

    page.get_by_role("link", name="Skip to the 2 results").click()

    expect(first).to_be_in_viewport()
    assert page.evaluate("document.activeElement.id") == "results"
    assert_accessible(page)


def test_on_a_wide_screen_the_link_past_the_filters_shows_once_focused(page, db):
    page.goto("/en/therapists/")
    jump = page.get_by_role("link", name="Skip to the results")
    expect(jump).not_to_be_in_viewport()

    jump.focus()

    expect(jump).to_be_in_viewport()


@pytest.mark.parametrize("width", [375, 1280])
def test_changing_a_filter_keeps_the_page_where_it_was(page, db, width):
    """The results swap in around the visitor: the page does not jump, the control keeps focus."""
    for number in range(6):
        factories.VerifiedCredentialFactory(
            therapist=factories.TherapistFactory(display_name=f"Person {number}")
        )
    page.set_viewport_size({"width": width, "height": 740})
    page.goto("/en/therapists/")
    accepting = page.get_by_label("Accepting new clients")
    accepting.scroll_into_view_if_needed()
    before = page.evaluate("scrollY")

    accepting.focus()
    page.keyboard.press("Space")

    expect(page).to_have_url(re.compile(r"accepting=on"))
    expect(page.get_by_label("Accepting new clients")).to_be_focused()
    expect(page.get_by_label("Accepting new clients")).to_be_in_viewport()
    assert abs(page.evaluate("scrollY") - before) < 5


def test_language_switcher_keeps_the_visitor_on_the_same_page(page, db):
    page.goto("/en/therapists/")
    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/therapists/$"))
    assert page.locator("html").get_attribute("lang") == "fr"


def test_accessibility_check_reports_a_real_violation(chromium, assert_accessible):
    """The axe fixture itself fails on a page with a known problem (an image without text)."""
    tab = chromium.new_page()
    tab.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(tab)
    tab.close()
