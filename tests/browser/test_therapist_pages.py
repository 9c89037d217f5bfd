"""The therapist's other pages in Chromium: each passes axe, errors included."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories, uploads
from tests.browser.test_therapist_journey import shot

pytestmark = pytest.mark.browser


FACTORY_PASSWORD = "a-long-test-password"


def log_in(page, email, password=FACTORY_PASSWORD):
    page.goto("/en/account/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


@pytest.fixture
def therapist(transactional_db):
    therapist = factories.TherapistFactory(display_name="Ana Silva", is_published=False)
    factories.InquiryFactory(therapist=therapist, name="Sam Client")
    factories.CredentialFactory(therapist=therapist, designation="RP")
    factories.ApproachFactory()
    factories.LanguageFactory()
    factories.InsurerFactory()
    return therapist


def test_signed_out_pages_and_their_errors_are_accessible(
    page, assert_accessible, transactional_db
):
    page.goto("/en/account/login/")
    assert_accessible(page)
    page.get_by_label("Email address").fill("nobody@example.ca")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match an account")
    assert_accessible(page)

    page.goto("/en/account/signup/")
    page.get_by_label("Email address").fill("someone@example.ca")
    page.get_by_label("Password", exact=True).fill("short")
    page.get_by_label("Password again").fill("short")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_text("at least 12 characters", exact=False).first).to_be_visible()
    assert_accessible(page)

    page.goto("/en/account/password/reset/")
    assert_accessible(page)
    page.get_by_label("Email").fill("nobody@example.ca")
    page.get_by_role("button", name="Send me the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_accessible(page)

    page.goto("/en/account/confirm/not-a-token/")
    expect(page.get_by_text("This confirmation link is not valid.")).to_be_visible()
    assert_accessible(page)


def test_the_lockout_page_is_clear_and_accessible(page, assert_accessible, transactional_db):
    for _ in range(6):
        log_in(page, "ana@example.ca", "wrong password")

    expect(page.get_by_role("heading", level=1)).to_have_text("Too many login attempts")
    expect(page.get_by_role("alert")).to_contain_text("15 minutes")
    assert_accessible(page)
    shot(page, "10-lockout")


def test_every_editor_and_inbox_page_is_accessible(page, assert_accessible, therapist):
    log_in(page, therapist.owner.email)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Ana Silva")

    for section in ("practice", "languages", "fees", "online"):
        page.goto(f"/en/account/profile/{section}/")
        assert_accessible(page)
    page.get_by_role("link", name="Fees and billing").click()
    page.get_by_label("Fee for an individual session (CAD)").fill("100")
    page.get_by_label("Sliding-scale floor").fill("150")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("cannot be above your fee")).to_be_visible()
    assert_accessible(page)
    shot(page, "11-fees-error")

    page.get_by_role("link", name="Photo", exact=True).click()
    page.get_by_label("Photo").set_input_files(
        {
            "name": "me.png",
            "mimeType": "image/png",
            "buffer": uploads.hostile_images()["png with php tail"][1],
        }
    )
    page.get_by_role("button", name="Upload the photo").click()
    expect(page.get_by_text("hidden code or markup")).to_be_visible()
    assert_accessible(page)
    shot(page, "12-photo-refused")

    page.get_by_role("link", name="Intro video").first.click()
    page.get_by_label("Video", exact=True).set_input_files(
        {"name": "v.mp4", "mimeType": "video/mp4", "buffer": uploads.mp4_bytes()}
    )
    page.get_by_role("button", name="Upload the video").click()
    expect(page.get_by_role("heading", name="Add captions")).to_be_visible()
    assert_accessible(page)

    page.goto("/en/account/")
    page.get_by_role("link", name=re.compile(r"^Edit RP \(")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit a credential")
    assert_accessible(page)

    page.get_by_role("link", name="Inquiries").click()
    expect(page.get_by_role("link", name="New Sam Client")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="New Sam Client").click()
    expect(
        page.get_by_role("link", name="Or write to Sam Client from your own email program")
    ).to_have_attribute(
        "href", f"mailto:{therapist.inquiries.get().email}?subject=Your%20consultation%20request"
    )
    assert_accessible(page)
    shot(page, "13-inquiry")
    page.get_by_role("button", name="Archive").click()
    expect(page.get_by_text("Archived.")).to_be_visible()

    page.goto("/en/account/password/")
    assert_accessible(page)
    page.goto("/en/account/delete/")
    assert_accessible(page)
    page.goto("/en/account/offices/")
    assert_accessible(page)
