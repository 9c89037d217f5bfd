"""Publishing, pausing and previewing a profile, and what a published profile must keep."""

import pytest
from django.test import Client
from django.urls import reverse

from directory.models import User
from tests import factories
from therapists.models import Therapist

pytestmark = pytest.mark.django_db


def complete(therapist):
    therapist.bio = "I work with adults."
    therapist.fee = 120
    therapist.offers_online = True
    therapist.photo = "photos/x.jpg"
    therapist.save()
    therapist.approaches.add(factories.ApproachFactory())
    factories.CredentialFactory(therapist=therapist)


def test_publishing_is_refused_while_steps_are_missing(owner_client, owner):
    response = owner_client.post(reverse("therapists:publish"), {"action": "publish"})

    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    owner.refresh_from_db()
    assert not owner.is_published
    assert "Before publishing: Add a photo." in response.text
    assert "Before publishing: Give your fee." in response.text


def test_publishing_a_complete_profile_waits_for_verification(owner_client, owner):
    complete(owner)

    response = owner_client.post(
        reverse("therapists:publish"), {"action": "publish", "accepting": "accepting"}, follow=True
    )

    owner.refresh_from_db()
    assert owner.is_published
    assert "Published, pending verification" in response.text
    assert not Therapist.objects.listed().filter(pk=owner.pk).exists()


def test_publishing_needs_a_confirmed_email(owner_client, owner):
    complete(owner)
    User.objects.filter(pk=owner.owner_id).update(email_confirmed_at=None)

    response = owner_client.post(
        reverse("therapists:publish"), {"action": "publish", "accepting": "accepting"}, follow=True
    )

    owner.refresh_from_db()
    assert not owner.is_published
    assert "Confirm your email address" in response.text


def test_pausing_hides_a_listed_profile(owner_client, owner):
    factories.VerifiedCredentialFactory(therapist=owner)
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)

    owner_client.post(reverse("therapists:publish"), {"action": "pause"})

    assert not Therapist.objects.listed().filter(pk=owner.pk).exists()


def test_preview_shows_the_unlisted_profile_to_its_owner(owner_client, owner):
    response = owner_client.get(reverse("therapists:preview"), follow=True)

    assert response.redirect_chain == [(owner.get_absolute_url(), 302)]
    assert "Preview: this is your profile as the public sees it." in response.text
    assert owner.display_name in response.text
    assert Client().get(owner.get_absolute_url()).status_code == 404


def published(therapist, **fields):
    complete(therapist)
    Therapist.objects.filter(pk=therapist.pk).update(is_published=True, **fields)
    therapist.refresh_from_db()
    return therapist


FEES = reverse("therapists:editor", kwargs={"section": "fees"})


def test_a_published_profile_cannot_lose_its_fee(owner_client, owner):
    published(owner)

    response = owner_client.post(FEES, {"fee": "", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 400
    assert "Your profile is published, so it needs this: Give your fee." in response.text
    owner.refresh_from_db()
    assert owner.fee == 120


def test_a_paused_profile_can_lose_its_fee(owner_client, owner):
    complete(owner)

    response = owner_client.post(FEES, {"fee": "", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.fee is None


def test_what_was_already_missing_does_not_block_other_edits(owner_client, owner):
    published(owner, photo="")

    response = owner_client.post(FEES, {"fee": "90", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.fee == 90


def test_the_last_office_of_a_published_in_person_profile_stays(owner_client, owner):
    published(owner, offers_online=False)
    office = factories.OfficeFactory(therapist=owner)

    response = owner_client.post(reverse("therapists:office_delete", kwargs={"pk": office.pk}))

    assert response.status_code == 400
    assert "Add an office, or offer online sessions" in response.text
    assert owner.offices.filter(pk=office.pk).exists()


def test_the_photo_of_a_published_profile_stays(owner_client, owner):
    published(owner)

    response = owner_client.post(reverse("therapists:photo"), {"remove": "1"})

    assert response.status_code == 400
    assert "needs this: Add a photo." in response.text
    owner.refresh_from_db()
    assert owner.photo.name == "photos/x.jpg"
