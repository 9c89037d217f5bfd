"""Covered by my plan: the search keeps therapists whose designation the chosen insurer
reimburses in the province, as the coverage table (kept by staff) says."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.therapists.search.searching import names, search
from therapists.models import Coverage, SearchRow

pytestmark = pytest.mark.django_db


@pytest.fixture
def bodies():
    return {
        "crpo": factories.RegulatoryBodyFactory(slug="crpo", acronym="CRPO", province="ON"),
        "ocswssw": factories.RegulatoryBodyFactory(
            slug="ocswssw", acronym="OCSWSSW", province="ON", profession="social-work"
        ),
        "bccsw": factories.RegulatoryBodyFactory(
            slug="bccsw", acronym="BCCSW", province="BC", profession="social-work"
        ),
    }


@pytest.fixture
def insurer():
    return factories.InsurerFactory(slug="blue-heron", name="Blue Heron Life")


def cover(insurer, body, province, *, covered=True, designation="RSW"):
    return Coverage.objects.create(
        insurer=insurer,
        regulatory_body=body,
        province=province,
        designation=designation,
        covered=covered,
        source_url="https://insurer.example.ca/benefits/",
        checked_on=datetime.date(2026, 12, 1),
    )


def holding(name, body, province="ON", **credential):
    person = factories.TherapistFactory(display_name=name, offers_online=True)
    factories.VerifiedCredentialFactory(
        therapist=person, regulatory_body=body, jurisdiction=province, **credential
    )
    return person


@pytest.fixture
def ontario(bodies, insurer):
    """The insurer covers social workers but not psychotherapists in Ontario."""
    cover(insurer, bodies["ocswssw"], "ON")
    cover(insurer, bodies["crpo"], "ON", covered=False, designation="RP")
    holding("Sam Social Worker", bodies["ocswssw"])
    holding("Pat Psychotherapist", bodies["crpo"])


def test_an_insurer_covering_rsw_but_not_rp_keeps_the_social_worker_only(client, ontario):
    response = search(client, plan="blue-heron", plan_province="ON")
    assert names(response) == {"Sam Social Worker"}


def test_the_search_province_is_the_plan_province_when_none_is_chosen(client, ontario):
    assert names(search(client, plan="blue-heron", online="ON")) == {"Sam Social Worker"}
    assert names(search(client, plan="blue-heron", province="ON")) == {"Sam Social Worker"}


def test_coverage_in_another_province_does_not_count(client, bodies, insurer):
    cover(insurer, bodies["bccsw"], "BC")
    holding("Sam Social Worker", bodies["ocswssw"])
    holding("Bea BC Social Worker", bodies["bccsw"], "BC")
    assert names(search(client, plan="blue-heron", plan_province="ON")) == set()
    assert names(search(client, plan="blue-heron", plan_province="BC")) == {"Bea BC Social Worker"}


def test_a_plan_without_a_province_asks_for_one_and_the_rest_still_applies(client, ontario):
    response = search(client, plan="blue-heron")
    assert names(response) == {"Sam Social Worker", "Pat Psychotherapist"}
    assert "what a plan reimburses depends on it" in response.content.decode()


def test_an_unknown_insurer_is_reported_not_a_server_error(client, ontario):
    response = search(client, plan="no-such-insurer", plan_province="ON")
    assert "My plan&#x27;s insurer:" in response.content.decode()
    assert len(names(response)) == 2


def test_the_page_says_coverage_depends_on_the_clients_own_plan(client, ontario):
    body = search(client).content.decode()
    assert "Covered by my plan" in body
    assert "depends on your own plan" in body


def test_a_designation_expiring_drops_out_at_midnight_with_nothing_run(client, bodies, insurer):
    cover(insurer, bodies["ocswssw"], "ON")
    person = holding(
        "Sam Social Worker",
        bodies["ocswssw"],
        expires_on=timezone.localdate() + datetime.timedelta(days=1),
    )
    factories.VerifiedCredentialFactory(therapist=person, regulatory_body=bodies["crpo"])
    assert names(search(client, plan="blue-heron", plan_province="ON")) == {"Sam Social Worker"}
    with time_machine.travel(timezone.now() + datetime.timedelta(days=3)):
        assert names(search(client, plan="blue-heron", plan_province="ON")) == set()
        assert names(search(client)) == {"Sam Social Worker"}  # still listed by its RP


def test_a_coverage_entry_saved_in_the_admin_reaches_the_rows_at_once(client, ontario, insurer):
    admin = get_user_model().objects.create_superuser(email="staff@example.ca", password="x")
    client.force_login(admin)
    entry = Coverage.objects.get(designation="RP")
    response = client.post(
        reverse("admin:therapists_coverage_change", args=[entry.pk]),
        {
            "insurer": insurer.pk,
            "province": "ON",
            "regulatory_body": entry.regulatory_body_id,
            "designation_en": "RP",
            "designation_fr": "PA",
            "covered": "on",
            "source_url": "https://insurer.example.ca/benefits/",
            "source_note": "",
            "checked_on": "2026-12-07",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    assert names(search(client, plan="blue-heron", plan_province="ON")) == {
        "Sam Social Worker",
        "Pat Psychotherapist",
    }


def test_deleting_an_entry_in_the_admin_drops_its_therapists(client, ontario):
    admin = get_user_model().objects.create_superuser(email="staff@example.ca", password="x")
    client.force_login(admin)
    entry = Coverage.objects.get(designation="RSW")
    url = reverse("admin:therapists_coverage_delete", args=[entry.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not SearchRow.objects.filter(covered_by__overlap=[f"{entry.insurer_id}:ON"]).exists()


def test_the_admin_refuses_a_provincial_body_in_another_province(client, bodies, insurer):
    admin = get_user_model().objects.create_superuser(email="staff@example.ca", password="x")
    client.force_login(admin)
    response = client.post(
        reverse("admin:therapists_coverage_add"),
        {
            "insurer": insurer.pk,
            "province": "BC",
            "regulatory_body": bodies["crpo"].pk,
            "designation_en": "RP",
            "designation_fr": "PA",
            "source_url": "https://insurer.example.ca/benefits/",
            "checked_on": "2026-12-07",
        },
    )
    assert response.status_code == 200
    assert "CRPO registers practitioners in Ontario only." in response.content.decode()
    assert not Coverage.objects.exists()


def test_the_profile_explains_coverage_from_the_same_table(client, ontario):
    social_worker = SearchRow.objects.get(display_name="Sam Social Worker").therapist
    body = client.get(social_worker.get_absolute_url()).content.decode()
    assert "reimbursed under plans from" in body
    assert "Blue Heron Life" in body
    assert "checked on" in body
    psychotherapist = SearchRow.objects.get(display_name="Pat Psychotherapist").therapist
    body = client.get(psychotherapist.get_absolute_url()).content.decode()
    assert "not reimbursed under plans from" in body


def test_an_entry_nobody_has_checked_says_so(client, ontario):
    Coverage.objects.filter(designation="RSW").update(checked_on=None)
    social_worker = SearchRow.objects.get(display_name="Sam Social Worker").therapist
    body = client.get(social_worker.get_absolute_url()).content.decode()
    assert "Blue Heron Life" in body
    assert "not yet checked against the insurer" in body
    assert "checked on" not in body


def test_for_designation_reads_what_the_table_says_of_one_designation(ontario, bodies, insurer):
    entries = Coverage.objects.for_designation(regulatory_body=bodies["crpo"], province="ON")
    assert [(entry.insurer, entry.covered) for entry in entries] == [(insurer, False)]


def test_choosing_a_plan_costs_no_extra_query(client, ontario, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as unfiltered:
        search(client, province="ON")
    with django_assert_max_num_queries(len(unfiltered.captured_queries)):
        search(client, province="ON", plan="blue-heron")
