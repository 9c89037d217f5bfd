"""Regulators, languages, insurers and communities load from their files once; then staff own
them."""

import datetime
import shutil
import tomllib

import pytest

from directory.models import Province
from therapists.models import Community, Insurer, Language, RegulatoryBody
from therapists.reference import therapist_vocabulary_load
from therapists.reference.load import DATA

pytestmark = pytest.mark.django_db

NOTHING_NEW = {
    "regulatory_bodies": 0,
    "languages": 0,
    "insurers": 0,
    "communities": 0,
    "coverage": 0,
}


def data_read(name: str) -> dict[str, dict]:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


def coverage_entries_in_file() -> int:
    insurers = data_read("coverage")["insurers"].values()
    return sum(
        len(bodies)
        for insurer in insurers
        for field in ("covered", "not_covered")
        for bodies in insurer.get(field, {}).values()
    )


@pytest.fixture
def loaded():
    return therapist_vocabulary_load()


def test_the_real_regulators_and_associations_are_there(loaded):
    acronyms = set(RegulatoryBody.objects.values_list("acronym", flat=True))
    expected = {"CRPO", "CPBAO", "OCSWSSW", "OPQ", "OTSTCFQ", "BCACC", "BCCSW", "CAP", "ACSW"}
    assert expected | {"CCTNB", "NSCCT", "CCTPEI", "CCPA"} <= acronyms


def test_every_province_has_a_body_that_registers_practitioners(loaded):
    provinces = set(RegulatoryBody.objects.values_list("province", flat=True))
    # Yukon regulates none of these professions; its practitioners hold national credentials.
    assert set(Province.values) - {Province.YT} <= provinces
    assert "" in provinces


def test_voluntary_associations_are_never_labelled_as_regulators(loaded):
    assert RegulatoryBody.objects.get(acronym="BCACC").kind == RegulatoryBody.Kind.ASSOCIATION
    assert RegulatoryBody.objects.get(acronym="CCPA").kind == RegulatoryBody.Kind.ASSOCIATION
    assert RegulatoryBody.objects.get(acronym="CRPO").is_regulator


def test_every_regulator_names_its_titles_and_a_register_to_check(loaded):
    for body in RegulatoryBody.objects.all():
        assert body.protected_titles or not body.is_regulator, body.acronym
        assert body.public_register_url.startswith("https://"), body.acronym


def test_languages_include_both_official_ones_and_sign_languages(loaded):
    codes = set(Language.objects.values_list("code", flat=True))
    assert {"en", "fr", "ase", "fcs", "cr", "iu"} <= codes


def test_insurers_and_communities_are_loaded(loaded):
    assert Insurer.objects.filter(name__icontains="Sun Life").exists()
    assert Community.objects.filter(slug__contains="lgbtq").exists()


def test_insurers_are_named_in_both_languages(loaded, client):
    desjardins = Insurer.objects.get(slug="desjardins-insurance")
    assert (desjardins.name_en, desjardins.name_fr) == (
        "Desjardins Insurance",
        "Desjardins Assurances",
    )
    assert Insurer.objects.filter(name_fr__isnull=True).count() == 0

    french = client.get("/fr/therapists/").content.decode()
    assert "Desjardins Assurances" in french and "Desjardins Insurance" not in french


def test_loading_creates_every_row_in_the_files(loaded):
    assert loaded == {
        "regulatory_bodies": len(data_read("regulators")),
        "languages": len(data_read("languages")),
        "insurers": len(data_read("insurers")),
        "communities": len(data_read("communities")),
        "coverage": coverage_entries_in_file(),
    }
    assert set(RegulatoryBody.objects.values_list("slug", flat=True)) == set(
        data_read("regulators")
    )
    assert set(Language.objects.values_list("code", flat=True)) == set(data_read("languages"))


def test_a_second_load_adds_nothing(loaded):
    before = list(RegulatoryBody.objects.order_by("pk").values_list("pk", "slug", "name_fr"))
    assert therapist_vocabulary_load() == NOTHING_NEW
    assert (
        list(RegulatoryBody.objects.order_by("pk").values_list("pk", "slug", "name_fr")) == before
    )


def test_load_keeps_a_register_link_edited_by_staff(loaded):
    moved = "https://www.otstcfq.org/trouver-un-membre/"
    RegulatoryBody.objects.filter(slug="otstcfq").update(public_register_url=moved)
    Insurer.objects.filter(slug="gms").update(name_fr="GMS Assurances")

    assert therapist_vocabulary_load() == NOTHING_NEW
    assert RegulatoryBody.objects.get(slug="otstcfq").public_register_url == moved
    assert Insurer.objects.get(slug="gms").name_fr == "GMS Assurances"


def test_an_insurer_added_to_its_file_is_created_by_the_next_load(loaded, tmp_path):
    data = shutil.copytree(DATA, tmp_path / "reference")
    with (data / "insurers.toml").open("a", encoding="utf-8") as insurers:
        insurers.write('\n[blue-heron]\nname.en = "Blue Heron Life"\nname.fr = "Héron Bleu Vie"\n')

    assert therapist_vocabulary_load(data=data) == NOTHING_NEW | {"insurers": 1}
    assert Insurer.objects.get(slug="blue-heron").name_fr == "Héron Bleu Vie"


@pytest.mark.parametrize("name", ["regulators", "languages", "insurers", "communities"])
def test_every_name_is_given_in_english_and_french(name):
    for key, entry in data_read(name).items():
        assert entry["name"]["en"].strip() and entry["name"]["fr"].strip(), key


def test_a_register_check_is_recorded_as_a_date_with_how_it_was_made():
    for slug, body in data_read("regulators").items():
        if "register_checked" in body:
            assert type(body["register_checked"]) is datetime.date, slug
            assert body.get("register_note"), slug
    assert data_read("regulators")["opq"]["register_checked"] == datetime.date(2026, 10, 4)
