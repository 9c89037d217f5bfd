"""A client on a phone in Halifax books a Vancouver therapist's free consultation, moves it with
the emailed link, and is told when the therapist cancels it; in English, then in French.

Selectors are names and ids, not words, so the French run reads the same page in its language.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client
from django.utils import translation
from playwright.sync_api import expect

from tests.bookings import booking_for, offering_therapist
from therapists.inquiries.booking_links import booking_token
from therapists.inquiries.slots import offer_free_starts
from therapists.models import Booking, BookingStatus, ConsultationZone

pytestmark = pytest.mark.browser

HALIFAX = ZoneInfo("America/Halifax")
VANCOUVER = ZoneInfo("America/Vancouver")
PHONE = {"width": 375, "height": 812}


def zone_names(language: str) -> tuple[str, str]:
    """The Atlantic and Pacific zones' names as the emails write them in that language."""
    with translation.override(language):
        return str(ConsultationZone.ATLANTIC.label), str(ConsultationZone.PACIFIC.label)


def emails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def calendar_start(message) -> datetime.datetime:
    ((_name, content, _mimetype),) = message.attachments
    return icalendar.Calendar.from_ical(content).events[0].start


def log_in(page, live_server, user):
    """The therapist's session, made by Django's test client and handed to the browser."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": django_settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_client_in_halifax_books_moves_and_is_told_of_a_cancellation(
    page, live_server, assert_accessible, transactional_db, settings, language
):
    settings.SITE_URL = live_server.url
    therapist = offering_therapist(zone="America/Vancouver", notice_hours=2)
    therapist.owner.language = language  # the therapist reads their emails in it too
    therapist.owner.save()
    first = offer_free_starts(therapist.consultation_offer)[0]
    page.set_viewport_size(PHONE)

    page.goto(f"/{language}/therapists/{therapist.slug}/")
    expect(page.locator("#consultation")).to_be_visible()
    assert_accessible(page)
    page.locator("#zone-profile").select_option("America/Halifax")
    page.locator("#consultation .zone-form button").click()
    expect(page).to_have_url(re.compile(r"/consultation/\?zone=America%2FHalifax"))
    assert_accessible(page)

    halifax_first = first.astimezone(HALIFAX)
    page.locator(".times a").first.click()
    expect(page.locator("h1")).to_be_visible()
    assert halifax_first.strftime("%H:%M") in page.locator(".lead").inner_text()
    assert_accessible(page)
    page.locator("input[name=name]").fill("Alex")
    page.locator("input[name=email]").fill("alex@example.ca")
    page.locator("input[name=way][value=video]").check()
    page.locator("input[name=consent]").check()
    page.locator("form[method=post] button[type=submit]").click()

    expect(page.locator("input[name=action][value=move]")).to_have_count(1)
    assert_accessible(page)
    booking = Booking.objects.get()
    assert (booking.starts_at, booking.client_time_zone) == (first, "America/Halifax")
    atlantic, pacific = zone_names(language)
    (to_client,) = emails_to("alex@example.ca")
    (to_therapist,) = emails_to(therapist.owner.email)
    assert calendar_start(to_client) == first == calendar_start(to_therapist)
    assert f"{halifax_first:%H:%M}, {atlantic}" in to_client.body
    assert f"{first.astimezone(VANCOUVER):%H:%M}, {pacific}" in to_therapist.body

    link = re.search(r"https?://\S+/bookings/\S+/", to_client.body).group(0)
    page.goto(link)
    choice = page.locator("input[name=start]").nth(3)
    later = datetime.datetime.fromisoformat(choice.get_attribute("value"))
    choice.check()
    page.locator("input[name=action][value=move] ~ button[type=submit]").click()
    expect(page.locator("input[name=start]").first).to_be_attached()
    booking.refresh_from_db()
    assert booking.starts_at == later
    moved = emails_to("alex@example.ca")[-1]
    assert calendar_start(moved) == later
    assert f"{later.astimezone(HALIFAX):%H:%M}, {atlantic}" in moved.body

    log_in(page, live_server, therapist.owner)
    page.goto(f"/{language}/account/")
    assert_accessible(page)
    page.locator(f"#reason-{booking.pk}").locator("xpath=ancestor::details/summary").click()
    page.locator(f"#reason-{booking.pk}").fill("I am unwell that day; please book another time.")
    page.locator(f"#reason-{booking.pk}").locator("xpath=ancestor::form//button").click()
    expect(page.get_by_role("status")).to_be_visible()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    told = emails_to("alex@example.ca")[-1]
    assert "I am unwell that day" in told.body
    assert f"{later.astimezone(HALIFAX):%H:%M}, {atlantic}" in told.body
    assert str(icalendar.Calendar.from_ical(told.attachments[0][1]).events[0]["status"]) == (
        "CANCELLED"
    )
    for name in ("consultations", "bookings"):
        page.goto(f"/{language}/account/{name}/")
        assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_refusals_and_a_clients_cancellation_are_accessible(
    page, live_server, assert_accessible, transactional_db, language
):
    therapist = offering_therapist(zone="America/Toronto")
    start = offer_free_starts(therapist.consultation_offer)[0]
    booking = booking_for(therapist, start, language=language)
    page.set_viewport_size(PHONE)

    response = page.goto(f"/{language}/therapists/{therapist.slug}/consultation/?zone=Mars/Base")
    assert response.status == 400
    assert_accessible(page)
    token = booking_token(booking)
    response = page.goto(f"/{language}/bookings/{token[:-4]}abcd/")
    assert response.status == 404
    assert_accessible(page)

    page.goto(f"/{language}/bookings/{token}/")
    page.locator("textarea[name=reason]").fill("I found a time elsewhere.")
    page.locator("input[name=action][value=cancel] ~ button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
