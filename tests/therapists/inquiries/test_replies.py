"""Answering a request from the inbox: a reply sent by the site, a reply made another way, a
decline with a kind note; each recorded once, committed before its email, only by its owner."""

import pytest
from django.core import mail
from django.urls import reverse

from tests import factories
from therapists.inquiries.replies import inquiry_decline, inquiry_mark_replied, inquiry_reply
from therapists.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db


def url(name, inquiry):
    return reverse(f"therapists:{name}", kwargs={"pk": inquiry.pk})


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what the code queues on commit (the emails), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def post(owner_client, committed):
    """The owner presses a button of one request, and the transaction commits."""

    def press(name, inquiry, data=None):
        with committed():
            return owner_client.post(url(name, inquiry), data or {})

    return press


def test_a_reply_goes_to_the_client_from_the_site_with_reply_to_the_therapist(post, owner):
    inquiry = factories.InquiryFactory(therapist=owner, email="sam@example.ca", name="Sam")

    response = post("inquiry_reply", inquiry, {"message": "  Happy to help.  "})

    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.REPLIED
    assert inquiry.replied_at and inquiry.answer_sent_at
    assert inquiry.reply == "Happy to help."
    [email] = mail.outbox
    assert email.to == ["sam@example.ca"]
    assert email.reply_to == [owner.owner.email]
    assert "noreply@" in email.from_email
    assert "Happy to help." in email.body
    assert owner.display_name in email.subject


def test_the_client_is_written_to_in_the_language_of_the_request(owner, committed):
    inquiry = factories.InquiryFactory(therapist=owner, language="fr", name="Léa")

    with committed():
        inquiry_reply(inquiry=inquiry, message="Avec plaisir.")

    assert mail.outbox[0].body.startswith("Bonjour Léa")


def test_the_request_keeps_the_language_it_was_written_in(client, listed_therapist):
    client.post(
        reverse("therapists:inquiry_send", kwargs={"slug": listed_therapist.slug}).replace(
            "/en/", "/fr/", 1
        ),
        {
            "name": "Léa",
            "email": "lea@example.ca",
            "preferred_contact": "email",
            "message": "Bonjour",
            "consent": "on",
        },
    )

    assert Inquiry.objects.get().language == "fr"


def test_an_empty_reply_is_a_400_that_sends_and_saves_nothing(post, owner):
    inquiry = factories.InquiryFactory(therapist=owner)

    response = post("inquiry_reply", inquiry, {"message": "   "})

    assert response.status_code == 400
    assert "Write your reply before sending it." in response.text
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.replied_at, inquiry.reply) == (InquiryStatus.NEW, None, "")
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["inquiry_reply", "inquiry_mark_replied", "inquiry_decline"])
def test_someone_elses_request_is_a_404(post, stranger, action):
    inquiry = factories.InquiryFactory(therapist=stranger)

    response = post(action, inquiry, {"message": "Hello"})

    assert response.status_code == 404
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW
    assert mail.outbox == []


@pytest.mark.parametrize(
    "action", ["inquiry_reply", "inquiry_mark_replied", "inquiry_decline", "inquiry_status"]
)
def test_a_get_changes_nothing(owner_client, owner, action):
    inquiry = factories.InquiryFactory(therapist=owner)

    assert owner_client.get(url(action, inquiry)).status_code == 405
    assert owner_client.get(url("inquiry_detail", inquiry)).status_code == 200
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW
    assert mail.outbox == []


def test_replied_another_way_is_recorded_and_sends_nothing(post, owner):
    inquiry = factories.InquiryFactory(therapist=owner)

    post("inquiry_mark_replied", inquiry)

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.REPLIED
    assert inquiry.replied_at and not inquiry.reply
    assert mail.outbox == []


def test_declining_sends_a_kind_note_with_similar_therapists(post, owner):
    inquiry = factories.InquiryFactory(therapist=owner, email="sam@example.ca")

    post("inquiry_decline", inquiry)

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.DECLINED
    assert inquiry.declined_at and inquiry.answer_sent_at
    [email] = mail.outbox
    assert email.to == ["sam@example.ca"]
    assert "not able to take you on" in email.body
    assert "/en/therapists/?accepting=on" in email.body


@pytest.mark.parametrize("answer", [inquiry_mark_replied, inquiry_decline])
def test_an_answered_request_cannot_be_answered_again(post, owner, answer):
    inquiry = answer(inquiry=factories.InquiryFactory(therapist=owner))
    before = Inquiry.objects.values().get(pk=inquiry.pk)

    replied = post("inquiry_reply", inquiry, {"message": "Hello"})
    declined = post("inquiry_decline", inquiry)

    assert replied.status_code == declined.status_code == 409
    assert "already answered" in declined.text
    assert Inquiry.objects.values().get(pk=inquiry.pk) == before


def test_the_answer_is_kept_when_its_email_fails_and_is_sent_by_the_periodic_job(
    post, owner, monkeypatch
):
    from django.core.mail import EmailMessage
    from django.core.management import call_command

    inquiry = factories.InquiryFactory(therapist=owner)
    monkeypatch.setattr(EmailMessage, "send", lambda self: (_ for _ in ()).throw(OSError))

    response = post("inquiry_reply", inquiry, {"message": "Hello"})

    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.REPLIED and inquiry.answer_sent_at is None
    monkeypatch.undo()
    Inquiry.objects.filter(pk=inquiry.pk).update(replied_at=inquiry.replied_at.replace(year=2025))
    call_command("remind_inquiries", stdout=None)
    inquiry.refresh_from_db()
    assert inquiry.answer_sent_at
    assert len(mail.outbox) == 1


def test_the_status_buttons_cannot_set_an_answer(post, owner):
    inquiry = factories.InquiryFactory(therapist=owner)

    response = post("inquiry_status", inquiry, {"status": "replied"})

    assert response.status_code == 400
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW


def test_an_answered_request_moved_back_from_the_archive_shows_its_answer(post, owner):
    inquiry = inquiry_decline(inquiry=factories.InquiryFactory(therapist=owner))

    post("inquiry_status", inquiry, {"status": "archived"})
    post("inquiry_status", inquiry, {"status": "read"})

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.DECLINED


def test_an_answered_request_cannot_be_marked_unread(post, owner):
    inquiry = inquiry_mark_replied(inquiry=factories.InquiryFactory(therapist=owner))

    response = post("inquiry_status", inquiry, {"status": "new"})

    assert response.status_code == 409
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.REPLIED
