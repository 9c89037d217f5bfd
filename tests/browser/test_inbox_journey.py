"""A therapist answers requests in Chromium: the inbox with a request in each state, the filters,
a new request opened (still new) and marked read with its button, an empty reply refused, a reply
sent, a decline; axe-core finds nothing, in English and French."""

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories
from therapists.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.browser


def log_in(page, live_server, user):
    """The therapist's session, made by Django's test client and handed to the browser."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": django_settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


@pytest.fixture
def inbox(transactional_db):
    """A therapist with one request in each state."""
    therapist = factories.TherapistFactory(display_name="Ana Silva")
    now = timezone.now()
    answers = {
        InquiryStatus.REPLIED: {"replied_at": now, "reply": "Happy to talk on Tuesday."},
        InquiryStatus.DECLINED: {"declined_at": now},
    }
    for status in InquiryStatus.values:
        factories.InquiryFactory(
            therapist=therapist,
            name=f"Client {status}",
            status=status,
            message=f"A request that is {status}.",
            **answers.get(status, {}),
        )
    return therapist


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_therapist_reads_filters_replies_and_declines(
    page, live_server, assert_accessible, inbox, language
):
    log_in(page, live_server, inbox.owner)
    page.goto(f"/{language}/account/inbox/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    for status in InquiryStatus.values:
        page.goto(f"/{language}/account/inbox/?status={status}")
        expect(page.get_by_role("link", name=f"Client {status}")).to_be_visible()
        assert_accessible(page)

    replied = Inquiry.objects.get(status=InquiryStatus.REPLIED)
    page.goto(f"/{language}/account/inbox/{replied.pk}/")
    expect(page.get_by_text("Happy to talk on Tuesday.")).to_be_visible()
    assert_accessible(page)

    new = Inquiry.objects.get(status=InquiryStatus.NEW)
    page.goto(f"/{language}/account/inbox/{new.pk}/")
    page.reload()  # opening it, even twice, leaves it new: reading is marked by a button
    expect(page.locator(".badge--new")).to_be_visible()
    assert Inquiry.objects.get(pk=new.pk).status == InquiryStatus.NEW
    assert_accessible(page)
    page.locator("form[action$='/status/'] button[value=read]").click()
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.locator(".badge--read")).to_be_visible()
    assert Inquiry.objects.get(pk=new.pk).status == InquiryStatus.READ
    page.locator("#id_message").fill("   ")
    page.locator("form[action$='/reply/'] button[type=submit]").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_message").fill("Thank you for writing. I have time on Thursday.")
    page.locator("form[action$='/reply/'] button[type=submit]").click()
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.locator(".badge--replied")).to_be_visible()
    assert_accessible(page)
    assert mail.outbox[-1].reply_to == [inbox.owner.email]

    read = Inquiry.objects.get(status=InquiryStatus.READ)
    page.goto(f"/{language}/account/inbox/{read.pk}/")
    page.locator("form[action$='/decline/'] button").click()
    expect(page.locator(".badge--declined")).to_be_visible()
    assert_accessible(page)
    assert Inquiry.objects.get(pk=read.pk).declined_at
