"""A therapist who claims a number verified for another profile is told at once that it needs a
further check, and is never told whose profile holds it."""

import pytest
from django.urls import reverse

from tests import factories
from tests.therapists.editor_posts import credential_data
from therapists.models import Credential, CredentialStatus

pytestmark = pytest.mark.django_db

NOTICE = "This registration number is already verified for another profile in the directory"


@pytest.fixture
def holder():
    """Another therapist, listed with registration 12345 verified."""
    return factories.VerifiedCredentialFactory(
        registration_number="12345",
        therapist=factories.TherapistFactory(display_name="Holder Name", slug="holder-name"),
    )


def assert_tells_without_naming(html):
    assert NOTICE in html
    assert "Holder Name" not in html and "holder-name" not in html


def test_claiming_a_number_verified_elsewhere_is_accepted_with_a_plain_notice(
    owner_client, owner, holder
):
    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(holder.regulatory_body, registration_number="12345"),
        follow=True,
    )

    assert response.status_code == 200
    claim = Credential.objects.get(therapist=owner)
    assert claim.status == CredentialStatus.PENDING
    assert_tells_without_naming(response.text)
    messages = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert ("warning", messages[-1][1]) == messages[-1] and NOTICE in messages[-1][1]


def test_the_dashboard_and_the_credential_page_keep_saying_it(owner_client, owner, holder):
    claim = factories.CredentialFactory(
        therapist=owner, regulatory_body=holder.regulatory_body, registration_number="12345"
    )

    dashboard = owner_client.get(reverse("therapists:dashboard"))
    page = owner_client.get(reverse("therapists:credential_edit", kwargs={"pk": claim.pk}))

    assert_tells_without_naming(dashboard.text)
    assert_tells_without_naming(page.text)


def test_a_number_no_one_else_holds_gets_no_notice(owner_client, owner, holder):
    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(holder.regulatory_body, registration_number="54321"),
        follow=True,
    )

    assert "pending verification by our team" in response.text
    assert NOTICE not in response.text
    assert NOTICE not in owner_client.get(reverse("therapists:dashboard")).text


def test_editing_a_claim_onto_a_number_verified_elsewhere_says_so(owner_client, owner, holder):
    claim = factories.CredentialFactory(
        therapist=owner, regulatory_body=holder.regulatory_body, registration_number="999"
    )
    data = credential_data(holder.regulatory_body, registration_number="12345")
    del data["evidence"]

    response = owner_client.post(
        reverse("therapists:credential_edit", kwargs={"pk": claim.pk}), data, follow=True
    )

    claim.refresh_from_db()
    assert (claim.registration_number, claim.status) == ("12345", CredentialStatus.PENDING)
    assert_tells_without_naming(response.text)


def test_the_notice_is_in_french_for_a_french_therapist(owner_client, owner, holder):
    factories.CredentialFactory(
        therapist=owner, regulatory_body=holder.regulatory_body, registration_number="12345"
    )

    response = owner_client.get("/fr/" + reverse("therapists:dashboard").split("/", 2)[2])

    assert "déjà vérifié pour un autre profil" in response.text
