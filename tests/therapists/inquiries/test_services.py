"""Consultation requests: stored before anything else, mailed, limited, and deleted on time."""

import datetime
import html
import socket

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError
from django.db.models import QuerySet
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from therapists.inquiries.services import inquiry_notify, notification_email
from therapists.models import Inquiry
from therapists.selfservice.profile import therapist_pause

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Alex",
    "email": "alex@example.ca",
    "phone": "",
    "preferred_contact": "email",
    "message": "I would like help with anxiety at work. Evenings suit me.",
    "consent": "on",
    "website": "",
}


def send(client, therapist, **changes):
    url = reverse("therapists:inquiry_send", kwargs={"slug": therapist.slug})
    return client.post(url, VALID | changes)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: a mail server that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_request_is_stored_mailed_and_confirmed(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = send(client, listed_therapist)

    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert (inquiry.therapist, inquiry.email, inquiry.consent_at is not None) == (
        listed_therapist,
        "alex@example.ca",
        True,
    )
    assert inquiry.notified_at is not None
    assert len(callbacks) == 1
    assert [m.to for m in mail.outbox] == [[listed_therapist.owner.email]]
    assert mail.outbox[0].reply_to == ["alex@example.ca"]
    assert "anxiety at work" in mail.outbox[0].body
    confirmation = client.get(response["Location"])
    assert b"Your request was sent" in confirmation.content
    assert b"What to expect next" in confirmation.content


def test_a_request_is_kept_when_the_mail_server_is_down_and_sent_later(
    client, listed_therapist, settings, django_capture_on_commit_callbacks, caplog
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
        }
    }
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = send(client, listed_therapist)

    assert response.status_code == 302
    assert len(callbacks) == 1  # the notification was attempted, and failed
    assert "Notification of inquiry" in caplog.text
    inquiry = Inquiry.objects.get()
    assert inquiry.notified_at is None

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    call_command("notify_inquiries", "--minutes", "0")
    inquiry.refresh_from_db()
    assert inquiry.notified_at is not None
    assert len(mail.outbox) == 1


def test_a_notification_sent_again_keeps_its_message_id(listed_therapist, settings):
    """A retry after a lost acknowledgement is the same email to the receiving side."""
    settings.SITE_URL = "https://directory.example.ca"
    first, second = factories.InquiryFactory.create_batch(2, therapist=listed_therapist)
    ids = [notification_email(inquiry).message()["Message-ID"] for inquiry in (first, first)]
    other = notification_email(second).message()["Message-ID"]

    made = f"{first.created_at:%Y%m%d%H%M%S%f}"
    assert ids == [f"<inquiry-{first.pk}.{made}@directory.example.ca>"] * 2
    assert other.startswith(f"<inquiry-{second.pk}.") and other != ids[0]


def test_a_notification_sent_but_not_recorded_is_said_so_and_tried_again(
    listed_therapist, monkeypatch, caplog
):
    """The database went between the send and its record: the worker hands the task back."""
    inquiry = factories.InquiryFactory(therapist=listed_therapist)

    def database_gone(*args, **kwargs):
        raise OperationalError("the database is gone")

    monkeypatch.setattr(QuerySet, "update", database_gone)
    with pytest.raises(OperationalError):
        inquiry_notify.call(inquiry.pk)

    assert len(mail.outbox) == 1
    assert f"Notification of inquiry {inquiry.pk} sent but not recorded" in caplog.text


def test_an_invalid_request_stores_nothing_and_keeps_what_was_typed(client, listed_therapist):
    response = send(client, listed_therapist, email="not-an-address", consent="")

    assert response.status_code == 400
    assert not Inquiry.objects.exists()
    body = response.content.decode()
    assert "Your request was not sent" in body
    assert "Enter a valid email address." in body
    assert "Please tick the box to agree before sending." in body
    assert "anxiety at work" in body  # the message is kept


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"message": "x" * 2001}, "at most 2000 characters"),
        ({"message": ""}, "This field is required."),
        ({"name": ""}, "This field is required."),
        ({"preferred_contact": "phone"}, "Add a phone number"),
        ({"phone": "call me maybe"}, "Enter a phone number"),
        ({"preferred_contact": "fax"}, "Select a valid choice."),
    ],
)
def test_each_field_is_checked(client, listed_therapist, changes, error):
    response = send(client, listed_therapist, **changes)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Inquiry.objects.exists()


def test_a_bad_phone_chosen_for_the_reply_gets_one_error_not_two(client, listed_therapist):
    response = send(client, listed_therapist, preferred_contact="phone", phone="12ab")

    assert response.context["form"].errors["phone"] == ["Enter a phone number, e.g. 416-555-0123."]


def test_the_honeypot_drops_the_request_silently(client, listed_therapist):
    response = send(client, listed_therapist, website="http://spam.example")
    assert response.status_code == 302
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


