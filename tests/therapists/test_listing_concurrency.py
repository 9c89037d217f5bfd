"""Two decisions on one profile at the same moment, each in its own transaction and connection.

Each refresh of listed_until locks the profile's row first (therapists/listing.py), so the second
waits for the first to commit and computes from what it committed. Without the lock, each would
compute from a snapshot missing the other's credential, and the last to commit would win.
"""

import datetime
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from tests import factories
from therapists.models import Therapist
from therapists.verification.credentials import credential_approve, credential_revoke

pytestmark = pytest.mark.django_db(transaction=True)

HOLD_SECONDS = 0.5  # how long the first transaction keeps the profile locked before committing


def in_thread(work, errors):
    def run():
        try:
            work()
        except Exception as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    return threading.Thread(target=run)


def at_once(first, second) -> None:
    """Run first in a transaction held open until second has started and reached the profile."""
    started, errors = threading.Event(), []

    def first_then_hold():
        with transaction.atomic():
            first()
            started.set()
            threading.Event().wait(HOLD_SECONDS)

    def second_after_start():
        started.wait(timeout=10)
        second()

    threads = [in_thread(first_then_hold, errors), in_thread(second_after_start, errors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


def listed_until(therapist) -> datetime.date | None:
    return Therapist.objects.get(pk=therapist.pk).listed_until


def test_two_approvals_at_once_list_the_profile_until_the_later_expiry(verifier):
    today = timezone.localdate()
    therapist = factories.TherapistFactory()
    later = factories.CredentialFactory(
        therapist=therapist, expires_on=today + datetime.timedelta(days=300)
    )
    sooner = factories.CredentialFactory(
        therapist=therapist, expires_on=today + datetime.timedelta(days=100)
    )

    at_once(
        lambda: credential_approve(credential=later, reviewer=verifier),
        lambda: credential_approve(credential=sooner, reviewer=verifier),
    )

    assert listed_until(therapist) == today + datetime.timedelta(days=300)


def test_a_revocation_and_an_approval_at_once_leave_the_approved_expiry(verifier):
    today = timezone.localdate()
    therapist = factories.TherapistFactory()
    revoked = factories.VerifiedCredentialFactory(
        therapist=therapist, expires_on=today + datetime.timedelta(days=300)
    )
    approved = factories.CredentialFactory(
        therapist=therapist, expires_on=today + datetime.timedelta(days=100)
    )
    assert listed_until(therapist) == today + datetime.timedelta(days=300)

    at_once(
        lambda: credential_approve(credential=approved, reviewer=verifier),
        lambda: credential_revoke(credential=revoked, reviewer=verifier, reason="Struck off."),
    )

    assert listed_until(therapist) == today + datetime.timedelta(days=100)
