"""The client search's filters: each alone and combined, with whom it must include and exclude."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from directory.geo import place_resolve
from tests import factories
from tests.therapists.search.searching import link, names, search, therapist
from therapists.models import CredentialStatus, ModerationStatus, SearchRow
from therapists.search.text import search_vectors_refresh
from therapists.selfservice.profile import therapist_pause

pytestmark = pytest.mark.django_db


def test_a_city_finds_therapists_within_the_radius(client, cities):
    therapist("Downtown", office_in=cities["toronto"])
    therapist("Nearby", office_in=cities["mississauga"])  # ~22 km
    therapist("Farther", office_in=cities["hamilton"])  # ~58 km
    therapist("Capital", office_in=cities["ottawa"])

    assert names(search(client, place="Toronto")) == {"Downtown", "Nearby"}
    assert names(search(client, place="Toronto", radius=10)) == {"Downtown"}
    assert names(search(client, place="toronto", radius=100)) == {"Downtown", "Nearby", "Farther"}


def test_postal_codes_resolve_whole_or_by_their_first_three_characters(client, cities):
    factories.PostalAreaFactory(code="M5V", latitude=43.6429, longitude=-79.3872)
    therapist("Downtown", office_in=cities["toronto"])
    therapist("Capital", office_in=cities["ottawa"])
    for typed in ("M5V 2T6", "m5v2t6", "M5V-2T6", "m5v"):
        assert names(search(client, place=typed)) == {"Downtown"}


def test_places_resolve_without_accents_and_with_a_province(cities):
    assert place_resolve("montreal").name == "Montréal"
    assert place_resolve("London").province == "ON"  # the larger one
    assert place_resolve("London", "NB").province == "NB"
    assert place_resolve("London, NB").province == "NB"
    assert place_resolve("Atlantis") is None


def test_an_unknown_place_is_reported_and_never_widens_to_the_country(client, cities):
    therapist("Low fee", fee=80, office_in=cities["toronto"])
    therapist("High fee", fee=200, office_in=cities["toronto"])
    response = search(client, place="Atlantis", fee_max=100)
    assert names(response) == set()
    assert response.context["paginator"].count == 0
    assert "We could not find “Atlantis”" in response.content.decode()


def test_online_in_a_province_needs_a_valid_credential_there(client, cities):
    therapist("Ontario online", province="ON", offers_online=True)
    therapist("Quebec online", province="QC", offers_online=True, offers_in_person=False)
    therapist("Quebec in person only", province="QC", offers_online=False)
    lapsed = therapist("Lapsed in Quebec", province="ON", offers_online=True)
    factories.VerifiedCredentialFactory(
        therapist=lapsed, jurisdiction="QC", expires_on=timezone.localdate() - datetime.timedelta(1)
    )
    pending = therapist("Pending in Quebec", province="ON", offers_online=True)
    factories.CredentialFactory(therapist=pending, jurisdiction="QC")

    assert names(search(client, online="QC")) == {"Quebec online"}
    assert names(search(client, online="ON")) == {
        "Ontario online",
        "Lapsed in Quebec",
        "Pending in Quebec",
    }


def test_a_credential_ending_today_stops_its_province_at_midnight_with_nothing_run(client, cities):
    """The rows keep each province's credentials as of their refresh, until stable_until; the
    next day the search asks the credentials and offices themselves, as listing does."""
    today = timezone.localdate()
    person = therapist("Ends tonight in Quebec", province="ON", offers_online=True)
    factories.VerifiedCredentialFactory(therapist=person, jurisdiction="QC", expires_on=today)
    factories.OfficeFactory(therapist=person, city=cities["montreal"])  # registered by the same
    row = SearchRow.objects.get(pk=person.pk)
    assert row.stable_until == today and "QC" in row.online_provinces

    assert names(search(client, online="QC")) == {"Ends tonight in Quebec"}
    assert names(search(client, serving="QC")) == {"Ends tonight in Quebec"}
    assert names(search(client, place="Montreal")) == {"Ends tonight in Quebec"}
    tomorrow = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(9))
    with time_machine.travel(timezone.make_aware(tomorrow), tick=False):
        assert names(search(client, online="QC")) == set()
        assert names(search(client, serving="QC")) == set()
        assert names(search(client, place="Montreal")) == set()  # the office is not registered
        assert names(search(client, online="ON")) == {"Ends tonight in Quebec"}
    assert SearchRow.objects.get(pk=person.pk).online_provinces == row.online_provinces


def test_a_province_alone_finds_who_sees_people_from_it_in_person_or_online(client, cities):
    therapist("Montreal office", province="QC", office_in=cities["montreal"])
    therapist("Online for Quebec", province="QC", offers_online=True, offers_in_person=False)
    therapist("Toronto office", province="ON", office_in=cities["toronto"])
    therapist("Ontario online only", province="ON", offers_online=True)

    assert names(search(client, province="QC")) == {"Montreal office", "Online for Quebec"}
    near = search(client, province="ON", place="London")  # with a place, it places the place
    assert near.context["place"].province == "ON"


def test_a_postal_code_in_another_province_than_the_one_chosen_says_so(client, cities):
    factories.PostalAreaFactory(code="M5V", latitude=43.6429, longitude=-79.3872)
    therapist("Downtown", office_in=cities["toronto"])

    response = search(client, place="M5V", province="QC")

    assert names(response) == {"Downtown"}
    assert "M5V is in Ontario, not in Quebec: the search is around it." in response.text


def test_a_place_not_found_in_the_chosen_province_names_the_province(client, cities):
    response = search(client, place="Hamilton", province="QC")

    assert "We could not find “Hamilton” in Quebec." in response.text


def test_an_approach_finds_its_therapists_and_related_widens(client, approaches):
    link(therapist("Compassion"), approaches=[approaches["compassion"]])
    link(therapist("CFT"), approaches=[approaches["cft"]])
    link(therapist("CBT"), approaches=[approaches["cbt"]])

    assert names(search(client, approach="compassion-based")) == {"Compassion"}
    assert names(search(client, approach="compassion-based", related="on")) == {
        "Compassion",
        "CFT",
    }
    assert names(search(client, approach=["cft", "cbt"])) == {"CFT", "CBT"}


def test_an_unknown_approach_is_reported_not_a_500(client, approaches):
    link(therapist("CBT"), approaches=[approaches["cbt"]])
    response = search(client, approach="no-such-approach")
    assert "Approach:" in response.content.decode()
    assert names(response) == {"CBT"}


def test_concern_language_and_community_filters(client):
    anxiety = factories.ConcernFactory(slug="anxiety", name="Anxiety")
    grief = factories.ConcernFactory(slug="grief", name="Grief")
    french = factories.LanguageFactory(code="fr", name="French")
    english = factories.LanguageFactory(code="en", name="English")
    lgbtq = factories.CommunityFactory(slug="lgbtq-affirming", name="LGBTQ+-affirming")
    link(therapist("Anxiety FR"), concerns=[anxiety], languages=[french], communities=[lgbtq])
    link(therapist("Anxiety EN"), concerns=[anxiety], languages=[english])
    link(therapist("Grief FR"), concerns=[grief], languages=[french])

    assert names(search(client, concern="anxiety")) == {"Anxiety FR", "Anxiety EN"}
    assert names(search(client, concern="anxiety", language="fr")) == {"Anxiety FR"}
    assert names(search(client, language=["fr", "en"])) == {"Anxiety FR", "Anxiety EN", "Grief FR"}
    assert names(search(client, community="lgbtq-affirming")) == {"Anxiety FR"}


def test_gender_age_and_format_filters(client):
    therapist("Non-binary teens", gender_identity="non-binary", serves_teens=True)
    therapist("Woman couples", gender_identity="woman", offers_couples=True)
    therapist("Man adults", gender_identity="man")

    assert names(search(client, gender="non-binary")) == {"Non-binary teens"}
    assert names(search(client, gender=["woman", "man"])) == {"Woman couples", "Man adults"}
    assert names(search(client, age="teens")) == {"Non-binary teens"}
    assert names(search(client, format="couples")) == {"Woman couples"}


def test_fee_up_to_counts_a_sliding_scale_floor(client):
    therapist("Cheap", fee=90)
    therapist("Sliding", fee=180, fee_floor=80)
    therapist("Dear", fee=220)
    assert names(search(client, fee_max=100)) == {"Cheap", "Sliding"}
    page = search(client, sort="fee").context["therapists"]
    assert [t.display_name for t in page] == ["Sliding", "Cheap", "Dear"]


def test_direct_billing_free_consultation_and_video(client):
    sun_life = factories.InsurerFactory(slug="sun-life", name="Sun Life")
    billed = link(therapist("Bills Sun Life"), direct_billing=[sun_life])
    therapist("Free call", free_consultation=True)
    with_video = therapist("Has video")
    factories.IntroVideoFactory(therapist=with_video, status=ModerationStatus.APPROVED)
    pending_video = therapist("Video pending")
    factories.IntroVideoFactory(therapist=pending_video)

    assert names(search(client, insurer="sun-life")) == {billed.display_name}
    assert names(search(client, free_consultation="on")) == {"Free call"}
    assert names(search(client, video="on")) == {"Has video"}


def test_accepting_new_clients_only_counts_when_recently_confirmed(client):
    therapist("Fresh", accepting="accepting")
    therapist(
        "Stale",
        accepting="accepting",
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=31),
    )
    therapist("Full", accepting="closed")
    assert names(search(client, accepting="on")) == {"Fresh"}


def test_wheelchair_accessible_office_near_the_place(client, cities):
    far = therapist("Accessible far", office_in=cities["ottawa"])
    far.offices.update(wheelchair_accessible=True)
    near = therapist("Near, stairs only", office_in=cities["toronto"])
    factories.OfficeFactory(therapist=near, city=cities["ottawa"], wheelchair_accessible=True)
    accessible_near = therapist("Accessible near", office_in=cities["toronto"])
    accessible_near.offices.update(wheelchair_accessible=True)
    factories.search_rows_sync(far, accessible_near)
    assert names(search(client, wheelchair="on")) == {
        "Accessible far",
        "Near, stairs only",
        "Accessible near",
    }
    assert names(search(client, wheelchair="on", place="Toronto")) == {"Accessible near"}


def test_search_never_shows_unlisted_profiles(client):
    therapist("Listed Anxious Person")
    therapist_pause(therapist=therapist("Unpublished Anxious Person"))
    expired = factories.TherapistFactory(display_name="Expired Anxious Person")
    factories.CredentialFactory(
        therapist=expired,
        status=CredentialStatus.EXPIRED,
        expires_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    search_vectors_refresh([expired.pk])
    assert names(search(client, q="Anxious")) == {"Listed Anxious Person"}
