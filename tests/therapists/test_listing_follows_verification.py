"""Who the public search shows follows each verification decision, even with pages cached."""

import datetime

import pytest
import time_machine
from django.test import TestCase
from django.urls import reverse

from tests import factories
from therapists.models import Therapist
from therapists.verification.credentials import (
    credential_approve,
    credential_resubmit,
    credential_revoke,
    credential_update,
)
from therapists.verification.expiry import credential_expire_due

pytestmark = pytest.mark.django_db

SEARCH = reverse("therapists:list")


@pytest.fixture(autouse=True)
def cached_search(settings):
    settings.SEARCH_CACHE_SECONDS = 60  # as in production: decisions must reach cached pages


def committed(func, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return func(**kwargs)


def shown(client, name: str) -> bool:
    page = client.get(SEARCH)
    assert page.status_code == 200
    in_listing = Therapist.objects.listed().filter(display_name=name).exists()
    in_page = name in page.content.decode()
    assert in_listing == in_page
    return in_page


@pytest.fixture
def claim():
    return factories.CredentialFactory(
        therapist=factories.TherapistFactory(display_name="Jordan Fields")
    )


def test_approve_lists_and_revoke_unlists(client, claim, verifier):
    assert SEARCH == "/en/therapists/"
    assert not shown(client, "Jordan Fields")

    committed(credential_approve, credential=claim, reviewer=verifier)
    assert shown(client, "Jordan Fields")

    committed(credential_revoke, credential=claim, reviewer=verifier, reason="Suspended.")
    assert not shown(client, "Jordan Fields")


def test_expiry_unlists(client, claim, verifier):
    claim.expires_on = datetime.date(2027, 12, 31)
    claim.save()
    with time_machine.travel(datetime.datetime(2027, 6, 1, 12, tzinfo=datetime.UTC), tick=False):
        committed(credential_approve, credential=claim, reviewer=verifier)
        assert shown(client, "Jordan Fields")
    with time_machine.travel(datetime.datetime(2028, 1, 1, 12, tzinfo=datetime.UTC), tick=False):
        assert not shown(client, "Jordan Fields")  # lapsed by date, even before the sweep
        committed(credential_expire_due)
        assert not shown(client, "Jordan Fields")


def test_editing_the_number_sends_it_back_to_pending_and_unlists(client, claim, verifier):
    committed(credential_approve, credential=claim, reviewer=verifier)
    assert shown(client, "Jordan Fields")

    committed(
        credential_update,
        credential=claim,
        actor=claim.therapist.owner,
        changes={"registration_number": "99999"},
    )
    assert claim.status == "pending"
    assert not shown(client, "Jordan Fields")

    committed(credential_approve, credential=claim, reviewer=verifier)
    assert shown(client, "Jordan Fields")


def test_a_rejected_claim_resubmitted_and_approved_lists(client, claim, verifier):
    from therapists.verification.credentials import credential_reject

    committed(credential_reject, credential=claim, reviewer=verifier, reason="Wrong number.")
    assert not shown(client, "Jordan Fields")
    committed(credential_resubmit, credential=claim, actor=claim.therapist.owner)
    assert not shown(client, "Jordan Fields")
    committed(credential_approve, credential=claim, reviewer=verifier)
    assert shown(client, "Jordan Fields")
