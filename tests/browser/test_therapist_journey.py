"""A therapist alone in Chromium: from signing up to a profile that waits only on verification."""

import os
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories, uploads

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR")
PASSWORD = "a calm river at dawn"


def shot(page, name):
    """Screenshots for a person to look at, when SCREENSHOT_DIR is set."""
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def file_payload(name, mime, content):
    return {"name": name, "mimeType": mime, "buffer": content}


@pytest.fixture
def reference(transactional_db):
    factories.CityFactory(name="Toronto", slug="toronto", latitude=43.65, longitude=-79.38)
    factories.PostalAreaFactory(code="M5V")
    factories.ApproachFactory(name="Compassion-Focused Therapy", short_name="CFT")
    factories.ConcernFactory(name="Anxiety")
    factories.LanguageFactory(code="fr", name="French")
    factories.CommunityFactory(name="LGBTQ+-affirming")
    factories.InsurerFactory(name="Sun Life")
    return factories.RegulatoryBodyFactory(
        name="College of Registered Psychotherapists of Ontario", acronym="CRPO"
    )


def save_section(page, name):
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"Saved: {name}.")


def test_a_therapist_builds_a_profile_that_waits_for_verification(
    page, assert_accessible, reference
):
    page.goto("/en/account/signup/")
    assert_accessible(page)
    shot(page, "01-signup")
    page.get_by_label("Email address").fill("ana.silva@example.ca")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.get_by_role("status")).to_contain_text("your email address is confirmed")
    page.get_by_label("Email address").fill("ana.silva@example.ca")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Start your profile")
    assert_accessible(page)
    page.get_by_label("Display name").fill("Ana Silva")
    page.get_by_role("button", name="Start my profile").click()
    expect(page.get_by_text("Draft: your profile is not visible")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Identity").click()
    page.get_by_label("Pronouns").fill("she/her")
    page.locator("#id_headline").fill("Gentle help with anxiety and self-criticism")
    page.locator("#id_bio").fill("I work with adults.\n\nSessions in English and French.")
    page.get_by_label("Years in practice").fill("8")
    assert_accessible(page)
    save_section(page, "Identity")

    page.get_by_role("link", name="Practice").click()
    page.get_by_label("Couples sessions").check()
    save_section(page, "Practice")

    page.get_by_role("link", name="Approaches and concerns").click()
    page.get_by_label("Compassion-Focused Therapy (CFT)").check()
    page.get_by_label("Anxiety").check()
    assert_accessible(page)
    save_section(page, "Approaches and concerns")

    page.get_by_role("link", name="Languages and communities").click()
    page.get_by_label("French").check()
    page.get_by_label("LGBTQ+-affirming").check()
    save_section(page, "Languages and communities")

    page.get_by_role("link", name="Fees and billing").click()
    page.get_by_label("Fee for an individual session (CAD)").fill("140")
    page.get_by_label("Sliding-scale floor").fill("90")
    page.get_by_label("Sun Life").check()
    page.get_by_label("Free consultation").check()
    save_section(page, "Fees and billing")

    page.get_by_role("link", name="Online sessions").click()
    page.get_by_label("Online sessions").check()
    save_section(page, "Online sessions")

    page.get_by_role("link", name="Offices", exact=True).click()
    page.get_by_role("link", name="Add an office").click()
    page.get_by_label("Address", exact=True).fill("100 King Street West")
    page.get_by_label("City or town").fill("Toronto")
    page.get_by_label("Province or territory").select_option("ON")
    page.get_by_label("Postal code").fill("M5V 2T6")
    page.get_by_label("Wheelchair accessible").check()
    assert_accessible(page)
    shot(page, "05-office")
    page.get_by_role("button", name="Save the office").click()
    expect(page.get_by_text("Office saved.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Photo", exact=True).click()
    page.get_by_label("Photo").set_input_files(
        file_payload("me.jpg", "image/jpeg", uploads.jpeg_with_gps())
    )
    page.get_by_role("button", name="Upload the photo").click()
    expect(page.get_by_text("Photo saved, without its location data.")).to_be_visible()
    assert_accessible(page)
    shot(page, "06-photo")

    page.get_by_role("link", name="Intro video").first.click()
    page.get_by_label("Video", exact=True).set_input_files(
        file_payload("hello.mp4", "video/mp4", uploads.mp4_bytes())
    )
    page.get_by_label("Captions").set_input_files(
        file_payload("hello.vtt", "text/vtt", uploads.VTT)
    )
    page.get_by_role("button", name="Upload the video").click()
    expect(page.get_by_text("Our team reviews it before it appears")).to_be_visible()
    assert_accessible(page)
    shot(page, "07-video")

    page.get_by_role("link", name="Add a credential").first.click()
    page.get_by_label("Regulatory body").select_option(label=f"{reference.name} (CRPO)")
    page.get_by_label("Designation").fill("RP")
    page.get_by_label("Registration number").fill("009876")
    page.get_by_label("Jurisdiction").select_option("ON")
    page.get_by_label("Expires on").fill(f"{timezone.localdate().year + 1}-12-31")
    page.get_by_label("Evidence").set_input_files(
        file_payload("licence.pdf", "application/pdf", uploads.PDF)
    )
    assert_accessible(page)
    shot(page, "08-credential")
    page.get_by_role("button", name="Submit for verification").click()

    expect(page.get_by_text("Credential added. It is pending verification")).to_be_visible()
    expect(page.locator(".credential-list")).to_contain_text("Pending verification")
    page.get_by_label("I am accepting new clients").check()
    page.get_by_role("button", name="Publish my profile").click()
    expect(page.get_by_text("Published, pending verification")).to_be_visible()
    assert_accessible(page)
    shot(page, "09-dashboard")

    page.get_by_role("link", name="Preview", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ana Silva")
    assert_accessible(page)

    page.goto("/en/therapists/?q=Ana+Silva")
    expect(page.get_by_role("status")).to_contain_text("0 therapists found")
    expect(page.get_by_role("heading", name="Ana Silva")).to_have_count(0)
