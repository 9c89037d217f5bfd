"""The public profile: what it shows, what it hides, and who may see it."""

import json
import re

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.urls import reverse

from tests import factories
from therapists.listing import listing_refresh
from therapists.models import ModerationStatus, ProfileViewDay, Therapist
from therapists.selfservice.profile import therapist_pause
from therapists.verification.credentials import credential_resubmit

pytestmark = pytest.mark.django_db


def profile(client, therapist):
    return client.get(reverse("therapists:detail", kwargs={"slug": therapist.slug}))


def test_profile_shows_the_verified_credential_with_its_register(client, listed_therapist):
    credential = listed_therapist.credentials.get()
    body = profile(client, listed_therapist).content.decode()
    assert credential.registration_number in body
    assert credential.regulatory_body.name in body
    assert credential.regulatory_body.public_register_url in body
    assert "Verified on" in body


def test_profile_labels_a_voluntary_association_as_no_licence(client):
    association = factories.RegulatoryBodyFactory(kind="association", acronym="CCPA")
    credential = factories.VerifiedCredentialFactory(regulatory_body=association)
    body = profile(client, credential.therapist).content.decode()
    assert "a voluntary association, not a licence to practise" in body


def test_profile_hides_unverified_credentials_evidence_and_the_owners_email(client):
    credential = factories.VerifiedCredentialFactory()
    therapist = credential.therapist
    pending = factories.CredentialFactory(therapist=therapist, registration_number="PENDING-777")
    pending.evidence.save("licence.pdf", ContentFile(b"%PDF-1.4 evidence"))
    body = profile(client, therapist).content.decode()
    assert "PENDING-777" not in body
    assert "licence" not in body and "evidence/" not in body
    assert therapist.owner.email not in body


def test_profile_shows_the_video_only_once_approved(client, listed_therapist):
    video = factories.IntroVideoFactory(therapist=listed_therapist)
    assert "<video" not in profile(client, listed_therapist).content.decode()

    video.status = ModerationStatus.APPROVED
    video.captions.save("intro.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n"))
    video.save()
    body = profile(client, listed_therapist).content.decode()
    assert "<video" in body
    assert '<track kind="captions"' in body
    assert "Read the transcript" in body


def test_profile_escapes_the_therapists_text(client):
    therapist = factories.TherapistFactory(bio="<script>alert(1)</script>\n\nSecond paragraph")
    factories.VerifiedCredentialFactory(therapist=therapist)
    body = profile(client, therapist).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body
    assert "<p>Second paragraph</p>" in body


def test_profile_shows_fees_offices_and_online_provinces(client):
    therapist = factories.TherapistFactory(fee=160, fee_floor=90, offers_online=True)
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction="QC")
    montreal = factories.CityFactory(name="Montréal", province="QC", latitude=45.5, longitude=-73.6)
    office = factories.OfficeFactory(therapist=therapist, city=montreal, wheelchair_accessible=True)
    therapist.direct_billing.add(factories.InsurerFactory(name="Sun Life"))
    body = profile(client, therapist).content.decode()
    assert "$160" in body and "sliding scale from $90" in body
    assert "Sun Life" in body
    assert office.address_line1 in body
    assert "Wheelchair accessible" in body
    assert "https://www.openstreetmap.org/?mlat=" in body
    assert "Online sessions for people in: Quebec." in body


def test_profile_makes_no_ratings_or_superlatives(client, listed_therapist):
    body = profile(client, listed_therapist).content.decode().lower()
    article = body[body.index('<article class="profile">') : body.index("</article>")]
    for word in ("rating", "stars", "review", "testimonial", "best therapist", "top-rated"):
        assert word not in article


def test_structured_data_is_valid_json_ld(client, listed_therapist):
    body = profile(client, listed_therapist).content.decode()
    found = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S)
    data = json.loads(found.group(1))
    assert data["@type"] == "Person"
    assert data["name"] == listed_therapist.display_name
    assert data["hasCredential"][0]["name"] == "RP"
    assert '<link rel="canonical" href="http://testserver/en/therapists/' in body
    assert '<meta property="og:title"' in body


def test_structured_data_cannot_close_its_script_element(client):
    therapist = factories.TherapistFactory(headline="</script><script>alert(1)</script>")
    factories.VerifiedCredentialFactory(therapist=therapist)
    body = profile(client, therapist).content.decode()
    json_ld = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S)
    assert "alert" in json.loads(json_ld.group(1))["description"]
    assert "<script>alert(1)" not in body


def deactivate(user):
    """As the accounts' admin does (tests/therapists/test_listing_upkeep.py)."""
    user.is_active = False
    user.save()
    listing_refresh(therapist_ids=Therapist.objects.filter(owner=user).values_list("pk", flat=True))


@pytest.mark.parametrize(
    "make_unlisted",
    [
        lambda t: therapist_pause(therapist=t),
        lambda t: credential_resubmit(credential=t.credentials.get(), actor=t.owner),
        lambda t: deactivate(t.owner),
    ],
    ids=["paused", "credential-pending", "account-inactive"],
)
def test_an_unlisted_profile_is_a_404_to_the_public(client, listed_therapist, make_unlisted):
    make_unlisted(listed_therapist)
    assert profile(client, listed_therapist).status_code == 404


