"""The therapist's word on new clients: asked when publishing, confirmed or changed on the
dashboard, whose reminder speaks in the right tense once it has gone stale."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests import factories
from therapists.models import Accepting, InquiryPurpose, Therapist
from therapists.selfservice.profile import therapist_availability_confirm

pytestmark = pytest.mark.django_db

DASHBOARD = "therapists:dashboard"
CONFIRM = "therapists:availability_confirm"


@pytest.fixture
def published(owner):
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)
    owner.refresh_from_db()
    return owner


def complete(therapist):
    therapist.bio, therapist.fee, therapist.offers_online = "I work with adults.", 120, True
    therapist.photo = "photos/x.jpg"
    therapist.save()
    therapist.approaches.add(factories.ApproachFactory())
    factories.CredentialFactory(therapist=therapist)


def dashboard(client) -> str:
    return client.get(reverse(DASHBOARD)).text


def test_publishing_asks_whether_the_therapist_takes_new_clients(owner_client, owner):
    complete(owner)

    response = owner_client.post(reverse("therapists:publish"), {"action": "publish"})

    assert response.status_code == 400
    assert "Before publishing: Say whether you are taking new clients." in response.text
    owner.refresh_from_db()
    assert not owner.is_published
    assert owner.availability_confirmed_at is None


def test_a_first_publication_chooses_nothing_for_the_therapist(owner_client, owner):
    body = dashboard(owner_client)
    assert 'name="accepting" value="accepting"' in body
    assert "checked" not in body.split('name="accepting"', 1)[1].split("</fieldset>", 1)[0]


def test_a_new_listing_is_confirmed_on_the_day_it_is_published(owner_client, owner):
    complete(owner)

    owner_client.post(
        reverse("therapists:publish"),
        {"action": "publish", "accepting": "waitlist", "waitlist_weeks": "6"},
    )

    owner.refresh_from_db()
    assert owner.is_published
    assert (owner.accepting, owner.waitlist_weeks) == (Accepting.WAITLIST, 6)
    assert timezone.now() - owner.availability_confirmed_at < datetime.timedelta(minutes=1)


def test_a_wait_out_of_range_refuses_publishing_and_changes_nothing(owner_client, owner):
    complete(owner)

    response = owner_client.post(
        reverse("therapists:publish"),
        {"action": "publish", "accepting": "waitlist", "waitlist_weeks": "60"},
    )

    assert response.status_code == 400
    assert "Ensure this value is less than or equal to 52." in response.text
    owner.refresh_from_db()
    assert not owner.is_published
    assert owner.accepting == Accepting.ACCEPTING


def test_the_dashboard_offers_the_three_states_and_the_wait(owner_client, published):
    body = dashboard(owner_client)
    for label in (
        "I am accepting new clients",
        "I keep a waitlist for new clients",
        "I am not accepting new clients",
        "Expected wait, in weeks",
    ):
        assert label in body


def test_a_waitlist_is_saved_with_its_wait_and_confirmed_now(owner_client, published):
    response = owner_client.post(
        reverse(CONFIRM), {"accepting": "waitlist", "waitlist_weeks": "12"}, follow=True
    )

    published.refresh_from_db()
    assert (published.accepting, published.waitlist_weeks) == (Accepting.WAITLIST, 12)
    assert timezone.now() - published.availability_confirmed_at < datetime.timedelta(minutes=1)
    assert "your profile says you keep a waitlist" in response.text


def test_a_wait_typed_for_another_state_is_dropped(owner_client, published):
    owner_client.post(reverse(CONFIRM), {"accepting": "accepting", "waitlist_weeks": "99"})

    published.refresh_from_db()
    assert (published.accepting, published.waitlist_weeks) == (Accepting.ACCEPTING, None)


@pytest.mark.parametrize(
    "data", [{}, {"accepting": "maybe"}, {"accepting": "waitlist", "waitlist_weeks": "0"}]
)
def test_a_bad_answer_is_a_400_and_saves_nothing(owner_client, published, data):
    before = published.availability_confirmed_at

    response = owner_client.post(reverse(CONFIRM), data)

    assert response.status_code == 400
    assert "Your availability was not saved" in response.text
    published.refresh_from_db()
    assert published.availability_confirmed_at == before


def test_the_service_refuses_what_the_form_would(published):
    with pytest.raises(Exception, match="Give a wait of 1 to 52 weeks"):
        therapist_availability_confirm(therapist=published, accepting="waitlist", waitlist_weeks=0)


@time_machine.travel(datetime.datetime(2026, 11, 3, 15, tzinfo=datetime.UTC), tick=False)
def test_a_fresh_word_is_in_the_present_with_the_day_it_stops_being_believed(
    owner_client, published
):
    therapist_availability_confirm(therapist=published, accepting="accepting")

    body = dashboard(owner_client)

    assert "Your profile says you are accepting new clients, confirmed on Nov. 3, 2026." in body
    assert "Clients see it until Dec. 3, 2026" in body
    assert "Confirm it or change it." not in body


def test_a_stale_word_is_in_the_past_and_says_what_clients_now_see(owner_client, published):
    with time_machine.travel(datetime.datetime(2026, 11, 3, 15, tzinfo=datetime.UTC)):
        therapist_availability_confirm(therapist=published, accepting="accepting")

    with time_machine.travel(datetime.datetime(2026, 12, 6, 15, tzinfo=datetime.UTC)):
        body = dashboard(owner_client)

    assert (
        "You said on Nov. 3, 2026 that you were accepting new clients; clients now see "
        '"availability not confirmed". Confirm it or change it.'
    ) in body


def test_a_stale_waitlist_is_reminded_as_a_waitlist(owner_client, published):
    Therapist.objects.filter(pk=published.pk).update(
        accepting=Accepting.WAITLIST,
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=40),
    )
    assert "that you had a waitlist for new clients" in dashboard(owner_client)


def test_not_accepting_is_never_stale(owner_client, published):
    Therapist.objects.filter(pk=published.pk).update(
        accepting=Accepting.CLOSED,
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=400),
    )
    body = dashboard(owner_client)
    assert "Your profile says you are not taking new clients" in body
    assert "Confirm it or change it." not in body


def test_the_form_is_filled_in_with_what_the_profile_says(owner_client, published):
    therapist_availability_confirm(therapist=published, accepting="waitlist", waitlist_weeks=3)
    body = dashboard(owner_client)
    assert re.search(r'value="waitlist" id="id_accepting_1"[^>]* checked', body)
    assert re.search(r'name="waitlist_weeks" value="3"', body)


def test_the_inbox_says_which_requests_are_for_the_waitlist(owner_client, owner):
    factories.InquiryFactory(therapist=owner, name="Wanda", purpose=InquiryPurpose.WAITLIST)
    factories.InquiryFactory(therapist=owner, name="Rick")

    listing = owner_client.get(reverse("therapists:inbox")).text
    assert listing.count("Waitlist request") == 1

    waitlisted = owner.inquiries.get(name="Wanda")
    detail = owner_client.get(reverse("therapists:inquiry_detail", kwargs={"pk": waitlisted.pk}))
    assert "<dt>Asks for</dt><dd>Waitlist request</dd>" in detail.text
