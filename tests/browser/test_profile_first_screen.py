"""A profile's first screen in Chromium: on a phone and on a desktop, in English and French, the
photo, the intro video and the request button show before any scrolling, the header stays
compact, and the demo's intro video plays with its captions and opens its transcript."""

import mimetypes
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from tests import factories
from therapists.demo.media import CAPTIONS, clips_make, photos_give, portraits_make, videos_give

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 900}
DESKTOP = {"width": 1280, "height": 800}
REQUEST = {"en": "Request a consultation", "fr": "Demander une consultation"}
TRANSCRIPT = {
    "en": "Read the transcript (captions file)",
    "fr": "Lire la transcription (fichier de sous-titres)",
}
MAIN_LINK = {"en": "Find a therapist", "fr": "Trouver un thérapeute"}


@pytest.fixture
def therapist(transactional_db):
    """A listed French-speaking profile with the demo's portrait and its approved French video."""
    therapist = factories.TherapistFactory(
        display_name="Maya Lindqvist",
        pronouns="she/her",
        fee=140,
        fee_floor=80,
        bio="\n\n".join(["I help adults with anxiety, grief and self-criticism."] * 12),
    )
    factories.VerifiedCredentialFactory(therapist=therapist)
    therapist.languages.add(factories.LanguageFactory(code="fr", name="French"))
    photos_give([therapist], portraits_make())
    videos_give([therapist], clips_make(), factories.UserFactory(is_staff=True))
    factories.search_rows_sync(therapist)
    return therapist


@pytest.fixture
def media_page(page):
    """The tab, with the uploaded files (kept in memory by the tests' storage) served to it."""

    def serve(route):
        name = urlparse(route.request.url).path.removeprefix(settings.MEDIA_URL)
        with default_storage.open(name) as file:
            body = file.read()
        route.fulfill(status=200, body=body, content_type=mimetypes.guess_type(name)[0])

    page.route(f"**{settings.MEDIA_URL}**", serve)
    return page


def in_first_viewport(locator, viewport) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_photo_video_and_request_button_are_on_the_first_screen(
    media_page, assert_accessible, therapist, language, viewport
):
    media_page.set_viewport_size(viewport)
    media_page.goto(f"/{language}/therapists/{therapist.slug}/")

    expect(media_page.get_by_role("heading", level=1)).to_contain_text("Maya Lindqvist")
    for element in (
        media_page.get_by_role("link", name=REQUEST[language]),
        media_page.locator("video"),
        media_page.locator(".profile__photo"),
    ):
        expect(element).to_be_visible()
        assert in_first_viewport(element, viewport), element
    assert media_page.locator(".site-header").bounding_box()["height"] < 100
    assert_accessible(media_page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_on_a_phone_the_header_links_fold_into_a_menu_that_works_without_script(
    chromium, live_server, therapist, language
):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(f"/{language}/therapists/{therapist.slug}/")
    link = page.get_by_role("link", name=MAIN_LINK[language])
    expect(link).to_be_hidden()
    page.locator(".site-menu__button").click()
    expect(link).to_be_visible()

    page.set_viewport_size(DESKTOP)
    page.reload()
    expect(page.locator(".site-menu__button")).to_be_hidden()
    expect(page.get_by_role("link", name=MAIN_LINK[language])).to_be_visible()
    context.close()


def test_the_demo_video_plays_with_its_captions_and_opens_its_transcript(
    media_page, assert_accessible, therapist
):
    media_page.goto(f"/fr/therapists/{therapist.slug}/")
    video = media_page.locator("video")
    expect(video.locator("track[kind=captions]")).to_have_attribute("srclang", "fr")
    video.evaluate("video => { video.muted = true; return video.play(); }")
    media_page.wait_for_function(
        "() => document.querySelector('video').textTracks[0].activeCues?.length > 0"
    )
    cue = video.evaluate("video => video.textTracks[0].activeCues[0].text")
    assert cue == CAPTIONS["fr"][0]
    assert video.evaluate("video => video.error") is None

    media_page.get_by_role("link", name=TRANSCRIPT["fr"]).click()
    expect(media_page.locator("body")).to_contain_text(CAPTIONS["fr"][1])
