"""A claim on a number already verified for another profile is marked in the verifiers' queue
before anyone opens it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests import factories
from therapists.models import Credential

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:therapists_credential_queue")
FLAG = "Number already verified for another profile"


@pytest.fixture
def verifier_client(client, verifier):
    client.force_login(verifier)
    return client


def duplicate_claim(number="55501", **kwargs):
    """A pending claim on a number that another profile holds, verified, at the same body."""
    held = factories.VerifiedCredentialFactory(registration_number=number)
    return factories.CredentialFactory(
        regulatory_body=held.regulatory_body, registration_number=number, **kwargs
    )


def test_a_claim_on_a_number_verified_elsewhere_is_flagged_in_any_case():
    claim = duplicate_claim(number="ab-123")
    claim.registration_number = "AB-123"
    claim.save(update_fields=["registration_number"])
    plain = factories.CredentialFactory()

    flags = dict(
        Credential.objects.pending()
        .with_number_verified_elsewhere()
        .values_list("pk", "number_verified_elsewhere")
    )

    assert flags == {claim.pk: True, plain.pk: False}


def test_the_same_number_at_another_body_or_on_the_same_profile_is_not_flagged():
    held = factories.VerifiedCredentialFactory(registration_number="55501")
    elsewhere = factories.CredentialFactory(registration_number="55501")
    own = factories.CredentialFactory(
        therapist=held.therapist,
        regulatory_body=factories.RegulatoryBodyFactory(),
        registration_number="55501",
    )
    rejected_holder = factories.CredentialFactory(
        regulatory_body=elsewhere.regulatory_body,
        registration_number="55502",
        status="rejected",
        reason="Not on the register.",
    )
    claim_on_rejected = factories.CredentialFactory(
        regulatory_body=rejected_holder.regulatory_body, registration_number="55502"
    )

    flagged = Credential.objects.with_number_verified_elsewhere().filter(
        number_verified_elsewhere=True
    )

    assert not flagged.filter(pk__in=[elsewhere.pk, own.pk, claim_on_rejected.pk]).exists()


def test_the_queue_marks_the_duplicate_claim_and_only_it(verifier_client):
    claim = duplicate_claim(therapist=factories.TherapistFactory(display_name="Second Claimant"))
    factories.CredentialFactory(therapist=factories.TherapistFactory(display_name="Plain Claim"))

    response = verifier_client.get(QUEUE)

    flags = {row[0].pk: row[0].number_verified_elsewhere for row in response.context["rows"]}
    assert list(flags.values()).count(True) == 1 and flags[claim.pk] is True
    html = response.text
    assert html.count(FLAG) == 1
    # The mark sits in the claimant's row, as words, not colour alone.
    row = html[html.index("Second Claimant") :]
    row = row[: row.index("</tr>")]
    assert f'<strong class="flag">{FLAG}</strong>' in row


def test_the_review_page_shows_the_mark_too(verifier_client):
    claim = duplicate_claim()

    response = verifier_client.get(reverse("admin:therapists_credential_review", args=[claim.pk]))

    assert FLAG in response.text


def test_the_mark_is_in_french_for_a_french_verifier(verifier_client):
    duplicate_claim()

    with translation.override("fr"):
        response = verifier_client.get(reverse("admin:therapists_credential_queue"))

    assert "Numéro déjà vérifié pour un autre profil" in response.text


def test_flagging_costs_the_queue_no_query_per_row(verifier_client, django_assert_num_queries):
    duplicate_claim(number="60000")
    factories.CredentialFactory()
    with CaptureQueriesContext(connection) as few:
        verifier_client.get(QUEUE)
    for n in range(12):
        duplicate_claim(number=f"6{n:04d}1")
        factories.CredentialFactory()

    with django_assert_num_queries(len(few.captured_queries)):
        response = verifier_client.get(QUEUE)

    assert len(response.context["rows"]) == 26
    assert len(few.captured_queries) <= 10  # the queue's pinned budget
