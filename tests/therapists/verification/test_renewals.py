"""Renewing a verified registration: the new date counts once a verifier has checked it."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import TestCase
from django.urls import reverse

from tests import factories
from therapists.models import Credential, CredentialStatus, Therapist, VerificationEvent
from therapists.verification.credentials import credential_revoke, credential_update
from therapists.verification.renewals import credential_renewal_approve, credential_renewal_decline

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
CHECKED = datetime.date(2027, 3, 31)
RENEWED = datetime.date(2028, 3, 31)
QUEUE = reverse("admin:therapists_credential_queue")


def on(day: datetime.date):
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(9), TORONTO), tick=False
    )


@pytest.fixture
def verified(db):
    with on(datetime.date(2027, 1, 15)):
        return factories.VerifiedCredentialFactory(
            expires_on=CHECKED, therapist=factories.TherapistFactory(display_name="Year End")
        )


@pytest.fixture
def verifier_client(client, verifier):
    """Signed in on the day the clock is set to, so the session is fresh then."""
    with on(datetime.date(2027, 3, 1)):
        client.force_login(verifier)
    return client


def renew(credential, expires_on=RENEWED, **changes):
    return credential_update(
        credential=credential,
        actor=credential.therapist.owner,
        changes={"expires_on": expires_on, **changes},
    )


def committed(func, **kwargs):
    """Run a decision and the emails it queues once committed, as a request would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return func(**kwargs)


def listed_until(credential) -> datetime.date | None:
    return Therapist.objects.get(pk=credential.therapist_id).listed_until


def sweep(day: datetime.date) -> str:
    out = io.StringIO()
    with on(day), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("expire_credentials", stdout=out)
    return out.getvalue()


def test_a_later_date_waits_for_a_check_and_the_checked_date_stands(verified):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)

    verified.refresh_from_db()
    assert verified.status == CredentialStatus.VERIFIED
    assert (verified.expires_on, verified.renewed_until) == (CHECKED, RENEWED)
    assert listed_until(verified) == CHECKED
    assert not VerificationEvent.objects.filter(credential=verified).exists()
    assert list(Credential.objects.renewals()) == [verified]


def test_an_earlier_date_is_taken_at_once_and_drops_a_waiting_renewal(verified):
    with on(datetime.date(2027, 2, 1)):
        renew(verified)
        renew(verified, expires_on=datetime.date(2027, 3, 15))

    verified.refresh_from_db()
    assert (verified.expires_on, verified.renewed_until) == (datetime.date(2027, 3, 15), None)
    assert listed_until(verified) == datetime.date(2027, 3, 15)


def test_an_edit_that_leaves_the_date_alone_keeps_the_renewal(verified):
    with on(datetime.date(2027, 2, 1)):
        renew(verified)
        credential_update(
            credential=verified, actor=verified.therapist.owner, changes={"designation": "RP"}
        )

    verified.refresh_from_db()
    assert (verified.designation, verified.renewed_until) == ("RP", RENEWED)


def test_changing_the_number_during_a_renewal_sends_the_whole_claim_back(verified):
    with on(datetime.date(2027, 2, 1)):
        renew(verified)
        credential_update(
            credential=verified,
            actor=verified.therapist.owner,
            changes={"registration_number": "NEW-1"},
        )

    verified.refresh_from_db()
    assert verified.status == CredentialStatus.PENDING
    assert (verified.expires_on, verified.renewed_until) == (RENEWED, None)
    assert listed_until(verified) is None


def test_a_confirmed_renewal_extends_the_listing_and_tells_the_therapist(
    verified, verifier, mailoutbox
):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        committed(
            credential_renewal_approve,
            credential=verified,
            reviewer=verifier,
            renewed_until=RENEWED,
            note="Register shows 2028.",
        )

    verified.refresh_from_db()
    assert verified.status == CredentialStatus.VERIFIED
    assert (verified.expires_on, verified.renewed_until) == (RENEWED, None)
    assert verified.reviewed_by == verifier
    assert listed_until(verified) == RENEWED
    event = VerificationEvent.objects.get(credential=verified)
    assert (event.from_status, event.to_status, event.actor) == ("verified", "verified", verifier)
    assert (event.renewal, event.note) == ("confirmed", "Register shows 2028.")
    [mail] = mailoutbox
    assert mail.subject == "Your credential's renewal is confirmed"
    assert "until March 31, 2028" in mail.body
    assert "Note from the verifier: Register shows 2028." in mail.body


