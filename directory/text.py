"""Text helpers shared by every app."""

import functools
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Abbreviations people type for words that place names spell out.
WORD_FORMS = {"st": "saint", "ste": "sainte"}


def fold(text: str) -> str:
    """Lower case, without accents or punctuation, single-spaced, saints spelled out:
    "St. John's" -> "saint johns", "Ste-Foy" and "Sainte-Foy" -> "sainte foy"."""
    return folded(str(text))  # a lazy translation too


@functools.lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """fold() of a plain string, remembered: the same labels are sorted on every page."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub("['\u2019`]", "", plain)
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    return " ".join(WORD_FORMS.get(word, word) for word in words)


def alphabetical(items, name=str) -> list:
    """Items in the order a reader expects, whatever the database's collation: accents and case
    aside, "Épuisement" among the E's."""
    return sorted(items, key=lambda item: fold(name(item)))


def single_line_validate(value: str) -> None:
    """Refuse line breaks and other control characters in a one-line text: a name goes into
    email subjects, where a line break would break the email."""
    if any(unicodedata.category(character) == "Cc" for character in value):
        raise ValidationError(
            _("Write this on one line, without line breaks or tabs."), code="control_character"
        )
