"""The editor's credential pages: a claim checked against what its body could issue, edited,
renewed and resubmitted."""

import pytest
from django.urls import reverse

from tests import factories
from tests.therapists.editor_posts import YEAR_END, credential_data
from therapists.models import Credential, CredentialStatus

pytestmark = pytest.mark.django_db


def test_editing_the_number_of_a_verified_credential_sends_it_back_to_pending(owner_client, owner):
    credential = factories.VerifiedCredentialFactory(therapist=owner, registration_number="111")
    data = credential_data(credential.regulatory_body, registration_number="222")
    del data["evidence"]

    response = owner_client.post(
        reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data
    )

    assert response.status_code == 302
    credential.refresh_from_db()
    assert (credential.registration_number, credential.status) == ("222", CredentialStatus.PENDING)


def test_a_later_expiry_waits_for_a_check_while_the_verification_continues(owner_client, owner):
    credential = factories.VerifiedCredentialFactory(therapist=owner, registration_number="111")
    checked = credential.expires_on
    data = credential_data(credential.regulatory_body, registration_number="111")
    del data["evidence"]
    edit = reverse("therapists:credential_edit", kwargs={"pk": credential.pk})

    owner_client.post(edit, data)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert (credential.expires_on, credential.renewed_until) == (checked, YEAR_END)
    dashboard = owner_client.get(reverse("therapists:dashboard")).text
    assert f"Renewal to Dec. 31, {YEAR_END.year} waiting for our check." in dashboard
    form = owner_client.get(edit).text
    assert f'value="{YEAR_END.isoformat()}"' in form  # the date entered, not the checked one
    assert f"Our team is checking your renewal to Dec. 31, {YEAR_END.year}." in form


def test_the_same_registration_twice_is_refused(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert response.status_code == 400
    assert Credential.objects.count() == 1


def test_editing_a_rejected_credential_sends_it_back_for_review(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner, status=CredentialStatus.REJECTED, reason="Number not found."
    )
    data = credential_data(credential.regulatory_body, registration_number="98765")
    del data["evidence"]

    owner_client.post(reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert [e.to_status for e in credential.events.all()] == [CredentialStatus.PENDING]


def test_a_registration_that_has_already_ended_is_refused(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, expires_on="2020-01-01")
    )

    assert response.status_code == 400
    assert "This date has passed" in response.text
    assert 'id="id_expires_on_error"' in response.text  # what aria-describedby names
    assert not Credential.objects.exists()


@pytest.mark.parametrize(
    ("body_province", "overrides", "field", "message"),
    [
        (
            "AB",
            {"jurisdiction": "QC"},
            "jurisdiction",
            "Test College registers practitioners in Alberta only, not in Quebec.",
        ),
        (
            "ON",
            {"expires_on": "9999-12-31"},
            "expires_on",
            "A registration year ends by Dec. 31, ",
        ),
    ],
)
def test_a_claim_no_body_could_have_issued_is_refused(
    owner_client, owner, body_province, overrides, field, message
):
    body = factories.RegulatoryBodyFactory(name="Test College", province=body_province)

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, **overrides)
    )

    assert response.status_code == 400
    assert message in response.text
    assert f'id="id_{field}_error"' in response.text
    assert not Credential.objects.exists()


def test_a_national_body_is_claimed_in_any_province(owner_client, owner):
    body = factories.RegulatoryBodyFactory(acronym="CCPA", province="")

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, jurisdiction="NS")
    )

    assert response.status_code == 302
    assert Credential.objects.get().jurisdiction == "NS"


def test_the_same_registration_twice_is_explained_in_plain_words(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert "You already added this registration." in response.text
    assert "already exists" not in response.text


def test_resubmitting_clears_the_last_reviewers_note(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner, status=CredentialStatus.REJECTED, reason="Number not found."
    )
    data = credential_data(credential.regulatory_body, registration_number="98765")
    del data["evidence"]

    owner_client.post(reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data)

    credential.refresh_from_db()
    assert (credential.status, credential.reason) == (CredentialStatus.PENDING, "")
    assert "Number not found." not in owner_client.get(reverse("therapists:dashboard")).text


def test_saving_a_refused_credential_unchanged_says_what_is_needed(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner,
        status=CredentialStatus.REVOKED,
        reason="Struck off.",
        registration_number="12345",
        designation="RP",
        jurisdiction="ON",
        expires_on=YEAR_END,
    )
    data = credential_data(credential.regulatory_body)
    del data["evidence"]

    response = owner_client.post(
        reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data, follow=True
    )

    assert "Nothing changed, so the credential stays revoked." in response.text
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REVOKED
