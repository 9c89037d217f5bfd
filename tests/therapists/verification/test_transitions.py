"""Credential status changes: only the allowed ones, each with exactly one event."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories
from therapists.models import CredentialStatus, VerificationEvent
from therapists.verification.transitions import CREDENTIAL_TRANSITIONS, credential_transition

pytestmark = pytest.mark.django_db


# Every pair of statuses: the allowed ones change the credential with one event, the rest nothing.
ALL_STATUSES = list(CredentialStatus)
PAIRS = [(a, b) for a in ALL_STATUSES for b in ALL_STATUSES if a != b]


@pytest.mark.parametrize(("from_status", "to_status"), PAIRS, ids=lambda s: str(s))
def test_each_transition_is_allowed_or_refused_as_the_table_says(from_status, to_status):
    credential = factories.CredentialFactory(status=from_status, reason="Earlier reason.")
    allowed = to_status in CREDENTIAL_TRANSITIONS[from_status]

    if allowed:
        credential_transition(credential=credential, to=to_status, note="Why.")
    else:
        with pytest.raises(ValidationError) as raised:
            credential_transition(credential=credential, to=to_status, note="Why.")
        assert raised.value.code == "invalid_transition"

    credential.refresh_from_db()
    assert credential.status == (to_status if allowed else from_status)
    events = VerificationEvent.objects.filter(credential=credential)
    assert events.count() == (1 if allowed else 0)
    if allowed:
        assert (events.get().from_status, events.get().to_status) == (from_status, to_status)


def test_the_table_matches_the_documented_life_of_a_credential():
    assert {(a, b) for a, targets in CREDENTIAL_TRANSITIONS.items() for b in targets} == {
        ("pending", "verified"),
        ("pending", "rejected"),
        ("verified", "revoked"),
        ("verified", "expired"),
        ("verified", "pending"),
        ("rejected", "pending"),
        ("expired", "pending"),
        ("revoked", "pending"),
    }


# The record of decisions cannot be rewritten, through the model or in bulk.


def test_an_event_cannot_be_changed_or_deleted():
    event = factories.VerificationEventFactory(note="Original")

    event.note = "Rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        VerificationEvent.objects.filter(pk=event.pk).update(note="Rewritten")
    with pytest.raises(PermissionError):
        VerificationEvent.objects.all().delete()

    event.refresh_from_db()
    assert event.note == "Original"