def test_too_many_requests_from_one_address_get_a_429(client, settings):
    settings.INQUIRY_RATE_PER_ADDRESS = "2/h"
    first, second, third = (factories.VerifiedCredentialFactory().therapist for _ in range(3))
    assert send(client, first).status_code == 302
    assert send(client, second).status_code == 302
    response = send(client, third)
    assert response.status_code == 429
    assert b"Too many requests for now" in response.content
    assert Inquiry.objects.count() == 2


def test_too_many_requests_to_one_therapist_get_a_429(listed_therapist, settings):
    settings.INQUIRY_RATE_PER_THERAPIST = "2/d"
    for address in ("10.0.0.1", "10.0.0.2"):
        assert send(Client(REMOTE_ADDR=address), listed_therapist).status_code == 302
    assert send(Client(REMOTE_ADDR="10.0.0.3"), listed_therapist).status_code == 429
    assert Inquiry.objects.count() == 2


def test_a_request_without_its_csrf_token_is_refused(listed_therapist):
    response = send(Client(enforce_csrf_checks=True), listed_therapist)
    assert response.status_code == 403
    assert not Inquiry.objects.exists()


def test_an_unlisted_therapist_cannot_be_contacted(client):
    unlisted = factories.TherapistFactory(is_published=False)
    assert send(client, unlisted).status_code == 404
    assert not Inquiry.objects.exists()


def test_the_contact_address_read_again_leads_to_the_request_form(client, listed_therapist):
    """After a refused request the browser shows this address: its language link, or a
    reload as a GET, must reach the form, in that language, not an error."""
    for language in ("en", "fr"):
        with translation.override(language):
            url = reverse("therapists:inquiry_send", kwargs={"slug": listed_therapist.slug})
            profile = listed_therapist.get_absolute_url()
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, profile + "#contact")
    assert client.put(url).status_code == 405


def test_purge_deletes_exactly_the_inquiries_past_the_retention_period(listed_therapist):
    with time_machine.travel(datetime.datetime(2026, 1, 1, 12, tzinfo=datetime.UTC), tick=False):
        old = factories.InquiryFactory(therapist=listed_therapist, created_at=timezone.now())
        edge = factories.InquiryFactory(
            therapist=listed_therapist, created_at=timezone.now() + datetime.timedelta(days=1)
        )
    with time_machine.travel(datetime.datetime(2026, 6, 30, 13, tzinfo=datetime.UTC), tick=False):
        recent = factories.InquiryFactory(therapist=listed_therapist, created_at=timezone.now())
        call_command("purge_inquiries")  # 180 days: 2026-01-01 12:00 is past, 01-02 is not

    assert set(Inquiry.objects.values_list("pk", flat=True)) == {edge.pk, recent.pk}
    assert not Inquiry.objects.filter(pk=old.pk).exists()


def test_purge_refuses_a_period_of_zero_days():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("purge_inquiries", "--days", "0")


def test_the_request_form_speaks_the_visitors_language(client, listed_therapist):
    body = html.unescape(client.get(f"/fr/therapists/{listed_therapist.slug}/").content.decode())
    assert "Vous n'avez pas à indiquer de diagnostic." in body
    assert "J'accepte l'avis ci-dessus" in body
    assert "You do not need to share a diagnosis" not in body


def test_a_request_to_a_profile_paused_meanwhile_is_not_lost_on_the_client(
    client, listed_therapist
):
    therapist_pause(therapist=listed_therapist)

    response = send(client, listed_therapist, message="I would like help with <grief>.")

    assert response.status_code == 404
    assert "Your request was not sent" in response.text
    assert "I would like help with &lt;grief&gt;." in response.text  # shown back, escaped
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("name", ["Eve\nBcc: x@example.com", "Mallory\r\nX-Injected: 1", "A\tB"])
def test_a_name_with_a_line_break_is_refused_and_nothing_is_stored(client, listed_therapist, name):
    response = send(client, listed_therapist, name=name)

    assert response.status_code == 400
    assert "Write this on one line, without line breaks or tabs." in response.text
    assert not Inquiry.objects.exists()


def test_the_subject_carries_the_name_as_written(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, listed_therapist, name="Sam & Alex O'Neil <Co>")

    [message] = mail.outbox
    assert message.subject == "New consultation request from Sam & Alex O'Neil <Co>"


def test_a_name_saved_with_a_line_break_before_the_rule_is_still_notified(listed_therapist):
    inquiry = factories.InquiryFactory(therapist=listed_therapist, name="Eve\nBcc: x@example.com")

    assert inquiry_notify.call(inquiry.pk) is True

    [message] = mail.outbox
    assert message.subject == "New consultation request from Eve Bcc: x@example.com"
    assert message.bcc == []
    inquiry.refresh_from_db()
    assert inquiry.notified_at is not None
