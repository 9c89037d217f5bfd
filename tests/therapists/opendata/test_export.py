"""export_hsds on the demo directory: both forms validate against HSDS 3.0, hold every listed
profile and nothing of anyone else."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import City
from modalities.reference import modalities_load
from tests import factories
from tests.therapists.opendata.hsds_checks import json_errors, json_read, tabular_errors
from therapists.demo.seed import demo_seed
from therapists.models import Inquiry, Therapist
from therapists.public.opendata.export import hsds_json_write
from therapists.public.opendata.values import hsds_id
from therapists.reference import therapist_vocabulary_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_directory():
    """The 300-profile demo, as `manage.py seed_demo` makes it, listed and unlisted alike."""
    modalities_load()
    therapist_vocabulary_load()
    for province, name, lat, lng in [
        ("ON", "Toronto", 43.70, -79.42),
        ("QC", "Montréal", 45.51, -73.59),
        ("BC", "Vancouver", 49.25, -123.12),
        ("AB", "Calgary", 51.05, -114.09),
        ("NS", "Halifax", 44.65, -63.57),
    ]:
        City.objects.create(
            name=name, province=province, latitude=lat, longitude=lng, population=500_000
        )
    demo_seed(count=300, seed=7, workers=1)


def services_in_csv(directory) -> list[dict]:
    with (directory / "services.csv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


def test_the_demo_validates_as_hsds_json_and_as_a_frictionless_package(demo_directory, tmp_path):
    call_command("export_hsds", str(tmp_path / "hsds.json"), "--chunk-size", "37")
    call_command("export_hsds", str(tmp_path / "tabular"), "--format", "csv")

    document = json_read(tmp_path / "hsds.json")
    assert json_errors(document) == []
    assert tabular_errors(tmp_path / "tabular") == []

    listed = Therapist.objects.listed()
    expected = {hsds_id("service", pk) for pk in listed.values_list("pk", flat=True)}
    assert 0 < len(expected) < Therapist.objects.count()
    assert {service["id"] for service in document["services"]} == expected
    assert {row["id"] for row in services_in_csv(tmp_path / "tabular")} == expected
    nested = [key for service in document["services"] for key, value in service.items() if value]
    for part in (
        "organization",
        "service_at_locations",
        "languages",
        "cost_options",
        "service_areas",
        "attributes",
        "contacts",
        "metadata",
    ):
        assert part in nested, part


def test_unlisted_profiles_and_private_details_stay_out(tmp_path):
    listed = factories.TherapistFactory(display_name="Listed Person", public_phone="416-555-0100")
    factories.VerifiedCredentialFactory(therapist=listed, registration_number="R-LISTED")
    pending = factories.TherapistFactory(display_name="Pending Person")
    factories.CredentialFactory(therapist=pending, registration_number="R-PENDING")
    unpublished = factories.TherapistFactory(display_name="Paused Person", is_published=False)
    factories.VerifiedCredentialFactory(therapist=unpublished)
    factories.InquiryFactory(therapist=listed, message="A private message about my panic")

    call_command("export_hsds", str(tmp_path / "hsds.json"))
    call_command("export_hsds", str(tmp_path / "tabular"), "--format", "csv")

    written = (tmp_path / "hsds.json").read_text() + "".join(
        path.read_text() for path in sorted((tmp_path / "tabular").iterdir())
    )
    assert "Listed Person" in written and "R-LISTED" in written and "416-555-0100" in written
    for secret in (
        "Pending Person",
        "R-PENDING",
        "Paused Person",
        listed.owner.email,
        Inquiry.objects.get().message,
        Inquiry.objects.get().email,
        "evidence",
    ):
        assert secret not in written, secret


def test_a_closed_profile_gives_no_phone_as_its_page_shows_none(tmp_path):
    therapist = factories.TherapistFactory(public_phone="416-555-0199", accepting="closed")
    factories.VerifiedCredentialFactory(therapist=therapist)

    call_command("export_hsds", str(tmp_path / "hsds.json"))

    (service,) = json_read(tmp_path / "hsds.json")["services"]
    assert "phones" not in service or service["phones"] == []
    assert "416-555-0199" not in (tmp_path / "hsds.json").read_text()


def test_the_same_profile_keeps_its_identifiers_from_one_export_to_the_next(
    listed_therapist, tmp_path
):
    call_command("export_hsds", str(tmp_path / "first.json"))
    call_command("export_hsds", str(tmp_path / "second.json"))

    first, second = (
        json_read(tmp_path / name)["services"] for name in ("first.json", "second.json")
    )
    assert first[0]["id"] == second[0]["id"] == hsds_id("service", listed_therapist.pk)
    assert first[0]["organization"]["id"] == second[0]["organization"]["id"]


def test_the_command_refuses_to_write_over_an_existing_file(listed_therapist, tmp_path):
    target = tmp_path / "hsds.json"
    target.write_text("kept")

    with pytest.raises(CommandError, match="already exists"):
        call_command("export_hsds", str(target))

    assert target.read_text() == "kept"
    assert list(tmp_path.iterdir()) == [target]


# One query for the chunk's profiles and one for each relation the export reads of them.
PER_CHUNK = 10


def queries_to_export(chunk_size: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        hsds_json_write(io.StringIO(), chunk_size=chunk_size)
    return len(queries)


def test_the_queries_grow_with_the_chunks_not_with_the_profiles():
    toronto = factories.CityFactory(province="ON")
    for _ in range(6):
        therapist = factories.TherapistFactory(free_consultation=True)
        factories.VerifiedCredentialFactory(therapist=therapist)
        factories.OfficeFactory(therapist=therapist, city=toronto)
        therapist.languages.add(factories.LanguageFactory())

    one_chunk = queries_to_export(chunk_size=100)
    two_chunks = queries_to_export(chunk_size=3)

    assert one_chunk <= 2 * PER_CHUNK  # the vocabularies, once, and one chunk
    assert 0 < two_chunks - one_chunk <= PER_CHUNK
