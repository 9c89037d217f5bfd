"""Leaving: the account and everything in it go, from the database and storage; audit stays."""

import json

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from directory.models import User
from directory.storage import private_storage
from tests import factories, uploads
from therapists.models import (
    Credential,
    Inquiry,
    IntroVideo,
    Office,
    ProfileViewDay,
    Therapist,
    VerificationEvent,
)
from therapists.verification.credentials import credential_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_profile(owner_client, owner):
    """A profile with a photo, a video with captions, an office, a credential with evidence."""
    owner_client.post(
        reverse("therapists:photo"), {"photo": uploads.upload("me.jpg", uploads.image_bytes())}
    )
    owner_client.post(
        reverse("therapists:video"),
        {
            "file": uploads.upload("v.mp4", uploads.mp4_bytes()),
            "captions": uploads.upload("c.vtt", uploads.VTT),
        },
    )
    factories.OfficeFactory(therapist=owner)
    credential_submit(
        therapist=owner,
        actor=owner.owner,
        regulatory_body=factories.RegulatoryBodyFactory(),
        designation="RP",
        registration_number="4242",
        jurisdiction="ON",
        evidence=uploads.upload("licence.pdf", uploads.PDF),
    )
    factories.InquiryFactory(therapist=owner, message="Please call me back.")
    factories.ProfileViewDayFactory(therapist=owner)
    owner.refresh_from_db()
    return owner


def test_deleting_the_account_removes_everything_but_the_audit(owner_client, full_profile):
    therapist = full_profile
    video = IntroVideo.objects.get(therapist=therapist)
    evidence = Credential.objects.get().evidence.name
    public_files = [
        therapist.photo.name,
        therapist.photo_thumbnail.name,
        video.file.name,
        video.captions.name,
    ]
    assert all(default_storage.exists(name) for name in public_files)
    assert private_storage.exists(evidence)

    response = owner_client.post(
        reverse("therapists:account_delete"), {"password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert not User.objects.filter(pk=therapist.owner_id).exists()
    for model in (Therapist, Office, Credential, IntroVideo, Inquiry, ProfileViewDay):
        assert not model.objects.exists(), model
    assert not any(default_storage.exists(name) for name in public_files)
    assert not private_storage.exists(evidence)
    event = VerificationEvent.objects.get()
    assert event.credential is None
    assert "4242" in event.credential_label
    assert "_auth_user_id" not in owner_client.session


def test_a_wrong_password_deletes_nothing(owner_client, owner):
    response = owner_client.post(reverse("therapists:account_delete"), {"password": "not it"})

    assert response.status_code == 400
    assert "That is not your password." in response.text
    assert Therapist.objects.filter(pk=owner.pk).exists()


def test_the_export_holds_what_the_therapist_entered(owner_client, full_profile):
    response = owner_client.get(reverse("therapists:account_export"))

    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == full_profile.owner.email
    assert data["profile"]["display_name"] == full_profile.display_name
    assert data["profile"]["credentials"][0]["registration_number"] == "4242"
    assert data["profile"]["offices"][0]["postal_code"] == "M5V 2T6"
    assert data["profile"]["intro_video"]["status"] == "pending"
    assert data["profile"]["inquiries"][0]["message"] == "Please call me back."
