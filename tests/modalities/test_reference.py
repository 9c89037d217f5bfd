"""Approaches, concerns and reading lists load from their files once; then staff own them."""

import shutil

import pytest
from django.urls import reverse
from django.utils import translation

from modalities.models import Approach, Concern, Resource
from modalities.reference import CONTENT, content_read, modalities_load, related_graph
from modalities.translation import APPROACH_REQUIRED, ConcernTranslation
from modalities.vocabulary import vocabulary_terms
from tests.admin_forms import admin_form_data

APPROACHES = content_read(CONTENT / "approaches")
CONCERNS = content_read(CONTENT / "concerns")
READINGS = [reading for entry in APPROACHES.values() for reading in entry.get("reading", [])]
NOTHING_NEW = {"approaches": 0, "concerns": 0, "resources": 0}

NEW_CONCERN = """
name.en = "Loneliness after a move"
name.fr = "Solitude après un déménagement"
keywords.en = "new city, isolated"
keywords.fr = "nouvelle ville, isolé"

[description]
en = "Feeling alone in a new place."
fr = "Se sentir seul dans un nouvel endroit."
"""

NEW_APPROACH = "\n".join(
    [
        'family = "systemic"',
        'related = ["narrative-therapy"]',
        *(
            f'{field}.en = "{field} (en)"\n{field}.fr = "{field} (fr)"'
            for field in APPROACH_REQUIRED
        ),
        "[[reading]]",
        'title = "Walking Together"',
        'author = "A. Walker"',
        "year = 2020",
        'publisher = "Trail Press"',
        'kind = "book"',
        'also_explains = ["narrative-therapy"]',
        'note = { en = "A walk.", fr = "Une promenade." }',
    ]
)


@pytest.fixture
def loaded(db):
    return modalities_load()


@pytest.fixture
def content(tmp_path):
    """A copy of the content folder that a test may add files to."""
    return shutil.copytree(CONTENT, tmp_path / "content")


def related_slugs(slug: str) -> set[str]:
    return set(Approach.objects.get(slug=slug).related.values_list("slug", flat=True))


def test_loading_creates_every_approach_concern_and_book_in_the_files(loaded):
    assert loaded == {
        "approaches": len(APPROACHES),
        "concerns": len(CONCERNS),
        "resources": len(READINGS),
    }
    assert set(Approach.objects.values_list("slug", flat=True)) == set(APPROACHES)
    assert set(Concern.objects.values_list("slug", flat=True)) == set(CONCERNS)
    assert Resource.objects.count() == len(READINGS)


def test_at_least_sixteen_approaches_with_full_content(loaded):
    assert loaded["approaches"] >= 16
    for approach in Approach.objects.all():
        for field in ("summary", "what_it_is", "how_it_helps", "who_it_helps"):
            assert len(getattr(approach, f"{field}_en")) > 40, (approach.slug, field)
            assert len(getattr(approach, f"{field}_fr")) > 40, (approach.slug, field)
        assert approach.session_looks_like_en and approach.session_looks_like_fr


def test_paragraphs_keep_their_breaks_and_lines_join_with_one_space(loaded):
    what_it_is = Approach.objects.get(slug="compassion-based").what_it_is_en
    assert what_it_is.count("\n\n") == 1
    assert "\\" not in what_it_is and "  " not in what_it_is
    assert "puts kindness at the centre. Compassion here means" in what_it_is


def test_compassion_based_relates_to_its_neighbours_in_both_directions(loaded):
    expected = {
        "compassion-focused-therapy",
        "person-centred",
        "mindfulness-based",
        "acceptance-and-commitment-therapy",
    }
    assert expected <= related_slugs("compassion-based")
    assert "compassion-based" in related_slugs("compassion-focused-therapy")


def test_the_related_graph_is_symmetric_and_holds_every_relation_in_the_files(loaded):
    graph = related_graph(APPROACHES)
    for slug in APPROACHES:
        assert related_slugs(slug) == graph[slug], slug
        for other in graph[slug]:
            assert slug in related_slugs(other), (slug, other)


def test_compassion_based_is_related_to_compassion_focused_therapy(loaded):
    """The pair "include related approaches" widens first (the search rows' widened sets)."""
    assert "compassion-focused-therapy" in related_slugs("compassion-based")


def test_approach_pages_read_in_the_visitors_language(loaded):
    cft = Approach.objects.get(slug="compassion-focused-therapy")
    with translation.override("fr"):
        assert cft.name == cft.name_fr != cft.name_en


def test_thirty_concerns_including_the_ones_clients_ask_about(loaded):
    assert Concern.objects.count() >= 30
    slugs = set(Concern.objects.values_list("slug", flat=True))
    assert {"anxiety", "depression", "trauma", "self-criticism", "shame", "grief-and-loss"} <= slugs


def test_the_reading_list_has_real_books_for_every_approach(loaded):
    desmond = Resource.objects.get(author="Tim Desmond")
    assert desmond.year == 2015
    assert desmond.title.startswith("Self-Compassion in Psychotherapy")
    assert not Approach.objects.filter(resources__isnull=True).exists()


