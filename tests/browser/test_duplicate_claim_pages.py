"""A claim on a number verified for another profile, in a real Chromium: the verifier sees the
mark in the queue, the claimant sees the notice on the dashboard, and both pages pass axe."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser


def log_in(page, live_server, user):
    """A session made by Django's test client, handed to the browser."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": django_settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


@pytest.fixture
def duplicate_claim(transactional_db):
    held = factories.VerifiedCredentialFactory(registration_number="55501")
    return factories.CredentialFactory(
        therapist=factories.TherapistFactory(display_name="Second Claimant"),
        regulatory_body=held.regulatory_body,
        registration_number="55501",
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_queue_marks_the_claim_in_words_and_passes_axe(
    page, live_server, verifier, duplicate_claim, assert_accessible, language
):
    factories.CredentialFactory(therapist=factories.TherapistFactory(display_name="Plain Claim"))
    log_in(page, live_server, verifier)

    page.goto(f"/{language}/admin/therapists/credential/queue/")

    flagged = page.locator("#result_list tbody tr").filter(has_text="Second Claimant")
    mark = {"en": "Number already verified for another profile", "fr": "Numéro déjà vérifié"}
    expect(flagged.locator(".flag")).to_contain_text(mark[language])
    plain = page.locator("#result_list tbody tr").filter(has_text="Plain Claim")
    expect(plain.locator(".flag")).to_have_count(0)
    assert_accessible(page)


def test_the_claimant_reads_the_notice_on_the_dashboard_and_it_passes_axe(
    page, live_server, duplicate_claim, assert_accessible
):
    log_in(page, live_server, duplicate_claim.therapist.owner)

    page.goto(reverse("therapists:dashboard"))

    expect(page.locator("#credentials").locator("xpath=..")).to_contain_text(
        "already verified for another profile in the directory"
    )
    assert_accessible(page)
