"""Availability in Chromium: the profile in each state and the dashboard's availability form,
in English and French, each with no axe-core violation."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories
from tests.browser.test_therapist_pages import log_in
from therapists.models import Accepting, Therapist

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "fr"]
STATES = {
    "accepting": {"accepting": Accepting.ACCEPTING},
    "waitlist": {"accepting": Accepting.WAITLIST, "waitlist_weeks": 6},
    "closed": {"accepting": Accepting.CLOSED},
    "stale": {
        "accepting": Accepting.ACCEPTING,
        "availability_confirmed_at": timezone.now() - datetime.timedelta(days=45),
    },
}


@pytest.fixture
def therapist(transactional_db):
    therapist = factories.TherapistFactory(display_name="Ana Silva")
    factories.VerifiedCredentialFactory(therapist=therapist)
    return therapist


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", list(STATES))
def test_the_profile_in_each_state_is_accessible(
    page, assert_accessible, therapist, state, language
):
    Therapist.objects.filter(pk=therapist.pk).update(**STATES[state])

    page.goto(f"/{language}/therapists/{therapist.slug}/")

    expect(page.locator("#contact-heading")).to_be_visible()
    forms = page.locator("form.inquiry-form")
    expect(forms).to_have_count(0 if state == "closed" else 1)
    assert_accessible(page)


def test_joining_a_waitlist_from_the_profile(page, therapist):
    Therapist.objects.filter(pk=therapist.pk).update(**STATES["waitlist"])
    page.goto(f"/en/therapists/{therapist.slug}/")

    page.get_by_role("link", name="Join the waitlist").click()
    page.get_by_label("Your name").fill("Alex")
    page.get_by_label("Your email address").fill("alex@example.ca")
    page.get_by_label("Message").fill("I would like to join your waitlist, evenings suit me.")
    page.get_by_label("I agree to the notice above").check()
    page.get_by_role("button", name="Join the waitlist").click()

    expect(page.get_by_text("has received your request to join their waitlist")).to_be_visible()
    assert therapist.inquiries.get().purpose == "waitlist"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dashboards_availability_form_is_accessible_and_works(
    page, assert_accessible, therapist, language
):
    Therapist.objects.filter(pk=therapist.pk).update(
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=45)
    )
    log_in(page, therapist.owner.email)
    page.goto(f"/{language}/account/")
    section = page.locator("section[aria-labelledby=availability-heading]")
    expect(section.locator(".notice--warn")).to_be_visible()
    assert_accessible(page)

    section.locator("input[value=waitlist]").check()
    section.locator("input[name=waitlist_weeks]").fill("99")
    section.get_by_role("button").click()
    expect(page.locator(".field__error")).to_be_visible()
    assert_accessible(page)

    section = page.locator("section[aria-labelledby=availability-heading]")
    section.locator("input[name=waitlist_weeks]").fill("8")
    section.get_by_role("button").click()
    expect(page.locator(".notice--warn")).to_have_count(0)
    assert_accessible(page)
    therapist.refresh_from_db()
    assert (therapist.accepting, therapist.waitlist_weeks) == (Accepting.WAITLIST, 8)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_publish_step_asks_for_availability_accessibly(
    page, assert_accessible, transactional_db, language
):
    draft = factories.TherapistFactory(is_published=False, availability_confirmed_at=None)
    log_in(page, draft.owner.email)
    page.goto(f"/{language}/account/")

    page.locator("button[name=action][value=publish]").click()

    expect(page.locator(".field__error")).to_be_visible()
    assert_accessible(page)
