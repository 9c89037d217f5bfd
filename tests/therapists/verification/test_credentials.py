"""A therapist's claim of a registration: submitted, edited, resubmitted, each change with one
event."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories
from therapists.models import CredentialStatus, Therapist, VerificationEvent
from therapists.verification.credentials import (
    credential_resubmit,
    credential_submit,
    credential_update,
)
from therapists.verification.transitions import credential_transition

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


def test_changing_the_title_of_a_verified_credential_sends_it_back_for_checking():
    """The profile shows the designation as the verified title: a new one is a new claim."""
    credential = factories.VerifiedCredentialFactory(designation="RP")

    credential_update(
        credential=credential,
        actor=credential.therapist.owner,
        changes={"designation": "MD - Psychiatrist"},
    )

    credential.refresh_from_db()
    assert (credential.status, credential.designation) == ("pending", "MD - Psychiatrist")
    assert not Therapist.objects.listed().filter(pk=credential.therapist_id).exists()
    event = VerificationEvent.objects.get(credential=credential)
    assert (event.from_status, event.to_status) == ("verified", "pending")


def test_a_verified_number_edited_to_another_profiles_verified_number_waits_as_a_claim():
    """Only a verified claim reserves a number; the edit is checked as the pending claim it
    becomes, and a verifier settles it."""
    theirs = factories.VerifiedCredentialFactory(registration_number="100000030")
    mine = factories.VerifiedCredentialFactory(
        regulatory_body=theirs.regulatory_body,
        jurisdiction=theirs.jurisdiction,
        registration_number="100000040",
    )

    credential_update(
        credential=mine, actor=mine.therapist.owner, changes={"registration_number": "100000030"}
    )

    mine.refresh_from_db()
    assert (mine.status, mine.registration_number) == ("pending", "100000030")
    theirs.refresh_from_db()
    assert theirs.status == "verified"


def test_the_database_names_a_verified_number_taken_twice_plainly():
    theirs = factories.VerifiedCredentialFactory(registration_number="100000030")
    twin = factories.CredentialFactory.build(
        therapist=factories.TherapistFactory(),
        regulatory_body=theirs.regulatory_body,
        jurisdiction=theirs.jurisdiction,
        registration_number="100000030",
        status=CredentialStatus.VERIFIED,
    )

    with pytest.raises(ValidationError) as raised:
        twin.validate_constraints()

    assert raised.value.messages == [
        "This registration number is already verified for another therapist at this body."
    ]


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
