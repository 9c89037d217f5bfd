"""Demo data: realistic, varied, deterministic, with listed and unlisted profiles."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from directory.models import City, User
from modalities.reference import modalities_load
from therapists.demo.seed import demo_seed
from therapists.models import (
    Credential,
    CredentialStatus,
    Office,
    Therapist,
    VerificationEvent,
)
from therapists.reference import therapist_vocabulary_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabulary():
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


def test_demo_profiles_cover_every_credential_status(vocabulary):
    demo_seed(count=300, seed=7)
    statuses = dict(
        Credential.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    assert set(statuses) == {"verified", "pending", "rejected", "expired"}
    assert statuses["verified"] > sum(statuses.values()) / 2
    assert 0 < Therapist.objects.listed().count() < Therapist.objects.count() == 300


def test_demo_profiles_are_varied_and_realistic(vocabulary):
    demo_seed(count=300, seed=7)
    therapists = Therapist.objects.all()
    assert therapists.filter(offices__isnull=True, offers_online=True).exists()  # online only
    assert therapists.filter(languages__code="fr").exists()
    assert therapists.filter(languages__code="en").exists()
    assert therapists.filter(fee_floor__isnull=False).exists()
    assert Office.objects.values("city__province").distinct().count() >= 3
    assert therapists.values("approaches").distinct().count() >= 12
    for office in Office.objects.select_related("city")[:50]:
        assert abs(office.latitude - office.city.latitude) < 0.1
        office.full_clean()
    # The seed keeps each office's registration as the editor would: registered exactly where
    # its therapist holds a verified, unexpired credential for the office's province.
    assert Office.objects.registered().exists()
    for office in Office.objects.select_related("city", "therapist"):
        valid_there = Credential.objects.valid().filter(
            therapist=office.therapist, jurisdiction=office.city.province
        )
        assert office.is_registered == valid_there.exists(), office


def test_every_demo_status_has_its_audit_trail(vocabulary):
    demo_seed(count=60, seed=3)
    for credential in Credential.objects.all():
        events = list(credential.events.values_list("from_status", "to_status"))
        assert events[0] == ("", CredentialStatus.PENDING)
        assert events[-1][1] == credential.status
    assert VerificationEvent.objects.filter(credential__isnull=True).count() == 0


def test_the_same_seed_gives_the_same_directory(vocabulary):
    demo_seed(count=40, seed=11)
    first = list(Therapist.objects.order_by("pk").values_list("display_name", "fee", "headline"))
    User.objects.filter(therapist__isnull=False).delete()
    demo_seed(count=40, seed=11)
    again = list(Therapist.objects.order_by("pk").values_list("display_name", "fee", "headline"))
    assert first == again


def test_seed_demo_runs_once_and_then_leaves_the_data_alone(vocabulary, capsys):
    call_command("seed_demo", therapists=25, seed=5)
    call_command("seed_demo", therapists=25, seed=5)
    assert Therapist.objects.count() == 25
    assert "already present" in capsys.readouterr().out


def test_seed_demo_explains_missing_reference_data():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_reference_data"):
        call_command("seed_demo", therapists=5)
