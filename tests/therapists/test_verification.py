"""Credential status changes: only the allowed ones, each with exactly one event."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories
from therapists.models import CredentialStatus, Therapist, VerificationEvent
from therapists.verification import (
    credential_resubmit,
    credential_submit,
    credential_transition,
    credential_update,
)

pytestmark = pytest.mark.django_db


def test_submitting_a_credential_leaves_it_pending_with_one_event():
    therapist = factories.TherapistFactory()
    body = factories.RegulatoryBodyFactory()

    credential = credential_submit(
        therapist=therapist,
        actor=therapist.owner,
        regulatory_body=body,
        designation="RP",
        registration_number="12345",
        jurisdiction="ON",
    )

    assert credential.status == CredentialStatus.PENDING
    event = VerificationEvent.objects.get(credential=credential)
    assert (event.from_status, event.to_status, event.actor) == ("", "pending", therapist.owner)


def test_changing_the_number_of_a_verified_credential_unlists_the_therapist():
    credential = factories.VerifiedCredentialFactory()
    owner = credential.therapist.owner
    assert Therapist.objects.listed().filter(pk=credential.therapist_id).exists()

    credential_update(credential=credential, actor=owner, changes={"registration_number": "999"})

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert not Therapist.objects.listed().filter(pk=credential.therapist_id).exists()
    event = VerificationEvent.objects.get(credential=credential)
    assert (event.from_status, event.to_status) == ("verified", "pending")


def test_changing_only_the_designation_keeps_the_verification():
    credential = factories.VerifiedCredentialFactory()

    credential_update(
        credential=credential, actor=credential.therapist.owner, changes={"designation": "RP (Q)"}
    )

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert not VerificationEvent.objects.filter(credential=credential).exists()


def test_a_rejected_credential_cannot_be_verified_without_resubmission():
    credential = factories.CredentialFactory(status=CredentialStatus.REJECTED, reason="Not found")

    with pytest.raises(ValidationError):
        credential_transition(credential=credential, to=CredentialStatus.VERIFIED)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REJECTED
    assert not VerificationEvent.objects.exists()

    credential_resubmit(credential=credential, actor=credential.therapist.owner)
    assert credential.status == CredentialStatus.PENDING
    assert VerificationEvent.objects.filter(credential=credential).count() == 1


def test_a_therapist_cannot_set_the_status_through_an_edit():
    credential = factories.CredentialFactory()

    with pytest.raises(TypeError):
        credential_update(
            credential=credential, actor=credential.therapist.owner, changes={"status": "verified"}
        )
