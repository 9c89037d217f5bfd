"""One profile as HSDS objects: what each part of the public profile becomes."""

import datetime

import pytest

from tests import factories
from tests.bookings import offering_therapist
from therapists.models import Accepting, Therapist
from therapists.public.opendata.hsds import age_range, service_of
from therapists.public.opendata.profiles import open_profiles
from therapists.public.opendata.taxonomy import vocabulary_terms
from therapists.public.opendata.values import hsds_id

pytestmark = pytest.mark.django_db


def exported(therapist) -> dict:
    """The therapist's service as the export reads it."""
    (profile,) = open_profiles(Therapist.objects.listed().filter(pk=therapist.pk))
    return service_of(profile)


def test_free_consultation_windows_become_weekly_schedules():
    therapist = offering_therapist(
        weekdays=[0, 3], starts=datetime.time(9, 30), ends=datetime.time(12)
    )

    schedules = exported(therapist)["schedules"]

    assert [(s["freq"], s["byday"], s["opens_at"], s["closes_at"]) for s in schedules] == [
        ("WEEKLY", "MO", "09:30:00", "12:00:00"),
        ("WEEKLY", "TH", "09:30:00", "12:00:00"),
    ]
    assert "America/Toronto" in schedules[0]["description"]
    assert schedules[0]["schedule_link"].endswith(f"/en/therapists/{therapist.slug}/consultation/")


def test_no_schedules_when_clients_cannot_book_the_times():
    therapist = offering_therapist()
    therapist.accepting = Accepting.WAITLIST
    therapist.save()

    assert exported(therapist)["schedules"] == []


def test_offices_become_locations_with_address_and_accessibility(listed_therapist):
    toronto = factories.CityFactory(name="Toronto", province="ON")
    office = factories.OfficeFactory(
        therapist=listed_therapist, city=toronto, label="Annex", wheelchair_accessible=True
    )

    (at_location,) = exported(listed_therapist)["service_at_locations"]

    location = at_location["location"]
    assert location["id"] == at_location["location_id"] == hsds_id("location", office.pk)
    assert location["name"] == "Annex"
    assert location["addresses"][0] | {"id": None} == {
        "id": None,
        "location_id": location["id"],
        "address_1": office.address_line1,
        "city": "Toronto",
        "state_province": "ON",
        "postal_code": "M5V 2T6",
        "country": "CA",
        "address_type": "physical",
    }
    assert location["accessibility"][0]["description"].startswith("Wheelchair accessible")


def test_an_office_where_the_therapist_is_not_registered_is_left_out(listed_therapist):
    factories.OfficeFactory(therapist=listed_therapist, city=factories.CityFactory(province="BC"))

    assert exported(listed_therapist)["service_at_locations"] == []


def test_online_sessions_serve_the_provinces_of_verified_credentials():
    therapist = factories.TherapistFactory(offers_online=True)
    factories.VerifiedCredentialFactory(therapist=therapist, jurisdiction="ON")
    quebec = factories.RegulatoryBodyFactory(province="QC")
    factories.CredentialFactory(therapist=therapist, jurisdiction="QC", regulatory_body=quebec)

    areas = exported(therapist)["service_areas"]

    assert [area["name"] for area in areas] == ["Ontario"]


def test_fees_become_cost_options_in_canadian_dollars():
    therapist = factories.TherapistFactory(fee=160, fee_floor=90, free_consultation=True)
    factories.VerifiedCredentialFactory(therapist=therapist)

    options = exported(therapist)["cost_options"]

    assert [(o["option"], o["amount"], o["currency"]) for o in options] == [
        ("Individual session", 160, "CAD"),
        ("Sliding scale, lowest fee", 90, "CAD"),
        ("Free consultation", 0, "CAD"),
    ]


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        ({"serves_adults": True}, (18, 64)),
        ({"serves_teens": True, "serves_adults": True}, (13, 64)),
        ({"serves_adults": True, "serves_older_adults": True}, (18, None)),
        ({"serves_adults": False}, (None, None)),
    ],
)
def test_age_groups_give_the_eligible_ages(groups, expected):
    therapist = factories.TherapistFactory(**groups)
    factories.VerifiedCredentialFactory(therapist=therapist)
    (profile,) = open_profiles(Therapist.objects.filter(pk=therapist.pk))

    assert age_range(profile) == expected


def test_approaches_and_concerns_are_terms_of_the_sites_taxonomies(listed_therapist):
    approach = factories.ApproachFactory(slug="compassion-based")
    concern = factories.ConcernFactory(slug="anxiety")
    listed_therapist.approaches.add(approach)
    listed_therapist.concerns.add(concern)

    terms = {a["taxonomy_term_id"] for a in exported(listed_therapist)["attributes"]}

    assert terms == {
        hsds_id("taxonomy_term", "approaches", "compassion-based"),
        hsds_id("taxonomy_term", "concerns", "anxiety"),
        hsds_id("taxonomy_term", "age-groups", "serves_adults"),
        hsds_id("taxonomy_term", "session-formats", "offers_individual"),
    }
    assert terms <= {term["id"] for term in vocabulary_terms().values()}
