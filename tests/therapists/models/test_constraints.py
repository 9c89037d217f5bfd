"""The database itself refuses data that would break the directory's promises."""

import pytest
from django.db import IntegrityError, transaction

from tests import factories
from therapists.models import CredentialStatus, VerificationEvent

pytestmark = pytest.mark.django_db


def refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_a_registration_number_is_verified_for_one_therapist_per_body():
    first = factories.VerifiedCredentialFactory(registration_number="12345")
    refused(
        lambda: factories.VerifiedCredentialFactory(
            regulatory_body=first.regulatory_body, registration_number="12345"
        )
    )


def test_an_impostors_pending_claim_does_not_block_the_real_holder():
    impostor = factories.CredentialFactory(registration_number="12345")
    holder = factories.VerifiedCredentialFactory(
        regulatory_body=impostor.regulatory_body, registration_number="12345"
    )
    assert holder.status == CredentialStatus.VERIFIED


def test_the_same_number_at_another_body_is_a_different_registration():
    factories.VerifiedCredentialFactory(registration_number="12345")
    factories.VerifiedCredentialFactory(registration_number="12345")


def test_a_fee_floor_cannot_exceed_the_fee():
    refused(lambda: factories.TherapistFactory(fee=100, fee_floor=120))
    assert factories.TherapistFactory(fee=100, fee_floor=60).fee_floor == 60


def test_a_fee_floor_needs_a_fee():
    refused(lambda: factories.TherapistFactory(fee=None, fee_floor=60))


@pytest.mark.parametrize(("latitude", "longitude"), [(91, 0), (-91, 0), (45, 181), (45, -181)])
def test_coordinates_stay_on_the_earth(latitude, longitude):
    refused(lambda: factories.CityFactory(latitude=latitude, longitude=longitude))
    refused(lambda: factories.OfficeFactory(latitude=latitude, longitude=longitude))


def test_postal_area_codes_follow_canada_posts_format():
    refused(lambda: factories.PostalAreaFactory(code="D1A"))
    assert factories.PostalAreaFactory(code="H2X").code == "H2X"


def test_a_therapist_has_at_most_one_intro_video():
    video = factories.IntroVideoFactory()
    refused(lambda: factories.IntroVideoFactory(therapist=video.therapist))


def test_a_rejection_needs_a_reason():
    refused(lambda: factories.CredentialFactory(status=CredentialStatus.REJECTED, reason=""))


def test_verification_events_cannot_be_changed_or_deleted():
    event = factories.VerificationEventFactory()
    event.note = "rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        VerificationEvent.objects.filter(pk=event.pk).update(note="rewritten")
    with pytest.raises(PermissionError):
        VerificationEvent.objects.all().delete()
    event.refresh_from_db()
    assert event.note == ""
