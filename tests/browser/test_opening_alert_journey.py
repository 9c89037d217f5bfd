"""Tell me when one opens, in Chromium: from an empty search and from a full profile, through
confirming and unsubscribing, in English and French, at phone and desktop widths, each page with
no axe-core violation; and the search's plan and session-time filters, accessible too."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests import factories
from therapists.models import Accepting, OpeningAlert

pytestmark = pytest.mark.browser

WORDS = {
    "en": {
        "alert": "Tell me when one opens",
        "profile_alert": "Tell me when they accept new clients",
        "email": "Your email address",
        "sent": "Check your email",
        "confirm": "Confirm my alert",
        "on": "Your alert is on",
        "stop": "Stop and delete my alerts",
        "stopped": "Your alerts are deleted",
    },
    "fr": {
        "alert": "Prévenez-moi quand une place se libère",
        "profile_alert": "Prévenez-moi quand cette personne accepte de nouveaux clients",
        "email": "Votre adresse courriel",
        "sent": "Consultez vos courriels",
        "confirm": "Confirmer mon alerte",
        "on": "Votre alerte est active",
        "stop": "Arrêter et supprimer mes alertes",
        "stopped": "Vos alertes sont supprimées",
    },
}
WIDTHS = {"phone": 360, "desktop": 1280}


@pytest.fixture
def full_therapist(transactional_db):
    person = factories.TherapistFactory(display_name="Robin Full", accepting=Accepting.CLOSED)
    factories.VerifiedCredentialFactory(therapist=person)
    return person


def link_path(name: str) -> str:
    url = re.search(rf"https?://\S+?(/\w\w/alerts/{name}/\S+/)", mail.outbox[-1].body)
    return url.group(1)


def confirm_and_stop(page, assert_accessible, words):
    page.goto(link_path("confirm"))
    assert_accessible(page)
    page.get_by_role("button", name=words["confirm"]).click()
    expect(page.get_by_role("heading", name=words["on"])).to_be_visible()
    assert_accessible(page)
    assert OpeningAlert.objects.get().confirmed_at is not None
    page.goto(link_path("stop"))
    assert_accessible(page)
    page.get_by_role("button", name=words["stop"]).click()
    expect(page.get_by_role("heading", name=words["stopped"])).to_be_visible()
    assert_accessible(page)
    assert not OpeningAlert.objects.exists()


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_alert_from_an_empty_search(page, assert_accessible, full_therapist, language, width):
    words = WORDS[language]
    page.set_viewport_size({"width": WIDTHS[width], "height": 800})
    page.goto(f"/{language}/therapists/?free_consultation=on")
    page.get_by_role("link", name=words["alert"]).click()
    expect(page.get_by_role("heading", name=words["alert"])).to_be_visible()
    assert_accessible(page)
    page.get_by_label(words["email"]).fill("client@example.ca")
    page.get_by_role("button", name=words["alert"]).click()
    expect(page.get_by_role("heading", name=words["sent"])).to_be_visible()
    assert_accessible(page)
    assert OpeningAlert.objects.get().query == "free_consultation=on"
    confirm_and_stop(page, assert_accessible, words)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_alert_from_a_full_profile(page, assert_accessible, full_therapist, language):
    words = WORDS[language]
    page.goto(f"/{language}/therapists/{full_therapist.slug}/")
    page.locator("#contact").get_by_role("link", name=words["profile_alert"]).click()
    assert_accessible(page)
    page.get_by_label(words["email"]).fill("client@example.ca")
    page.get_by_role("button", name=words["alert"]).click()
    expect(page.get_by_role("heading", name=words["sent"])).to_be_visible()
    assert OpeningAlert.objects.get().therapist == full_therapist


def test_a_refused_address_is_shown_on_the_form(page, assert_accessible, full_therapist):
    page.goto("/en/alerts/new/?free_consultation=on")
    page.get_by_label("Your email address").fill("not an address")
    page.get_by_role("button", name="Tell me when one opens").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter a valid email address.")
    assert_accessible(page)
    assert not OpeningAlert.objects.exists()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_search_with_a_plan_and_session_times_is_accessible(
    page, assert_accessible, full_therapist, language
):
    insurer = factories.InsurerFactory(slug="blue-heron", name="Blue Heron Life")
    page.goto(f"/{language}/therapists/?plan={insurer.slug}&times=weekends")
    expect(page.locator("#id_plan")).to_have_value("blue-heron")
    expect(page.locator("#times-weekends")).to_be_checked()
    assert_accessible(page)
    page.goto(f"/{language}/therapists/?plan={insurer.slug}")  # no province: a message
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)
