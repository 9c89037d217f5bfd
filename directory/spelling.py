"""Nearest spellings of a mistyped word among the words the site knows.

The matching runs in the process with rapidfuzz's optimal-string-alignment distance (an edit
distance that counts two swapped letters as one edit: "anxeity" is one edit from "anxiety"),
not with pg_trgm in the database: the same code then serves PostgreSQL and SQLite (the demo),
the word list is built once and kept in memory instead of scanned per request, and short words
fare better than with trigrams, whose similarity falls fast when a word has few of them
("Gotman" and "Gottman" share only half their trigrams).
"""

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from directory.text import fold

# Shorter words are left as typed: too many words lie one edit from them.
SHORTEST_CORRECTED = 4
WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?:\n]")


def edits_allowed(folded: str) -> int:
    """One edit in a short word, two in a longer one."""
    if len(folded) < SHORTEST_CORRECTED:
        return 0
    return 1 if len(folded) < 8 else 2


class Spellings:
    """Words by their folded form (accents and case aside), each with its usual spelling and how
    often it occurs: among equally near words, the commoner is the likelier meant."""

    def __init__(self, words: Iterable[str] = ()):
        self.counts: Counter[str] = Counter()
        self.forms: dict[str, Counter[str]] = {}
        self.names: set[str] = set()  # written with a capital inside a sentence: a name
        self.folded: dict[str, str] = {}
        self._keys: list[str] | None = None
        self.add(words)

    def add(self, words: Iterable[str], weight: int = 1, *, names: bool = False) -> None:
        """Known words (or names: "Vancouver", "Trois-Rivières"), each counting weight times."""
        for word in words:
            self.add_word(word, weight, name=names)

    def add_text(self, text: str, weight: int = 1) -> None:
        """The words of a text; one with a capital inside a sentence is taken for a name."""
        end = None
        for match in WORD.finditer(text):
            word = match.group()
            name = (
                word[0].isupper()
                and end is not None
                and not SENTENCE_END.search(text, end, match.start())
            )
            self.add_word(word, weight, name=name)
            end = match.end()

    def add_word(self, word: str, weight: int, *, name: bool) -> None:
        folded = self.folded.get(word)
        if folded is None:  # folding is the slow part: a text repeats its words
            folded = self.folded[word] = fold(word)
        if len(folded) < SHORTEST_CORRECTED or folded.isdigit():
            return
        self.counts[folded] += weight
        forms = self.forms.get(folded)
        if forms is None:
            forms = self.forms[folded] = Counter()
            self._keys = None
        forms[word] += weight
        if name:
            self.names.add(folded)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def spelling(self, folded: str) -> str:
        """The usual spelling: a name's or an acronym's as written ("Gottman", "EMDR"), other
        words in lower case, even if only ever met at the start of a sentence or a heading
        ("anxiety", from "Anxiety")."""
        forms = self.forms[folded]
        lower = Counter({form: n for form, n in forms.items() if form == form.lower()})
        usual = (lower or forms).most_common(1)[0][0]
        if lower or folded in self.names or (usual.isupper() and len(usual) > 1):
            return usual
        return usual.lower()

    def near(self, word: str) -> list[tuple[str, int]]:
        """The folded known words (or names) near the word's spelling with their distance in
        edits, fewest edits then commonest first; none when the word is known itself."""
        folded = fold(word)
        allowed = edits_allowed(folded)
        if not allowed or folded in self.counts:
            return []
        if self._keys is None:
            self._keys = list(self.counts)
        found = process.extract(
            folded, self._keys, scorer=OSA.distance, score_cutoff=allowed, limit=None
        )
        ranked = sorted(found, key=lambda match: (match[1], -self.counts[match[0]], match[0]))
        return [(key, distance) for key, distance, _index in ranked]

    def nearest(self, word: str, limit: int = 3) -> list[str]:
        """The known words nearest the word's spelling, as usually spelled."""
        return [self.spelling(key) for key, _distance in self.near(word)[:limit]]
