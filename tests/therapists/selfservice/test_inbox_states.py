"""The inbox by state: each request's state in words, a filter per state, and the answer
controls only where an answer is still possible."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from therapists.models import InquiryStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(owner):
    now = timezone.now()
    answers = {
        InquiryStatus.REPLIED: {"replied_at": now, "reply": "Welcome."},
        InquiryStatus.DECLINED: {"declined_at": now},
    }
    return {
        status: factories.InquiryFactory(
            therapist=owner, name=f"Client {status}", status=status, **answers.get(status, {})
        )
        for status in InquiryStatus.values
    }


def names(response) -> set[str]:
    return {inquiry.name for inquiry in response.context["inquiries"]}


def test_the_inbox_shows_every_state_but_archived_with_its_name(owner_client, one_of_each):
    response = owner_client.get(reverse("therapists:inbox"))

    assert names(response) == {"Client new", "Client read", "Client replied", "Client declined"}
    for label in ("New", "Read", "Replied", "Declined"):
        assert f">{label}</span>" in response.text
    assert "In the inbox (4)" in response.text


@pytest.mark.parametrize("status", InquiryStatus.values)
def test_each_state_has_its_filter(owner_client, one_of_each, status):
    response = owner_client.get(reverse("therapists:inbox"), {"status": status})

    assert names(response) == {f"Client {status}"}
    assert 'aria-current="page"' in response.text


def test_an_unknown_state_is_a_400(owner_client, one_of_each):
    response = owner_client.get(reverse("therapists:inbox"), {"status": "spam"})

    assert response.status_code == 400


def test_an_unanswered_request_offers_a_labelled_reply_and_the_other_answers(owner_client, owner):
    inquiry = factories.InquiryFactory(therapist=owner)

    response = owner_client.get(reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk}))

    assert '<label for="id_message">Your reply' in response.text
    assert owner.owner.email in response.text  # where the client's answer will come
    assert "I replied another way" in response.text
    assert ">Decline</button>" in response.text


def test_an_answered_request_shows_the_reply_and_no_answer_controls(owner_client, one_of_each):
    inquiry = one_of_each[InquiryStatus.REPLIED]

    response = owner_client.get(reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk}))

    assert "Welcome." in response.text
    assert "id_message" not in response.text
    assert ">Decline</button>" not in response.text