def test_declining_a_renewal_needs_a_reason_and_keeps_the_checked_date(
    verified, verifier, mailoutbox
):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        with pytest.raises(ValidationError):
            credential_renewal_decline(
                credential=verified, reviewer=verifier, renewed_until=RENEWED, reason=" "
            )
        verified.refresh_from_db()
        assert verified.renewed_until == RENEWED

        committed(
            credential_renewal_decline,
            credential=verified,
            reviewer=verifier,
            renewed_until=RENEWED,
            reason="The register still shows 2027.",
        )

    verified.refresh_from_db()
    assert verified.status == CredentialStatus.VERIFIED
    assert (verified.expires_on, verified.renewed_until) == (CHECKED, None)
    assert verified.reason == "The register still shows 2027."
    assert VerificationEvent.objects.get(credential=verified).renewal == "declined"
    assert listed_until(verified) == CHECKED
    [mail] = mailoutbox
    assert mail.subject == "We could not confirm your credential's renewal"
    assert "Reason: The register still shows 2027." in mail.body
    assert "still ends on March 31, 2027" in mail.body


@pytest.mark.parametrize("decision", [credential_renewal_approve, credential_renewal_decline])
def test_a_renewal_decision_needs_a_renewal_waiting(verified, verifier, decision):
    with pytest.raises(ValidationError) as raised:
        kwargs = {"reason": "x"} if decision is credential_renewal_decline else {}
        decision(credential=verified, reviewer=verifier, renewed_until=RENEWED, **kwargs)

    assert raised.value.code == "no_renewal"
    assert not VerificationEvent.objects.exists()


def test_a_verifier_cannot_confirm_the_renewal_of_their_own_registration(verifier):
    credential = factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(owner=verifier), expires_on=CHECKED
    )
    with on(datetime.date(2027, 3, 1)):
        renew(credential)
        with pytest.raises(PermissionDenied):
            credential_renewal_approve(
                credential=credential, reviewer=verifier, renewed_until=RENEWED
            )

    credential.refresh_from_db()
    assert (credential.expires_on, credential.renewed_until) == (CHECKED, RENEWED)


@pytest.mark.parametrize("decision", [credential_renewal_approve, credential_renewal_decline])
def test_a_date_changed_since_the_page_was_shown_is_not_decided(verified, verifier, decision):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        renew(verified, expires_on=datetime.date(2030, 3, 31))  # after the verifier loaded it
        kwargs = {"reason": "x"} if decision is credential_renewal_decline else {}
        with pytest.raises(ValidationError) as raised:
            decision(credential=verified, reviewer=verifier, renewed_until=RENEWED, **kwargs)

    assert raised.value.code == "renewal_changed"
    verified.refresh_from_db()
    assert (verified.expires_on, verified.renewed_until) == (CHECKED, datetime.date(2030, 3, 31))
    assert not VerificationEvent.objects.exists()


def test_revoking_during_a_renewal_drops_the_renewal(verified, verifier):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        credential_revoke(credential=verified, reviewer=verifier, reason="Struck off.")

    verified.refresh_from_db()
    assert (verified.status, verified.renewed_until) == (CredentialStatus.REVOKED, None)
    assert listed_until(verified) is None


def test_a_renewal_nobody_checked_in_time_goes_to_the_queue_unlisted(verified, mailoutbox):
    with on(datetime.date(2027, 3, 20)):
        renew(verified)

    printed = sweep(datetime.date(2027, 4, 1))

    assert printed.startswith(
        "0 credential(s) expired, 1 unchecked renewal(s) sent back to the queue"
    )
    verified.refresh_from_db()
    assert verified.status == CredentialStatus.PENDING
    assert (verified.expires_on, verified.renewed_until) == (RENEWED, None)
    assert listed_until(verified) is None
    event = VerificationEvent.objects.get(credential=verified)
    assert (event.from_status, event.to_status, event.actor) == ("verified", "pending", None)
    assert event.note == (
        "The registration year ended on March 31, 2027. The renewal to March 31, 2028 waits for "
        "a check."
    )
    [mail] = mailoutbox
    assert mail.subject == "Your credential's renewal is waiting for our check"
    assert "not listed until a credential is verified again" in mail.body


def test_no_reminder_is_sent_once_a_renewal_is_entered(verified, mailoutbox):
    with on(datetime.date(2027, 2, 27)):
        renew(verified)

    assert sweep(datetime.date(2027, 3, 1)).endswith(", 0 reminder(s) queued.\n")
    assert sweep(datetime.date(2027, 3, 24)).endswith(", 0 reminder(s) queued.\n")
    assert mailoutbox == []


