"""PostgreSQL's ts_rank under an OR query, worked out from each word's part, to the last bit.

`ts_rank(vector, query)` with its default weights and no normalisation, when the query's top is
not an AND or a phrase (the English-or-French query's top is an OR), is `calc_rank_or` in
PostgreSQL's src/backend/utils/adt/tsrank.c:

- the query's words, sorted by their bytes and each taken once;
- for each word the row's vector holds, a score from the weights of its positions, in `float`:
  `E = wjm + resj - wjm / (jm + 1)^2`, where resj adds up each position's weight over the square
  of its place and wjm is the first greatest weight, at place jm;
- added up in `float` as `res = res + E / 1.64493406685` (the division in `double`);
- then divided by the number of words, in `float`.

A word's own ts_rank (the query of that word alone) is `(float)(E / 1.64493406685)`: each row's
is read once with the word (lexemes.py), and E is found again from it among the scores every
arrangement of up to POSITIONS_MAX weighted positions gives. A rank matching none of them, or
two, is left to PostgreSQL (`scores_of` says None).
"""

import itertools
from functools import cache

import numpy as np

WEIGHTS = np.array([0.1, 0.2, 0.4, 1.0], dtype=np.float32)  # D, C, B, A
# Other weights, asked beside the default ones: two arrangements whose scores round to the same
# rank under one seldom do under both.
OTHER_WEIGHTS = np.array([0.15, 0.35, 0.55, 0.85], dtype=np.float32)
OTHER_WEIGHTS_SQL = "'{0.15, 0.35, 0.55, 0.85}'::real[]"
DIVISOR = 1.64493406685  # pi^2 / 6
POSITIONS_MAX = 6


def word_score(classes: tuple[int, ...], weights: np.ndarray = WEIGHTS) -> np.float32:
    """E for a word at positions of these weight classes, in order, computed in `float`."""
    resj, wjm, jm = np.float32(0.0), np.float32(-1.0), 0
    for j, weight_class in enumerate(classes):
        weight = weights[weight_class]
        resj = np.float32(resj + weight / np.float32((j + 1) * (j + 1)))
        if weight > wjm:
            wjm, jm = weight, j
    return np.float32((wjm + resj) - wjm / np.float32((jm + 1) * (jm + 1)))


def part_of(classes: tuple[int, ...], weights: np.ndarray = WEIGHTS) -> float:
    """What the word adds to an OR query's sum: `E / 1.64493406685`, in double."""
    return float(np.float64(word_score(classes, weights)) / DIVISOR)


@cache
def scores_by_rank() -> dict[tuple[float, float], float]:
    """A word's own ts_rank with the default weights and with OTHER_WEIGHTS, as PostgreSQL
    gives them, with the part it adds to an OR query's sum under the default weights; a pair of
    ranks two different parts share is left out."""
    parts: dict[tuple[float, float], set[float]] = {}
    for count in range(1, POSITIONS_MAX + 1):
        for classes in itertools.product(range(len(WEIGHTS)), repeat=count):
            part, other = part_of(classes), part_of(classes, OTHER_WEIGHTS)
            ranks = (float(np.float32(part)), float(np.float32(other)))
            parts.setdefault(ranks, set()).add(part)
    return {ranks: next(iter(found)) for ranks, found in parts.items() if len(found) == 1}


def scores_of(ranks: list[float], others: list[float]) -> np.ndarray | None:
    """The parts of a word's own ts_ranks (one per row holding it, with the default weights and
    with OTHER_WEIGHTS), or None if one is not known for sure."""
    known = scores_by_rank()
    # `real`s as PostgreSQL writes them, read back to the float they are
    ranks, others = (np.array(values, dtype=np.float32).tolist() for values in (ranks, others))
    try:
        return np.array([known[pair] for pair in zip(ranks, others, strict=True)], np.float64)
    except KeyError:
        return None


def lexeme(quoted: str) -> bytes:
    """The word as PostgreSQL keeps it: unquoted, its escapes undone, as UTF-8 bytes."""
    inner = quoted[1:-1].replace("''", "'")
    out, escaped = [], False
    for character in inner:
        if character == "\\" and not escaped:
            escaped = True
            continue
        out.append(character)
        escaped = False
    return "".join(out).encode()


def or_rank(size: int, parts: list[tuple[str, np.ndarray, np.ndarray]]) -> np.ndarray:
    """Every row's ts_rank (as `float`) under an OR query of these words: for each, its quoted
    text, the positions of the rows whose short words hold it and their parts."""
    rank = np.zeros(size, dtype=np.float32)
    words = sorted(parts, key=lambda part: lexeme(part[0]))
    for _, positions, scores in words:
        rank[positions] = (rank[positions].astype(np.float64) + scores).astype(np.float32)
    if words:
        rank = rank / np.float32(len(words))
    return rank
