"""A profile by what its therapist says of new clients: a request, a waitlist, or a plain note."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from therapists.models import Accepting, Inquiry, InquiryPurpose, Therapist

pytestmark = pytest.mark.django_db

REQUEST = {
    "name": "Alex",
    "email": "alex@example.ca",
    "phone": "",
    "preferred_contact": "email",
    "message": "I would like help with anxiety at work. Evenings suit me.",
    "consent": "on",
    "website": "",
}


def saying(therapist, accepting, **fields):
    Therapist.objects.filter(pk=therapist.pk).update(accepting=accepting, **fields)
    return therapist


def profile(client, therapist) -> str:
    response = client.get(therapist.get_absolute_url())
    assert response.status_code == 200
    return response.text


def send(client, therapist):
    url = reverse("therapists:inquiry_send", kwargs={"slug": therapist.slug})
    return client.post(url, REQUEST)


def test_accepting_offers_the_request_form(client, listed_therapist):
    body = profile(client, saying(listed_therapist, Accepting.ACCEPTING))
    assert "Request a consultation with" in body
    assert "Send the request" in body
    assert "Join the waitlist" not in body


def test_not_accepting_shows_a_plain_note_where_the_form_was(client, listed_therapist):
    body = profile(client, saying(listed_therapist, Accepting.CLOSED))
    assert "Not accepting new clients at the moment." in body
    assert 'class="inquiry-form"' not in body
    assert "Request a consultation" not in body
    assert "?accepting=on" in body


def test_a_waitlist_offers_the_request_form_to_join_it(client, listed_therapist):
    body = profile(client, saying(listed_therapist, Accepting.WAITLIST, waitlist_weeks=6))
    assert "Join the waitlist of" in body
    assert "the wait is about 6 weeks" in body
    assert "Waitlist: about 6 weeks" in body
    assert 'class="inquiry-form"' in body
    assert body.count("Join the waitlist") >= 2  # the link at the top and the form's button


def test_stale_availability_still_says_not_confirmed_and_keeps_the_form(client, listed_therapist):
    saying(
        listed_therapist,
        Accepting.ACCEPTING,
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=31),
    )
    body = profile(client, listed_therapist)
    assert "Availability not confirmed recently" in body
    assert "Send the request" in body


def test_a_request_to_a_waitlist_is_stored_as_one_and_mailed_as_one(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    saying(listed_therapist, Accepting.WAITLIST)

    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, listed_therapist)

    assert response.status_code == 302
    assert Inquiry.objects.get().purpose == InquiryPurpose.WAITLIST
    assert mail.outbox[0].subject == "New waitlist request from Alex"
    sent = client.get(response["Location"]).text
    assert "has received your request to join their waitlist" in sent


def test_a_request_to_an_accepting_therapist_is_a_consultation_request(client, listed_therapist):
    send(client, listed_therapist)
    assert Inquiry.objects.get().purpose == InquiryPurpose.REQUEST


def test_a_request_sent_after_the_therapist_closed_is_refused_and_shown_back(
    client, listed_therapist
):
    saying(listed_therapist, Accepting.CLOSED)

    response = send(client, listed_therapist)

    assert response.status_code == 409
    assert "not accepting new clients at the moment" in response.text
    assert "I would like help with anxiety at work." in response.text
    assert not Inquiry.objects.exists()
