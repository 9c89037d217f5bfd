"""A verifier's decisions on a credential (approve, reject, revoke) and the emails they send."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests import factories
from tests.mail import DownBackend, FlakyBackend
from therapists.models import CredentialStatus, Therapist, VerificationEvent
from therapists.verification import notifications
from therapists.verification.credentials import (
    credential_approve,
    credential_reject,
    credential_revoke,
)

pytestmark = pytest.mark.django_db


def decided(func, credential, **kwargs):
    """Run a decision and its on-commit email, as a request would."""
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        return func(credential=credential, **kwargs)


def test_approving_records_the_reviewer_lists_the_therapist_and_emails_them(verifier, mailoutbox):
    credential = factories.CredentialFactory()
    assert not Therapist.objects.listed().exists()

    decided(credential_approve, credential, reviewer=verifier, note="Found on the register.")

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert credential.reviewed_by == verifier and credential.reviewed_at is not None
    event = VerificationEvent.objects.get(credential=credential)
    assert (event.from_status, event.to_status, event.actor) == ("pending", "verified", verifier)
    assert event.note == "Found on the register."
    assert list(Therapist.objects.listed()) == [credential.therapist]
    assert [m.to for m in mailoutbox] == [[credential.therapist.owner.email]]
    assert mailoutbox[0].subject == "Your credential is verified"
    assert "Found on the register." in mailoutbox[0].body


def test_rejecting_needs_a_reason_and_changes_nothing_without_one(verifier, mailoutbox):
    credential = factories.CredentialFactory()

    for blank in ("", "   "):
        with pytest.raises(ValidationError) as raised:
            decided(credential_reject, credential, reviewer=verifier, reason=blank)
        assert raised.value.code == "reason_required"

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert not VerificationEvent.objects.exists()
    assert mailoutbox == []


def test_rejecting_with_a_reason_tells_the_therapist_why(verifier, mailoutbox):
    credential = factories.CredentialFactory()

    decided(credential_reject, credential, reviewer=verifier, reason="Number not on the register.")

    credential.refresh_from_db()
    assert (credential.status, credential.reason) == ("rejected", "Number not on the register.")
    assert VerificationEvent.objects.filter(credential=credential).count() == 1
    assert "Reason: Number not on the register." in mailoutbox[0].body


def test_revoking_a_verified_credential_unlists_the_therapist(verifier, mailoutbox):
    credential = factories.VerifiedCredentialFactory()
    assert Therapist.objects.listed().exists()

    decided(credential_revoke, credential, reviewer=verifier, reason="Suspended by the college.")

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REVOKED
    assert not Therapist.objects.listed().exists()
    event = VerificationEvent.objects.get(credential=credential)
    assert (event.from_status, event.to_status, event.note) == (
        "verified",
        "revoked",
        "Suspended by the college.",
    )
    assert "not listed" in mailoutbox[0].body


def test_revoking_needs_a_reason(verifier):
    credential = factories.VerifiedCredentialFactory()
    with pytest.raises(ValidationError):
        credential_revoke(credential=credential, reviewer=verifier, reason="")
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED


@pytest.mark.parametrize(
    ("decision", "status", "kwargs"),
    [
        (credential_approve, CredentialStatus.REJECTED, {}),
        (credential_approve, CredentialStatus.REVOKED, {}),
        (credential_approve, CredentialStatus.EXPIRED, {}),
        (credential_approve, CredentialStatus.VERIFIED, {}),
        (credential_reject, CredentialStatus.VERIFIED, {"reason": "No."}),
        (credential_reject, CredentialStatus.REJECTED, {"reason": "No."}),
        (credential_revoke, CredentialStatus.PENDING, {"reason": "No."}),
        (credential_revoke, CredentialStatus.EXPIRED, {"reason": "No."}),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_a_decision_the_status_does_not_allow_changes_nothing(verifier, decision, status, kwargs):
    credential = factories.CredentialFactory(status=status, reason="Earlier reason.")

    with pytest.raises(ValidationError) as raised:
        decision(credential=credential, reviewer=verifier, **kwargs)

    assert raised.value.code == "invalid_transition"
    credential.refresh_from_db()
    assert credential.status == status
    assert not VerificationEvent.objects.exists()


@pytest.mark.parametrize("decision", [credential_approve, credential_reject, credential_revoke])
def test_a_verifier_cannot_decide_on_their_own_credential(verifier, decision):
    therapist = factories.TherapistFactory(owner=verifier)
    status = CredentialStatus.VERIFIED if decision is credential_revoke else "pending"
    credential = factories.CredentialFactory(therapist=therapist, status=status)

    with pytest.raises(PermissionDenied):
        decision(
            credential=credential,
            reviewer=verifier,
            **({} if decision is credential_approve else {"reason": "x"}),
        )

    credential.refresh_from_db()
    assert credential.status == status
    assert not VerificationEvent.objects.exists()


def test_a_therapist_cannot_approve_anyone_without_the_permission():
    credential = factories.CredentialFactory()
    other_therapist = factories.TherapistFactory().owner

    with pytest.raises(PermissionDenied):
        credential_approve(credential=credential, reviewer=other_therapist)
    with pytest.raises(PermissionDenied):
        credential_approve(credential=credential, reviewer=credential.therapist.owner)
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_a_number_verified_for_another_therapist_is_refused_naming_that_profile(verifier):
    body = factories.RegulatoryBodyFactory(acronym="CRPO")
    factories.VerifiedCredentialFactory(
        regulatory_body=body,
        registration_number="55555",
        therapist=factories.TherapistFactory(display_name="Dana Original", slug="dana-original"),
    )
    impostor = factories.CredentialFactory(regulatory_body=body, registration_number="55555")

    with pytest.raises(ValidationError) as raised:
        credential_approve(credential=impostor, reviewer=verifier)

    assert raised.value.code == "duplicate_registration"
    assert "Dana Original (dana-original)" in raised.value.messages[0]
    assert "55555 at CRPO" in raised.value.messages[0]
    impostor.refresh_from_db()
    assert impostor.status == CredentialStatus.PENDING
    assert not VerificationEvent.objects.filter(credential=impostor).exists()


def test_the_same_number_at_another_body_is_not_a_duplicate(verifier):
    factories.VerifiedCredentialFactory(registration_number="55555")
    other = factories.CredentialFactory(registration_number="55555")

    credential_approve(credential=other, reviewer=verifier)

    assert other.status == CredentialStatus.VERIFIED


@pytest.mark.parametrize(
    ("expires_on", "code"),
    [(None, "no_expiry"), (datetime.date(2020, 12, 31), "already_expired")],
)
def test_a_credential_without_a_future_expiry_cannot_be_approved(verifier, expires_on, code):
    credential = factories.CredentialFactory(expires_on=expires_on)

    with pytest.raises(ValidationError) as raised:
        credential_approve(credential=credential, reviewer=verifier)

    assert raised.value.code == code
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


@pytest.mark.parametrize(
    "claim",
    [
        {"jurisdiction": "QC"},  # an Ontario body
        {"expires_on": datetime.date(9999, 12, 31)},
    ],
)
def test_a_claim_no_body_could_have_issued_cannot_be_approved(verifier, claim):
    """Entered before the forms checked it, or through a path that skips them."""
    credential = factories.CredentialFactory(**claim)

    with pytest.raises(ValidationError) as raised:
        credential_approve(credential=credential, reviewer=verifier)

    assert raised.value.code == "impossible_claim"
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_a_failing_mailer_does_not_undo_the_decision_and_is_retried(verifier, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.mail.DownBackend"}}
    DownBackend.attempts = 0
    credential = factories.CredentialFactory()

    decided(credential_approve, credential, reviewer=verifier)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert VerificationEvent.objects.filter(credential=credential).count() == 1
    assert DownBackend.attempts == notifications.MAX_ATTEMPTS


def test_a_notification_that_fails_once_arrives_on_the_next_attempt(verifier, settings, mailoutbox):
    settings.MAILERS = {"default": {"BACKEND": "tests.mail.FlakyBackend"}}
    FlakyBackend.failures_left = 1
    credential = factories.CredentialFactory()

    decided(credential_reject, credential, reviewer=verifier, reason="Wrong body.")

    assert FlakyBackend.failures_left == 0
    assert len(mailoutbox) == 1
    assert "Wrong body." in mailoutbox[0].body


def test_a_retry_waits_when_the_backend_can_defer(settings):
    """With the database backend of production, a failed send is tried again later."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    notifications.notification_retry(notifications.CREDENTIAL_EVENT, 7, 1)
    notifications.notification_retry(notifications.CREDENTIAL_EVENT, 7, notifications.MAX_ATTEMPTS)

    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["args"] == [notifications.CREDENTIAL_EVENT, 7, 2]
    assert queued.run_after > timezone.now() + datetime.timedelta(seconds=30)


def test_no_decision_is_emailed_before_it_is_committed(verifier, mailoutbox):
    credential = factories.CredentialFactory()
    credential_approve(credential=credential, reviewer=verifier)  # the test's transaction is open
    assert mailoutbox == []
