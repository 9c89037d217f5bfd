"""Text helpers shared by every app."""

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, without accents or punctuation, single-spaced: "St. John's" -> "st johns"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub("['\u2019`]", "", plain)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())
