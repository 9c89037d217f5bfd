"""The nearest spellings of a mistyped word among known words (directory/spelling.py)."""

import pytest

from directory.spelling import Spellings

KNOWN = ["anxiety", "Anxiety", "compassion", "burnout", "trauma", "Gottman"]


def known() -> Spellings:
    spellings = Spellings(KNOWN)
    spellings.add(["Gottman"], names=True)
    return spellings


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("anxeity", "anxiety"),  # two letters swapped: one edit
        ("compasion", "compassion"),
        ("burnot", "burnout"),
        ("traumma", "trauma"),
        ("Gotman", "Gottman"),
        ("ANXIETEY", "anxiety"),  # case aside
    ],
)
def test_a_mistyped_word_finds_the_word_meant(typed, meant):
    assert known().nearest(typed)[0] == meant


def test_a_known_word_has_no_other_spelling():
    assert known().nearest("Anxiety") == []
    assert Spellings(["thérapie"]).nearest("therapie") == []  # accents aside


def test_a_word_is_offered_in_lower_case_and_a_name_as_written():
    spellings = Spellings()
    spellings.add_text("Anxiety. Couples work after the Gottman method. EMDR")
    spellings.add(["Sherbrooke"], names=True)
    assert spellings.nearest("anxeity") == ["anxiety"]  # only met at a sentence's start
    assert spellings.nearest("gotman") == ["Gottman"]  # a capital inside a sentence: a name
    assert spellings.nearest("Coupels") == ["couples"]
    assert spellings.nearest("EMDRR") == ["EMDR"]
    assert spellings.nearest("sherbrook") == ["Sherbrooke"]


def test_among_equally_near_words_the_commoner_comes_first():
    spellings = Spellings(["stress"])
    spellings.add(["stresses"], weight=1)
    spellings.add(["strass"], weight=5)
    assert spellings.nearest("strxss") == ["strass", "stress"]


def test_short_words_and_far_words_are_left_alone():
    spellings = Spellings(["grief", "anxiety"])
    assert spellings.nearest("gref") == ["grief"]
    assert spellings.nearest("ocd") == []
    assert spellings.nearest("zebra") == []