def test_a_book_about_several_approaches_is_on_each_of_their_reading_lists(loaded):
    desmond = Resource.objects.get(author="Tim Desmond")
    assert set(desmond.approaches.values_list("slug", flat=True)) == {
        "compassion-based",
        "compassion-focused-therapy",
        "mindfulness-based",
    }


def test_a_second_load_adds_nothing(loaded):
    snapshot = list(Approach.objects.order_by("pk").values_list("pk", "slug", "summary_fr"))
    related = Approach.related.through.objects.count()
    readings = Resource.approaches.through.objects.count()

    assert modalities_load() == NOTHING_NEW
    assert list(Approach.objects.order_by("pk").values_list("pk", "slug", "summary_fr")) == snapshot
    assert Approach.related.through.objects.count() == related
    assert Resource.approaches.through.objects.count() == readings


def test_load_keeps_text_edited_by_staff(loaded, admin_client):
    cft = Approach.objects.get(slug="compassion-focused-therapy")
    url = reverse("admin:modalities_approach_change", args=[cft.pk])
    data = admin_form_data(admin_client.get(url)) | {"summary_fr": "Résumé revu par l'équipe."}
    assert admin_client.post(url, data).status_code == 302

    assert modalities_load() == NOTHING_NEW
    cft.refresh_from_db()
    assert cft.summary_fr == "Résumé revu par l'équipe."
    assert cft.summary_en == APPROACHES["compassion-focused-therapy"]["summary"]["en"]


def test_load_keeps_links_staff_removed(loaded):
    compassion = Approach.objects.get(slug="compassion-based")
    compassion.related.remove(Approach.objects.get(slug="person-centred"))
    Resource.objects.get(author="Tim Desmond").approaches.remove(compassion)

    modalities_load()

    assert "person-centred" not in related_slugs("compassion-based")
    assert compassion not in Resource.objects.get(author="Tim Desmond").approaches.all()


def test_load_keeps_a_concern_staff_renamed(loaded):
    Concern.objects.filter(slug="anxiety").update(name_en="Anxiety and worry")
    modalities_load()
    assert Concern.objects.get(slug="anxiety").name_en == "Anxiety and worry"


def test_a_concern_added_to_the_files_is_created_by_the_next_load(db, content):
    modalities_load(content=content)
    (content / "concerns" / "loneliness-after-a-move.toml").write_text(NEW_CONCERN, "utf-8")

    assert modalities_load(content=content) == NOTHING_NEW | {"concerns": 1}
    concern = Concern.objects.get(slug="loneliness-after-a-move")
    assert (concern.name_en, concern.name_fr) == (
        "Loneliness after a move",
        "Solitude après un déménagement",
    )


def test_an_approach_added_later_is_linked_to_its_neighbours_and_its_books(db, content):
    modalities_load(content=content)
    before = related_slugs("narrative-therapy")
    (content / "approaches" / "walk-and-talk.toml").write_text(NEW_APPROACH, "utf-8")

    assert modalities_load(content=content) == NOTHING_NEW | {"approaches": 1, "resources": 1}
    assert related_slugs("walk-and-talk") == {"narrative-therapy"}
    assert related_slugs("narrative-therapy") == before | {"walk-and-talk"}
    book = Resource.objects.get(title="Walking Together")
    assert set(book.approaches.values_list("slug", flat=True)) == {
        "walk-and-talk",
        "narrative-therapy",
    }


@pytest.mark.parametrize("slug", APPROACHES)
def test_every_approach_file_has_both_languages_and_names_only_known_approaches(slug):
    entry = APPROACHES[slug]
    for field in [*APPROACH_REQUIRED, *(["short_name"] if "short_name" in entry else [])]:
        assert set(entry[field]) == {"en", "fr"}, field
        assert all(isinstance(text, str) for text in entry[field].values()), field
    for field in APPROACH_REQUIRED:
        assert entry[field]["en"].strip() and entry[field]["fr"].strip(), field
    assert set(entry["related"]) <= set(APPROACHES) - {slug}
    for reading in entry.get("reading", []):
        assert set(reading.get("also_explains", [])) <= set(APPROACHES) - {slug}
        assert reading["note"]["en"].strip() and reading["note"]["fr"].strip(), reading["title"]


@pytest.mark.parametrize("slug", CONCERNS)
def test_every_concern_file_has_both_languages(slug):
    for field in ConcernTranslation.fields:
        assert CONCERNS[slug][field]["en"].strip(), field
        assert CONCERNS[slug][field]["fr"].strip(), field


def test_every_book_is_written_in_one_file_only():
    keys = [(reading["title"], reading["author"]) for reading in READINGS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Cognitive behavioural therapy (CBT)", "Dialectical Behaviour Therapy (DBT)"]),
        (
            "fr",
            [
                "Thérapie cognitivo-comportementale (TCC)",
                "Thérapie comportementale dialectique (TCD)",
            ],
        ),
    ],
)
def test_an_approach_is_abbreviated_as_its_language_abbreviates_it(loaded, language, labels):
    slugs = ["cognitive-behavioural-therapy", "dialectical-behaviour-therapy"]
    with translation.override(language):
        assert [Approach.objects.get(slug=slug).label for slug in slugs] == labels
        terms = vocabulary_terms(Approach, "slug").values()
        assert [term.label for term in terms if term.key in slugs] == sorted(labels)
