"""A client in a real Chromium: from an approach page to a filtered search, to a profile, to a
sent consultation request; and the public pages pass axe-core."""

import re

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from directory.models import Province
from tests import factories
from therapists.models import Inquiry, ModerationStatus

pytestmark = pytest.mark.browser


@pytest.fixture
def compassionate_therapist(db):
    approach = factories.ApproachFactory(slug="compassion-based", name="Compassion-based approach")
    toronto = factories.CityFactory(name="Toronto", slug="toronto", province="ON")
    therapist = factories.TherapistFactory(
        display_name="Maya Lindqvist", pronouns="she/her", fee=140, fee_floor=80
    )
    factories.VerifiedCredentialFactory(therapist=therapist)
    factories.OfficeFactory(therapist=therapist, city=toronto, wheelchair_accessible=True)
    therapist.approaches.add(approach)
    therapist.languages.add(factories.LanguageFactory(code="fr", name="French"))
    factories.search_rows_sync(therapist)
    video = factories.IntroVideoFactory(therapist=therapist, status=ModerationStatus.APPROVED)
    video.captions.save("intro.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n"))
    return therapist


def test_from_an_approach_page_to_a_sent_request(page, assert_accessible, compassionate_therapist):
    page.goto("/en/approaches/compassion-based/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Compassion-based approach")
    expect(page.get_by_role("row", name="Ontario 1 therapist")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Where you live").select_option("ON")
    page.get_by_role("button", name="Show therapists in my province").click()
    expect(page).to_have_url(re.compile(r"approach=compassion-based&serving=ON"))
    expect(page.get_by_role("status")).to_have_text("1 therapist found")

    page.get_by_role("link", name="Maya Lindqvist", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Maya Lindqvist")
    expect(page.get_by_text("Verified on")).to_be_visible()
    expect(page.locator("video track[kind=captions]")).to_have_count(1)
    assert_accessible(page)

    page.get_by_role("link", name="Request a consultation").click()
    page.get_by_label("Your name").fill("Sam")
    page.get_by_label("Your email address").fill("sam@example.ca")
    page.get_by_role("textbox", name="Message").fill("I would like to work on self-criticism.")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("alert")).to_contain_text("Please tick the box")
    assert_accessible(page)
    expect(page.get_by_role("textbox", name="Message")).to_have_value(
        "I would like to work on self-criticism."
    )

    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your request was sent")
    assert_accessible(page)
    assert Inquiry.objects.get().email == "sam@example.ca"
    assert mail.outbox[0].to == [compassionate_therapist.owner.email]


def test_place_and_index_pages_are_accessible(page, assert_accessible, compassionate_therapist):
    for path in (
        "/en/approaches/",
        "/en/therapists/in/ontario/",
        "/en/therapists/in/ontario/toronto/",
        "/en/therapists/in/ontario/toronto/compassion-based/",
        "/fr/therapists/in/ontario/toronto/",
    ):
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)
    page.goto("/en/therapists/in/ontario/toronto/")
    expect(page.get_by_role("link", name="Maya Lindqvist", exact=True)).to_be_visible()


@pytest.mark.parametrize("width", [320, 375])
def test_pages_reflow_on_a_phone_without_sideways_scrolling(
    chromium, live_server, compassionate_therapist, width
):
    """WCAG 1.4.10: at 320 CSS pixels nothing is wider than the screen, in either language."""
    for code in Province.values:  # the approach page's table: every province, long names
        online = factories.TherapistFactory(offers_online=True)
        factories.VerifiedCredentialFactory(therapist=online, jurisdiction=code)
        online.approaches.add(*compassionate_therapist.approaches.all())
        factories.search_rows_sync(online)
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    tab = context.new_page()
    profile = compassionate_therapist.get_absolute_url()
    for path in (
        "/fr/therapists/",
        "/en/therapists/?place=Toronto",
        "/fr/therapists/in/ontario/",
        "/fr/approaches/compassion-based/",
        profile,
        profile.replace("/en/", "/fr/", 1),
    ):
        tab.goto(path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, path
    context.close()