def test_a_renewal_on_a_credential_that_is_not_verified_is_refused_by_the_database():
    credential = factories.CredentialFactory(expires_on=CHECKED)

    with pytest.raises(IntegrityError), transaction.atomic():
        Credential.objects.filter(pk=credential.pk).update(renewed_until=RENEWED)


def test_a_renewal_must_come_after_the_checked_date():
    credential = factories.VerifiedCredentialFactory(expires_on=CHECKED)

    with pytest.raises(IntegrityError), transaction.atomic():
        Credential.objects.filter(pk=credential.pk).update(renewed_until=CHECKED)


# The queue, as a verifier uses it.


def decide_url(credential, action):
    return reverse("admin:therapists_credential_decide", args=[credential.pk, action])


def test_the_queue_lists_renewals_soonest_to_lapse_first(verifier_client):
    later = factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(display_name="Lapses Later"),
        expires_on=datetime.date(2027, 6, 30),
    )
    sooner = factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(display_name="Lapses Sooner"),
        expires_on=CHECKED,
        registration_number="44001",
    )
    factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(display_name="Not Renewing")
    )
    with on(datetime.date(2027, 3, 1)):
        renew(later, expires_on=datetime.date(2028, 6, 30))
        renew(sooner)
        response = verifier_client.get(QUEUE)
        index = verifier_client.get(reverse("admin:index")).text

    assert response.status_code == 200
    assert [row[0] for row in response.context["renewal_rows"]] == [sooner, later]
    html = response.text
    assert "2 verified credentials have a later expiry date to check" in html
    assert html.index("Lapses Sooner") < html.index("Lapses Later")
    assert "Not Renewing" not in html
    assert "Confirm the renewal to March 31, 2028" in html
    assert decide_url(sooner, "decline-renewal") in html
    assert "Renewals to check" in index


def test_confirming_a_renewal_from_the_queue(
    verifier_client, verified, mailoutbox, django_capture_on_commit_callbacks
):
    with on(datetime.date(2027, 3, 1)), django_capture_on_commit_callbacks(execute=True):
        renew(verified)
        queue = verifier_client.get(QUEUE).text
        assert 'type="hidden" name="renewed_until" value="2028-03-31"' in queue
        response = verifier_client.post(
            decide_url(verified, "renew"), {"note": "", "renewed_until": "2028-03-31"}, follow=True
        )

    assert response.redirect_chain[-1][0] == QUEUE
    assert "Renewed" in response.text
    verified.refresh_from_db()
    assert (verified.expires_on, verified.renewed_until) == (RENEWED, None)
    assert len(mailoutbox) == 1


def test_declining_without_a_reason_is_refused_on_the_review_page(verifier_client, verified):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        response = verifier_client.post(
            decide_url(verified, "decline-renewal"), {"reason": "", "renewed_until": "2028-03-31"}
        )

    assert response.status_code == 400
    assert "Give a reason" in response.text
    assert "entered by the therapist, not checked yet" in response.text
    verified.refresh_from_db()
    assert verified.renewed_until == RENEWED


def test_revoking_from_the_renewals_table_is_not_a_server_error(verifier_client, verified):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        response = verifier_client.post(decide_url(verified, "revoke"), {"reason": "Struck off."})

    assert response.status_code == 302
    verified.refresh_from_db()
    assert (verified.status, verified.renewed_until) == (CredentialStatus.REVOKED, None)


def test_a_renewal_changed_since_the_page_was_shown_is_a_conflict(verifier_client, verified):
    with on(datetime.date(2027, 3, 1)):
        renew(verified, expires_on=datetime.date(2030, 3, 31))
        response = verifier_client.post(
            decide_url(verified, "renew"), {"note": "", "renewed_until": "2028-03-31"}
        )

    assert response.status_code == 409
    assert "changed the renewal to March 31, 2030" in response.text
    verified.refresh_from_db()
    assert verified.expires_on == CHECKED


def test_a_forged_renewal_decision_without_the_date_is_refused(verifier_client, verified):
    with on(datetime.date(2027, 3, 1)):
        renew(verified)
        response = verifier_client.post(decide_url(verified, "renew"), {"note": ""})

    assert response.status_code == 400
    verified.refresh_from_db()
    assert verified.renewed_until == RENEWED


def test_a_renewal_decision_with_no_renewal_waiting_is_a_conflict(verifier_client, verified):
    response = verifier_client.post(
        decide_url(verified, "renew"), {"note": "", "renewed_until": "2028-03-31"}
    )

    assert response.status_code == 409
    assert "No renewal of this credential is waiting for a check." in response.text
    verified.refresh_from_db()
    assert verified.expires_on == CHECKED
