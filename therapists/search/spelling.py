"""Misspelt words of a search, corrected: "anxeity" finds what "anxiety" finds, and says so.

Only when a search finds no one are its words looked at, each on its own among the listed
profiles; a word that matches nothing there is replaced by the nearest known word that does
(directory/spelling.py measures the distance). A word that matches something is never
corrected, and a search that found someone costs nothing more. The visitor may search the
words exactly as typed (EXACT in the address).

The known words are those of the approaches and concerns (names, short names and other words,
in both languages), the cities, the listed therapists' names, and the words of the headlines
and bios of up to BIO_SAMPLE listed profiles (a word common in bios is in many of them). They
are read once per generation of the search cache (listings changed) and of the vocabularies,
kept in the process, and read again at the latest after LEXICON_MAX_SECONDS.
"""

import logging
import re
import time
from dataclasses import dataclass

from django.db import DatabaseError
from django.http import QueryDict

from directory.models import City
from directory.spelling import Spellings
from modalities.models import Approach, Concern
from modalities.vocabulary import vocabulary_stamp
from therapists.models import SearchRow, Therapist
from therapists.search.cache import search_cache_version
from therapists.search.text import MAX_WORDS, PLAIN_TERMS, text_finds_anyone

# The parameter that turns correction off: the words it holds are searched as typed.
EXACT = "exact"
BIO_SAMPLE = 2000
# What a profile writes, in its own language and in the other (therapists/models/written.py).
WRITTEN_FIELDS = ("headline", "bio", "headline_other", "bio_other")
LEXICON_MAX_SECONDS = 3600
# A vocabulary's word outweighs a word a few bios share, when both are as near.
VOCABULARY_WEIGHT = 50
CANDIDATES = 3
LETTERS = re.compile(r"[^\W\d_]+")
APPROACH_FIELDS = [
    f"{name}_{language}" for name in ("name", "short_name", "keywords") for language in ("en", "fr")
]
CONCERN_FIELDS = [
    f"{name}_{language}" for name in ("name", "keywords") for language in ("en", "fr")
]


@dataclass(frozen=True)
class Correction:
    """The words as typed, the words searched instead, and the search with them."""

    original: str
    text: str
    data: QueryDict
    exact_query: str  # the search with the words as typed, uncorrected


logger = logging.getLogger(__name__)

# The known words this process read: (stamp, when, words).
_held: dict[str, tuple] = {}


def lexicon_build() -> Spellings:
    """Every word the site knows, with how common it is."""
    spellings = Spellings()
    for model, fields in ((Approach, APPROACH_FIELDS), (Concern, CONCERN_FIELDS)):
        for texts in model.objects.values_list(*fields):
            for text in filter(None, texts):
                spellings.add_text(text, weight=VOCABULARY_WEIGHT)
    rows = SearchRow.objects.listed()
    for names in (
        City.objects.values_list("name", flat=True),
        rows.values_list("display_name", flat=True),
    ):
        spellings.add((word for name in names for word in LETTERS.findall(name)), names=True)
    sample = rows.order_by("therapist_id").values("therapist_id")[:BIO_SAMPLE]
    texts = Therapist.objects.filter(pk__in=sample).values_list(*WRITTEN_FIELDS)
    for written in texts:  # in the profile's language and, where given, in the other
        spellings.add_text(".\n".join(filter(None, written)))
    return spellings


def search_lexicon() -> Spellings:
    """The known words, built at most once per generation of listings and vocabularies."""
    stamp = (search_cache_version(), vocabulary_stamp())
    held = _held.get("lexicon")
    if held is None or held[0] != stamp or time.monotonic() - held[1] > LEXICON_MAX_SECONDS:
        held = _held["lexicon"] = (stamp, time.monotonic(), lexicon_build())
    return held[2]


def lexicon_make(**_signal) -> None:
    """Reads the known words before a serving process takes requests (a few hundred
    milliseconds at 100,000 profiles), rather than on the first search that finds no one."""
    try:
        search_lexicon()
    except DatabaseError:
        logger.warning("The known words could not be read ahead.")


def word_found(word: str) -> bool:
    """Whether the word alone finds a listed profile (its words, or a name like it)."""
    return text_finds_anyone(SearchRow.objects.listed(), word)


def word_corrected(word: str) -> str:
    """The nearest known word that finds someone, for a word that finds no one; else the word."""
    if not LETTERS.fullmatch(word) or word_found(word):
        return word
    for candidate in search_lexicon().nearest(word, limit=CANDIDATES):
        if word_found(candidate):
            return candidate
    return word


def text_corrected(text: str) -> str:
    """The text with each plain word that finds no one corrected; "phrases", -excluded words
    and the websearch "or" stay as typed."""

    def corrected(match: re.Match) -> str:
        _phrase_minus, phrase, minus, word = match.groups()
        if phrase is not None or minus or word.lower() == "or":
            return match.group(0)
        return word_corrected(word)

    return PLAIN_TERMS.sub(corrected, " ".join(text.split()[:MAX_WORDS]))


def search_correction(data: QueryDict, form) -> Correction | None:
    """For a search that found no one (its parameters as asked, and its validated form): the
    same search with its misspelt words corrected, if any were, unless the visitor asked for the
    words as typed. A place that names none finds no one whatever the words: they stay as typed."""
    text = form.cleaned_data.get("q")
    if not text or data.get(EXACT) == text or form.place_unknown:
        return None
    corrected = text_corrected(text)
    if corrected == " ".join(text.split()[:MAX_WORDS]):
        return None
    instead, exact = data.copy(), data.copy()
    instead["q"] = corrected
    exact[EXACT] = text
    exact.pop("page", None)
    return Correction(text, corrected, instead, exact.urlencode())
