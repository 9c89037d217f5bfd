"""credential_revise: a therapist's correction of a credential, from the editor."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from directory.storage import private_storage
from tests import factories
from therapists.models import CredentialStatus
from therapists.verification.credentials import credential_revise

pytestmark = pytest.mark.django_db

REFUSED = [CredentialStatus.REJECTED, CredentialStatus.EXPIRED, CredentialStatus.REVOKED]


def refused_credential(status, **fields):
    reason = "" if status == CredentialStatus.EXPIRED else "Number not found."
    return factories.CredentialFactory(status=status, reason=reason, **fields)


@pytest.mark.parametrize("status", REFUSED)
def test_a_refused_credential_corrected_goes_back_to_pending_with_an_event(status):
    credential = refused_credential(status)
    actor = credential.therapist.owner

    credential_revise(credential=credential, actor=actor, changes={"registration_number": "98765"})

    credential.refresh_from_db()
    assert (credential.status, credential.registration_number) == (
        CredentialStatus.PENDING,
        "98765",
    )
    assert credential.reason == ""
    [event] = credential.events.all()
    assert (event.from_status, event.to_status, event.actor) == (
        status,
        CredentialStatus.PENDING,
        actor,
    )


@pytest.mark.parametrize("status", REFUSED)
def test_a_refused_credential_saved_unchanged_stays_refused_without_an_event(status):
    credential = refused_credential(status)

    revised = credential_revise(credential=credential, actor=credential.therapist.owner, changes={})

    credential.refresh_from_db()
    assert revised.status == credential.status == status
    assert not credential.events.exists()


def test_a_pending_credential_corrected_stays_pending_without_an_event():
    credential = factories.CredentialFactory()

    credential_revise(
        credential=credential, actor=credential.therapist.owner, changes={"designation": "RSW"}
    )

    credential.refresh_from_db()
    assert (credential.status, credential.designation) == (CredentialStatus.PENDING, "RSW")
    assert not credential.events.exists()


def with_evidence(credential):
    credential.evidence.save("old.pdf", ContentFile(b"%PDF-1.4 old"))
    return credential.evidence.name


def test_replaced_evidence_is_deleted_only_after_the_commit(django_capture_on_commit_callbacks):
    credential = factories.CredentialFactory()
    old = with_evidence(credential)
    new = ContentFile(b"%PDF-1.4 new", name="new.pdf")

    with django_capture_on_commit_callbacks() as callbacks:
        credential_revise(
            credential=credential, actor=credential.therapist.owner, changes={"evidence": new}
        )
        assert private_storage.exists(old)  # still there until the edit is committed

    for callback in callbacks:
        callback()
    assert not private_storage.exists(old)
    assert private_storage.exists(credential.evidence.name)


def test_a_refused_edit_keeps_the_credential_and_its_evidence(django_capture_on_commit_callbacks):
    credential = refused_credential(CredentialStatus.REJECTED)
    old = with_evidence(credential)
    new = ContentFile(b"%PDF-1.4 new", name="new.pdf")

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError),
    ):
        credential_revise(
            credential=credential,
            actor=credential.therapist.owner,
            changes={"registration_number": "", "evidence": new},
        )

    credential.refresh_from_db()
    assert (credential.status, credential.evidence.name) == (CredentialStatus.REJECTED, old)
    assert private_storage.exists(old)
    assert not credential.events.exists()
