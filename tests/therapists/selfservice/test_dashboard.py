"""The dashboard: the listing's state in words, the checklist, views, inquiries, availability."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests import factories
from therapists.models import CredentialStatus, Therapist
from therapists.public.profile_views import profile_view_record

pytestmark = pytest.mark.django_db


def test_a_new_profile_is_a_draft_with_everything_to_do(owner_client):
    response = owner_client.get(reverse("therapists:dashboard"))

    assert "Draft: your profile is not visible to the public yet." in response.text
    missing = [item.key for item in response.context["missing"]]
    assert missing == ["photo", "bio", "approach", "where", "fees", "credential", "verified"]


def test_a_listed_profile_says_so(owner_client, owner):
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)
    factories.VerifiedCredentialFactory(therapist=owner)

    response = owner_client.get(reverse("therapists:dashboard"))

    assert "Your profile is listed" in response.text
    assert "Pause my listing" in response.text


def test_views_of_the_last_30_days_and_inquiries_are_counted(owner_client, owner):
    today = timezone.localdate()
    factories.ProfileViewDayFactory(therapist=owner, date=today, views=4)
    factories.ProfileViewDayFactory(
        therapist=owner, date=today - datetime.timedelta(days=29), views=2
    )
    factories.ProfileViewDayFactory(
        therapist=owner, date=today - datetime.timedelta(days=30), views=50
    )
    factories.InquiryFactory.create_batch(3, therapist=owner)

    response = owner_client.get(reverse("therapists:dashboard"))

    assert response.context["views"]["total"] == 6
    assert len(response.context["views"]["days"]) == 30
    assert "6 profile views in the last 30 days." in response.text
    assert "3 inquiries received" in response.text


def test_availability_confirmation_refreshes_the_date_and_ends_the_reminder(owner_client, owner):
    Therapist.objects.filter(pk=owner.pk).update(
        is_published=True, availability_confirmed_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert "Confirm it or change it." in owner_client.get(reverse("therapists:dashboard")).text

    owner_client.post(reverse("therapists:availability_confirm"), {"accepting": "accepting"})

    owner.refresh_from_db()
    assert timezone.now() - owner.availability_confirmed_at < datetime.timedelta(minutes=1)
    assert owner.availability == "accepting"
    assert "Confirm it or change it." not in owner_client.get(reverse("therapists:dashboard")).text


def test_saying_full_is_recorded(owner_client, owner):
    owner_client.post(reverse("therapists:availability_confirm"), {"accepting": "closed"})

    owner.refresh_from_db()
    assert owner.accepting == "closed"


def test_each_credential_shows_its_status_and_the_reviewers_reason(owner_client, owner):
    factories.CredentialFactory(therapist=owner, designation="RP")
    factories.CredentialFactory(
        therapist=owner,
        designation="RSW",
        status=CredentialStatus.REJECTED,
        reason="The number is not on the register.",
    )

    response = owner_client.get(reverse("therapists:dashboard"))

    assert "Pending verification" in response.text
    assert "Rejected" in response.text
    assert "The number is not on the register." in response.text


def test_profile_views_are_counted_once_a_day_per_row(owner):
    for _ in range(3):
        profile_view_record(therapist=owner)
    profile_view_record(therapist=owner, on=timezone.localdate() - datetime.timedelta(days=1))

    assert sorted(owner.view_days.values_list("views", flat=True)) == [1, 3]


@pytest.mark.parametrize(("prefix", "day"), [("en", "Tue 1 Dec"), ("fr", "mar 1 déc")])
def test_the_views_table_writes_days_as_each_language_does(owner_client, owner, prefix, day):
    factories.ProfileViewDayFactory(therapist=owner, date=datetime.date(2026, 12, 1), views=3)

    with time_machine.travel(datetime.datetime(2026, 12, 2, 17, tzinfo=datetime.UTC), tick=False):
        page = owner_client.get(f"/{prefix}/account/").text

    assert f"<td>{day}</td><td>3</td>" in page


def test_fields_the_checklist_asks_for_say_so_instead_of_optional(owner_client):
    identity = owner_client.get(reverse("therapists:editor", kwargs={"section": "identity"})).text
    fees = owner_client.get(reverse("therapists:editor", kwargs={"section": "fees"})).text

    assert re.search(r"About <span class=\"optional\">\(needed to publish\)</span>", identity)
    assert re.search(r"\(CAD\) <span class=\"optional\">\(needed to publish\)</span>", fees)
    assert 'Pronouns <span class="optional">(optional)</span>' in identity
