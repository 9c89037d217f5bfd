"""Availability: what a therapist says of new clients, what clients are shown, what is believed."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from tests import factories
from therapists.models import Accepting, Availability, Therapist

pytestmark = pytest.mark.django_db

STALE = datetime.timedelta(days=31)


def said(accepting, *, ago=datetime.timedelta(0), weeks=None):
    return factories.TherapistFactory(
        accepting=accepting,
        waitlist_weeks=weeks,
        availability_confirmed_at=timezone.now() - ago,
    )


def test_a_recent_word_is_shown_as_said():
    assert said(Accepting.ACCEPTING).availability == Availability.ACCEPTING
    assert said(Accepting.WAITLIST).availability == Availability.WAITLIST
    assert said(Accepting.CLOSED).availability == Availability.FULL


def test_a_stale_promise_is_shown_as_not_confirmed_but_not_accepting_stays_true():
    assert said(Accepting.ACCEPTING, ago=STALE).availability == Availability.UNCONFIRMED
    assert said(Accepting.WAITLIST, ago=STALE).availability == Availability.UNCONFIRMED
    assert said(Accepting.CLOSED, ago=STALE).availability == Availability.FULL


def test_a_word_never_confirmed_is_not_believed():
    never = factories.TherapistFactory(availability_confirmed_at=None)
    assert never.availability == Availability.UNCONFIRMED
    assert never.availability_stale
    assert never.availability_trusted_until is None


def test_a_waitlist_label_gives_the_expected_wait_when_known():
    assert said(Accepting.WAITLIST, weeks=6).availability_label == "Waitlist: about 6 weeks"
    assert said(Accepting.WAITLIST, weeks=1).availability_label == "Waitlist: about 1 week"
    assert said(Accepting.WAITLIST).availability_label == "Waitlist for new clients"


def test_a_confirmation_is_believed_for_thirty_days():
    person = said(Accepting.ACCEPTING, ago=datetime.timedelta(days=10))
    expected = person.availability_confirmed_at + datetime.timedelta(days=30)
    assert person.availability_trusted_until == expected


def test_accepting_clients_believes_only_recent_words_and_may_include_waitlists():
    now = said(Accepting.ACCEPTING)
    waitlist = said(Accepting.WAITLIST)
    said(Accepting.ACCEPTING, ago=STALE)
    said(Accepting.WAITLIST, ago=STALE)
    said(Accepting.CLOSED)

    assert set(Therapist.objects.accepting_clients()) == {now}
    assert set(Therapist.objects.accepting_clients(waitlist=True)) == {now, waitlist}


@pytest.mark.parametrize(
    ("accepting", "weeks"),
    [(Accepting.WAITLIST, 0), (Accepting.WAITLIST, 53), (Accepting.ACCEPTING, 4)],
)
def test_the_database_refuses_a_wait_out_of_range_or_without_a_waitlist(accepting, weeks):
    person = factories.TherapistFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Therapist.objects.filter(pk=person.pk).update(accepting=accepting, waitlist_weeks=weeks)


def test_a_waitlist_may_give_no_wait_or_one_of_a_year():
    person = factories.TherapistFactory(accepting=Accepting.WAITLIST)
    Therapist.objects.filter(pk=person.pk).update(waitlist_weeks=52)
    Therapist.objects.filter(pk=person.pk).update(waitlist_weeks=None)
