"""coverage.toml, the coverage table's first draft: every entry names a known insurer and body,
in a province the body registers in, with its source and the day it was checked."""

import tomllib

import pytest

from directory.models import Province
from therapists.models import Coverage
from therapists.reference import therapist_vocabulary_load
from therapists.reference.load import DATA


def data(name: str) -> dict:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


COVERAGE = data("coverage")


@pytest.mark.parametrize("slug", list(COVERAGE["insurers"]))
def test_every_insurer_is_known_cites_its_source_and_claims_no_check(slug):
    insurer = COVERAGE["insurers"][slug]
    assert slug in data("insurers")
    assert insurer["source_url"].startswith("https://")
    assert insurer["source_note"]
    # No entry claims a check nobody made: staff set the date in the admin when they confirm it.
    assert "checked_on" not in insurer


def test_every_body_is_a_known_one_in_a_province_it_registers_in():
    regulators = data("regulators")
    for insurer in COVERAGE["insurers"].values():
        for field in ("covered", "not_covered"):
            for province, bodies in insurer.get(field, {}).items():
                assert province in Province.values
                for body in bodies:
                    assert body in COVERAGE["designations"], body
                    assert regulators[body]["province"] in ("", province), (body, province)


def test_every_designation_is_named_in_english_and_french():
    for names in COVERAGE["designations"].values():
        assert names["en"] and names["fr"]


@pytest.mark.django_db
def test_the_load_makes_the_table_and_a_second_load_adds_nothing():
    first = therapist_vocabulary_load()
    assert first["coverage"] == Coverage.objects.count() > 0
    entry = Coverage.objects.filter(province="ON", regulatory_body__slug="ocswssw").first()
    assert entry.covered and entry.designation_fr == "Travailleur social inscrit (TSI)"
    entry.covered = False
    entry.save()
    assert therapist_vocabulary_load()["coverage"] == 0
    entry.refresh_from_db()
    assert not entry.covered  # what staff changed stays as they left it
