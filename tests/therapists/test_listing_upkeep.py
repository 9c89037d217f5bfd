"""Therapist.listed_until follows every change that decides who is listed (therapists/listing.py).

The rule itself is tested in test_listing.py; here, each way the rule's inputs change (the
verification functions, publishing, the editor, the admin, the daily sweep) is checked to leave
listed() giving the rule's answer, read straight from the rows it depends on.
"""

import contextlib
import datetime
import logging
import random

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.admin_forms import admin_form_data
from therapists.listing import listing_refresh_all
from therapists.models import (
    Credential,
    CredentialStatus,
    SearchRow,
    Therapist,
    latest_registration_end,
)
from therapists.search.cache import search_cache_version
from therapists.search.rows import search_rows_refresh
from therapists.selfservice.forms import FeesForm
from therapists.selfservice.profile import therapist_pause, therapist_publish, therapist_saved
from therapists.verification.credentials import (
    credential_approve,
    credential_expire_due,
    credential_reject,
    credential_renewal_approve,
    credential_renewal_decline,
    credential_resubmit,
    credential_revoke,
    credential_submit,
    credential_update,
    credentials_sweep,
)

pytestmark = pytest.mark.django_db


def listed_by_the_rule(on: datetime.date) -> set[int]:
    """Published, active owner, a verified credential not expired on the day: from the rows."""
    return {
        credential.therapist_id
        for credential in Credential.objects.select_related("therapist__owner")
        if credential.status == CredentialStatus.VERIFIED
        and (credential.expires_on is None or credential.expires_on >= on)
        and credential.therapist.is_published
        and credential.therapist.owner.is_active
    }


def search_rows_now() -> dict[int, tuple]:
    """Every search row as it stands, less the words (rebuilt by the same statement)."""
    fields = [
        field.attname
        for field in SearchRow._meta.concrete_fields
        if field.attname not in {"search_vector", "rank_vector"}
    ]
    return {row[0]: row for row in SearchRow.objects.order_by("pk").values_list(*fields)}


def assert_listing_follows_the_rule(after: str = ""):
    today = timezone.localdate()
    for day in (today, today + datetime.timedelta(days=100), today + datetime.timedelta(days=400)):
        listed = set(Therapist.objects.listed(on=day).values_list("pk", flat=True))
        assert listed == listed_by_the_rule(day), f"on {day}, after {after}"
    # The search's rows are what making them again gives: every change refreshed its own.
    rows = search_rows_now()
    assert set(rows) == set(Therapist.objects.listed().values_list("pk", flat=True)), after
    search_rows_refresh(Therapist.objects.values_list("pk", flat=True))
    assert search_rows_now() == rows, f"stale search rows after {after}"


def publishable(n: int) -> Therapist:
    """A profile with everything publishing asks for, and one pending credential."""
    owner = factories.UserFactory(email_confirmed_at=timezone.now())
    therapist = factories.TherapistFactory(
        owner=owner, is_published=False, photo="photos/face.jpg", offers_online=True
    )
    therapist.approaches.add(factories.ApproachFactory(slug="cft"))
    credential_submit(
        therapist=therapist,
        actor=owner,
        regulatory_body=factories.RegulatoryBodyFactory(slug="crpo"),
        designation="RP",
        registration_number=f"{50000 + n}",
        jurisdiction="ON",
        expires_on=timezone.localdate() + datetime.timedelta(days=200),
    )
    return therapist


