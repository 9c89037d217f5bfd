"""Regulators, languages, insurers and communities load completely and idempotently."""

import pytest

from directory.models import Province
from therapists.models import Community, Insurer, Language, RegulatoryBody
from therapists.reference import therapist_vocabulary_load

pytestmark = pytest.mark.django_db


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


def test_loading_twice_changes_nothing(loaded):
    before = list(RegulatoryBody.objects.order_by("pk").values_list("pk", "slug", "name_fr"))
    assert therapist_vocabulary_load() == loaded
    assert (
        list(RegulatoryBody.objects.order_by("pk").values_list("pk", "slug", "name_fr")) == before
    )
