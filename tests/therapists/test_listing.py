"""Therapist.objects.listed(): the one rule that decides who the public sees."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from therapists.listing import listing_refresh
from therapists.models import CredentialStatus, Therapist
from therapists.selfservice.profile import therapist_pause

pytestmark = pytest.mark.django_db


def listed_names():
    return set(Therapist.objects.listed().values_list("display_name", flat=True))


def test_a_published_therapist_with_a_verified_credential_is_listed(listed_therapist):
    assert listed_names() == {listed_therapist.display_name}


def test_an_unpublished_profile_is_not_listed(listed_therapist):
    therapist_pause(therapist=listed_therapist)
    assert listed_names() == set()


def test_a_deactivated_account_is_not_listed(listed_therapist):
    listed_therapist.owner.is_active = False
    listed_therapist.owner.save()
    listing_refresh(therapist_ids=[listed_therapist.pk])  # as the accounts' admin does
    assert listed_names() == set()


@pytest.mark.parametrize(
    "status",
    [
        CredentialStatus.PENDING,
        CredentialStatus.REJECTED,
        CredentialStatus.EXPIRED,
        CredentialStatus.REVOKED,
    ],
)
def test_a_credential_that_is_not_verified_does_not_list(status):
    factories.CredentialFactory(status=status, reason="Not on the register.")
    assert listed_names() == set()


def test_a_verified_credential_past_its_expiry_date_does_not_list():
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    factories.VerifiedCredentialFactory(expires_on=yesterday)
    assert listed_names() == set()


def test_a_credential_expiring_today_still_lists():
    credential = factories.VerifiedCredentialFactory(expires_on=timezone.localdate())
    assert listed_names() == {credential.therapist.display_name}


def test_listing_can_be_asked_about_another_day():
    credential = factories.VerifiedCredentialFactory(expires_on=datetime.date(2030, 12, 31))
    assert Therapist.objects.listed(on=datetime.date(2031, 1, 1)).count() == 0
    assert Therapist.objects.listed(on=datetime.date(2030, 12, 31)).get() == credential.therapist


def test_one_valid_credential_among_lapsed_ones_is_enough(listed_therapist):
    factories.CredentialFactory(
        therapist=listed_therapist, status=CredentialStatus.REJECTED, reason="Wrong number."
    )
    assert listed_names() == {listed_therapist.display_name}


def test_several_valid_credentials_list_a_therapist_once(listed_therapist):
    factories.VerifiedCredentialFactory(therapist=listed_therapist)
    assert Therapist.objects.listed().count() == 1


def test_accepting_clients_needs_a_recent_confirmation():
    fresh = factories.TherapistFactory(accepting="accepting")
    stale = factories.TherapistFactory(
        accepting="accepting",
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=31),
    )
    factories.TherapistFactory(accepting="closed")
    assert list(Therapist.objects.accepting_clients()) == [fresh]
    assert stale not in Therapist.objects.accepting_clients()