@pytest.mark.parametrize("seed", [2026, 1, 2, 3, 4])
def test_every_change_through_the_code_keeps_the_listing_true_to_its_rule(verifier, seed):
    """Three hundred random changes to five profiles; after each, listed() is what the rule says."""
    rng = random.Random(seed)
    therapists = [publishable(n) for n in range(5)]
    today = timezone.localdate()
    expiries = [today - datetime.timedelta(days=1), today] + [
        today + datetime.timedelta(days=days) for days in (150, 300)
    ]

    def credential_of(therapist, *statuses):
        found = list(therapist.credentials.filter(status__in=statuses))
        return rng.choice(found) if found else None

    def publish(t):
        with contextlib.suppress(ValidationError):  # refused with no credential to verify
            therapist_publish(therapist=Therapist.objects.get(pk=t.pk), accepting="accepting")

    def pause(t):
        therapist_pause(therapist=Therapist.objects.get(pk=t.pk))

    def approve(t):
        if credential := credential_of(t, CredentialStatus.PENDING):
            with contextlib.suppress(ValidationError):  # refused when already expired
                credential_approve(credential=credential, reviewer=verifier)

    def refuse(t):
        if credential := credential_of(t, CredentialStatus.PENDING):
            credential_reject(credential=credential, reviewer=verifier, reason="Not found.")
        if credential := credential_of(t, CredentialStatus.VERIFIED):
            credential_revoke(credential=credential, reviewer=verifier, reason="Struck off.")

    def resubmit(t):
        refused = (CredentialStatus.REJECTED, CredentialStatus.REVOKED, CredentialStatus.EXPIRED)
        if credential := credential_of(t, *refused):
            credential_resubmit(credential=credential, actor=t.owner)

    def new_expiry(t):
        if credential := credential_of(t, CredentialStatus.VERIFIED, CredentialStatus.PENDING):
            next_year = credential.expires_on + datetime.timedelta(days=365)
            renewed = min(next_year, latest_registration_end())  # as the form allows
            expires_on = rng.choice([*expiries, renewed, renewed])
            credential_update(
                credential=credential, actor=t.owner, changes={"expires_on": expires_on}
            )

    decided = []

    def decide_renewal(t):
        """A verifier takes a waiting renewal, of any profile; until then it does not count."""
        waiting = list(Credential.objects.renewals().order_by("pk"))
        if not waiting:
            return
        credential = rng.choice(waiting)
        if rng.random() < 0.75:
            with contextlib.suppress(ValidationError):  # refused once the date has passed
                credential_renewal_approve(
                    credential=credential,
                    reviewer=verifier,
                    renewed_until=credential.renewed_until,
                )
        else:
            credential_renewal_decline(
                credential=credential,
                reviewer=verifier,
                renewed_until=credential.renewed_until,
                reason="No.",
            )
        decided.append(credential.pk)

    def expire(t):
        credential_expire_due(today=today + datetime.timedelta(days=rng.choice([0, 160])))

    def deactivate_or_reactivate(t):
        owner = Therapist.objects.get(pk=t.pk).owner
        owner.is_active = not owner.is_active
        request = RequestFactory().post("/")
        admin.site.get_model_admin(type(owner)).save_model(request, owner, None, change=True)

    def edit_a_stale_copy(t):
        """The editor loaded the profile before a verifier's decision, then saves its form."""
        loaded = Therapist.objects.get(pk=t.pk)
        approve(t)
        form = FeesForm({"fee": 120, "session_minutes": 50}, instance=loaded)
        assert form.is_valid(), form.errors
        form.save()
        therapist_saved(therapist=loaded)

    # Each change and how often the walk takes it: the ones that list a profile, and renewals,
    # come up more often, so that every walk spends time listed and decides renewals.
    changes = {
        publish: 3,
        pause: 1,
        approve: 3,
        refuse: 1,
        resubmit: 1,
        new_expiry: 2,
        decide_renewal: 2,
        expire: 1,
        deactivate_or_reactivate: 1,
        edit_a_stale_copy: 1,
    }
    listed_counts, ever_listed = set(), set()
    for step in range(300):
        [change] = rng.choices(list(changes), weights=list(changes.values()))
        therapist = rng.choice(therapists)
        change(therapist)
        assert_listing_follows_the_rule(after=f"step {step}, {change.__name__}")
        listed_now = set(Therapist.objects.listed().values_list("pk", flat=True))
        listed_counts.add(len(listed_now))
        ever_listed |= listed_now
    # The walk went through listed and unlisted states, with most profiles listed at some point.
    assert 0 in listed_counts and len(ever_listed) >= 3, (listed_counts, ever_listed)
    assert decided, "the walk never decided a renewal"


def test_unpublishing_in_the_admin_unlists_the_profile(admin_client, listed_therapist):
    url = reverse("admin:therapists_therapist_change", args=[listed_therapist.pk])
    data = admin_form_data(admin_client.get(url))
    del data["is_published"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert not Therapist.objects.listed().exists()
    assert_listing_follows_the_rule()


def test_deleting_a_verified_credential_in_the_admin_unlists_the_profile(
    admin_client, listed_therapist
):
    credential = listed_therapist.credentials.get()
    url = reverse("admin:therapists_credential_delete", args=[credential.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert not Therapist.objects.listed().exists()


def test_deleting_credentials_in_bulk_in_the_admin_unlists_their_profiles(
    admin_client, listed_therapist
):
    credential = listed_therapist.credentials.get()
    url = reverse("admin:therapists_credential_changelist")
    data = {"action": "delete_selected", "_selected_action": [credential.pk], "post": "yes"}
    assert admin_client.post(url, data).status_code == 302
    assert not Credential.objects.exists()
    assert not Therapist.objects.listed().exists()


def test_deleting_an_office_in_the_admin_takes_it_out_of_the_search(admin_client):
    therapist = factories.TherapistFactory()
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction="ON")
    city = factories.CityFactory(province="ON")
    office = factories.OfficeFactory(therapist=therapist, city=city, wheelchair_accessible=True)
    assert SearchRow.objects.get().wheelchair_office
    url = reverse("admin:therapists_office_delete", args=[office.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    row = SearchRow.objects.get()
    assert not row.wheelchair_office
    assert "ON" not in row.serving_provinces
    assert_listing_follows_the_rule()


def test_deleting_approved_videos_in_bulk_in_the_admin_takes_off_their_mark(
    admin_client, listed_therapist
):
    video = factories.IntroVideoFactory(therapist=listed_therapist, status="approved")
    assert SearchRow.objects.get().has_video
    url = reverse("admin:therapists_introvideo_changelist")
    data = {"action": "delete_selected", "_selected_action": [video.pk], "post": "yes"}
    assert admin_client.post(url, data).status_code == 302
    assert not SearchRow.objects.get().has_video
    assert_listing_follows_the_rule()


def test_deactivating_an_account_in_the_admin_unlists_its_profile(admin_client, listed_therapist):
    owner = listed_therapist.owner
    url = reverse("admin:directory_user_change", args=[owner.pk])
    data = admin_form_data(admin_client.get(url))
    del data["is_active"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    owner.refresh_from_db()
    assert not owner.is_active
    assert not Therapist.objects.listed().exists()


def test_the_daily_sweep_corrects_a_listing_that_drifted_and_says_so(listed_therapist, caplog):
    Therapist.objects.filter(pk=listed_therapist.pk).update(is_published=False)  # no refresh
    assert Therapist.objects.listed().exists()
    version = search_cache_version()
    with (
        caplog.at_level(logging.WARNING, logger="therapists.verification.expiry"),
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        assert credentials_sweep()["listings_corrected"] == 1
    assert search_cache_version() > version  # no cached page still shows the profile
    assert "corrected the listing of 1 profile" in caplog.text
    assert not Therapist.objects.listed().exists()
    assert listing_refresh_all() == 0  # nothing left to correct
