"""The HSDS API profile: Open Referral's required endpoints and the taxonomies', answering with
the export's own services, valid against the HSDS 3.0 schemas, and nothing of unlisted profiles."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.therapists.opendata.hsds_checks import json_errors
from tests.therapists.public.api.directory import directory_make
from therapists.models import Therapist
from therapists.public.opendata.values import hsds_id


@pytest.fixture
def directory(db):
    people = directory_make(count=12)
    unlisted = factories.TherapistFactory(display_name="Hidden Unlisted")
    factories.CredentialFactory(therapist=unlisted)
    return {"listed": people, "unlisted": unlisted}


def contents(client, name: str, **params) -> list[dict]:
    response = client.get(reverse(f"api:hsds-{name}-list"), {"per_page": 100, **params})
    assert response.status_code == 200
    return response.json()["contents"]


def test_the_root_says_the_version_and_where_the_openapi_description_is(client, db):
    root = client.get(reverse("api:hsds-root")).json()
    assert root["version"] == "3.0"
    assert root["openapi_url"].endswith(reverse("api:schema"))
    assert root["profile"].endswith(reverse("therapists:open_data"))


def test_the_services_taxonomies_and_terms_validate_against_hsds_3(client, directory):
    document = {
        "services": contents(client, "service"),
        "taxonomies": contents(client, "taxonomy"),
        "taxonomy_terms": contents(client, "term"),
    }
    assert len(document["services"]) == 12
    assert json_errors(document) == []


def test_the_services_are_the_listed_ones_and_each_is_found_by_its_id(client, directory):
    services = contents(client, "service")
    listed = Therapist.objects.listed().order_by("pk")
    assert [s["id"] for s in services] == [hsds_id("service", t.pk) for t in listed]
    one = services[3]
    detail = client.get(reverse("api:hsds-service-detail", kwargs={"id": one["id"]}))
    assert detail.json() == one
    hidden = hsds_id("service", directory["unlisted"].pk)
    assert client.get(reverse("api:hsds-service-detail", kwargs={"id": hidden})).status_code == 404
    assert "Hidden Unlisted" not in str(services)


def test_pages_are_numbered_as_the_reference_describes(client, directory):
    url = reverse("api:hsds-service-list")
    first = client.get(url, {"per_page": 5}).json()
    assert (first["total_items"], first["total_pages"], first["size"]) == (12, 3, 5)
    assert first["first_page"] and not first["last_page"]
    last = client.get(url, {"per_page": 5, "page": 3}).json()
    assert (last["size"], last["last_page"], last["empty"]) == (2, True, False)
    assert client.get(url, {"per_page": 5, "page": 9}).json()["empty"] is True


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"per_page": "1000"}, "per_page"),
        ({"page": "0"}, "page"),
        ({"page": "two"}, "page"),
        ({"modified_after": "yesterday"}, "modified_after"),
    ],
)
def test_bad_paging_or_dates_are_a_400_naming_the_parameter(client, db, params, field):
    response = client.get(reverse("api:hsds-service-list"), params)
    assert response.status_code == 400
    assert field in response.json()


def test_modified_after_gives_what_changed_since(client, directory):
    changed = directory["listed"][0]
    Therapist.objects.exclude(pk=changed.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=30)
    )
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    services = contents(client, "service", modified_after=since)
    assert [s["id"] for s in services] == [hsds_id("service", changed.pk)]


def test_terms_of_one_taxonomy_and_each_by_its_id(client, directory):
    taxonomy = next(t for t in contents(client, "taxonomy") if "Approaches" in t["name"])
    terms = contents(client, "term", taxonomy_id=taxonomy["id"])
    assert {term["code"] for term in terms} == {
        "approaches:cbt",
        "approaches:compassion-based",
        "approaches:compassion-focused-therapy",
    }
    url = reverse("api:hsds-term-detail", kwargs={"id": terms[0]["id"]})
    assert client.get(url).json() == terms[0]
    url = reverse("api:hsds-taxonomy-detail", kwargs={"id": taxonomy["id"]})
    assert client.get(url).json() == taxonomy
    assert client.get(reverse("api:hsds-term-detail", kwargs={"id": "nope"})).status_code == 404