def test_the_owner_previews_an_unlisted_profile(client):
    therapist = factories.TherapistFactory(is_published=False)
    client.force_login(therapist.owner)
    response = profile(client, therapist)
    assert response.status_code == 200
    assert b"Preview: this is your profile as the public sees it." in response.content
    assert (
        "Draft: your profile is not visible to the public yet. Complete the steps on your dashboard"
        in (response.text)
    )
    assert "no-store" in response["Cache-Control"]


def test_the_preview_says_where_the_listing_stands_as_the_dashboard_does(client, listed_therapist):
    client.force_login(listed_therapist.owner)
    assert "Your profile is listed: clients can find it" in profile(client, listed_therapist).text

    listed_therapist.credentials.update(status="pending")
    listing_refresh(therapist_ids=[listed_therapist.pk])
    waiting = profile(client, listed_therapist).text
    assert "Published, pending verification" in waiting
    assert "Paused" not in waiting


def test_another_therapist_cannot_preview_an_unlisted_profile(client):
    therapist = factories.TherapistFactory(is_published=False)
    client.force_login(factories.TherapistFactory().owner)
    assert profile(client, therapist).status_code == 404


def test_public_views_are_counted_per_day_and_the_owners_are_not(client, listed_therapist):
    profile(client, listed_therapist)
    profile(client, listed_therapist)
    client.force_login(listed_therapist.owner)
    profile(client, listed_therapist)
    assert ProfileViewDay.objects.get(therapist=listed_therapist).views == 2


def test_profile_page_query_count_is_bounded(client, django_assert_max_num_queries):
    therapist = factories.TherapistFactory()
    factories.VerifiedCredentialFactory(therapist=therapist)
    for _ in range(5):
        factories.OfficeFactory(therapist=therapist)
        therapist.approaches.add(factories.ApproachFactory())
    with django_assert_max_num_queries(16):
        assert profile(client, therapist).status_code == 200


@pytest.mark.parametrize(
    ("phone", "link"),
    [
        ("(416) 555-0123 ext. 4", '<a href="tel:+14165550123;ext=4">(416) 555-0123 ext. 4</a>'),
        ("+33 1 42 68 53 00", '<a href="tel:+33142685300">+33 1 42 68 53 00</a>'),
        ("416 555 0123 ext", "Or call Dana Lee: 416 555 0123 ext</p>"),  # saved when laxer
    ],
)
def test_profile_shows_the_public_phone_as_a_link_to_call(client, listed_therapist, phone, link):
    Therapist.objects.filter(pk=listed_therapist.pk).update(
        public_phone=phone, display_name="Dana Lee"
    )
    listed_therapist.refresh_from_db()

    assert link in profile(client, listed_therapist).content.decode()


def test_profile_without_a_public_phone_offers_no_number(client, listed_therapist):
    assert "Or call" not in profile(client, listed_therapist).content.decode()


def test_an_office_where_the_therapist_is_not_registered_is_not_shown(client):
    """A therapist sees clients in person only where registered: an Ontario office of a
    Quebec-only psychologist is left off the profile, the search and the counts."""
    therapist = factories.TherapistFactory(display_name="Québec Only")
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction="QC")
    ottawa = factories.CityFactory(name="Ottawa", province="ON", latitude=45.42, longitude=-75.7)
    office = factories.OfficeFactory(therapist=therapist, city=ottawa, address_line1="100 Queen St")

    assert "100 Queen St" not in profile(client, therapist).text
    near = client.get(reverse("therapists:list"), {"place": "Ottawa"})
    assert near.context["paginator"].count == 0
    in_ontario = client.get(reverse("therapists:list"), {"province": "ON"})
    assert in_ontario.context["paginator"].count == 0

    factories.VerifiedCredentialFactory(
        therapist=therapist, jurisdiction="ON", registration_number="ON-1"
    )
    office.refresh_from_db()
    assert office.is_registered
    cache.clear()
    assert "100 Queen St" in profile(client, therapist).text
    assert (
        client.get(reverse("therapists:list"), {"place": "Ottawa"}).context["paginator"].count == 1
    )


def test_an_office_moved_in_the_admin_follows_the_registration_rule(admin_client):
    therapist = factories.TherapistFactory()
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction="QC")
    gatineau = factories.CityFactory(
        name="Gatineau", province="QC", latitude=45.48, longitude=-75.7
    )
    office = factories.OfficeFactory(therapist=therapist)  # in Ontario: not registered
    assert not office.is_registered

    response = admin_client.post(
        reverse("admin:therapists_office_change", args=[office.pk]),
        {
            "therapist": therapist.pk,
            "label": "",
            "address_line1": office.address_line1,
            "address_line2": "",
            "city": gatineau.pk,
            "postal_code": "J8X 1A1",
            "latitude": "45.48",
            "longitude": "-75.7",
        },
    )

    assert response.status_code == 302, response.content
    office.refresh_from_db()
    assert office.is_registered
