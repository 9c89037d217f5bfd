"""Each word's rows, held by the index they were read for: a search's words found on bits.

PostgreSQL turns the words typed into a text search query (`'anxieti' & 'self' | ...`). Each
of its words (lexemes) is asked of the words' GIN index once for the index at hand: which rows'
words hold it, and which rows' short words (`rank_vector`) hold it too. A search's matches are
then its query worked out on those bits; a row whose short words hold none of the query's words
ranks 0 (ts_rank adds up each word the row holds, when the query's top is an OR: always so for
the English-or-French query unless one language keeps no words), so PostgreSQL ranks only the
rows that hold one.

The words held go with the index: a new version of the rows starts with none.
"""

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# Words held per index at most, the least recently used let go first: two bit rows each (25 KB
# at 100,000 rows).
HELD_MAX = 2_000

# A query as PostgreSQL writes it: quoted words, operators and brackets. A phrase (`<->`), a
# prefix or a weight (`:*`, `:AB`) is left to PostgreSQL.
TOKEN = re.compile(r"\s*(?:('(?:[^'\\]|''|\\.)*')(:[*A-Da-d]+)?|(<\d*-?>)|([&|!()]))")


class Unsupported(ValueError):
    """A query the bits cannot answer exactly."""


@dataclass(frozen=True)
class Node:
    """A query's operator over its operands, or (op "word") one quoted word."""

    op: str
    operands: tuple = ()
    word: str = ""


def parsed(text: str) -> Node | None:
    """The query PostgreSQL wrote, as a tree; None for a query without words."""
    tokens = tokens_of(text)
    if not tokens:
        return None
    node, rest = either(tokens)
    if rest:
        raise Unsupported(text)
    return node


def tokens_of(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text.rstrip()):
        match = TOKEN.match(text, at)
        if match is None or match.group(2) or match.group(3):
            raise Unsupported(text)
        tokens.append(match.group(1) or match.group(4))
        at = match.end()
    return tokens


def either(tokens: list[str]) -> tuple[Node, list[str]]:
    return joined(tokens, "|", both)


def both(tokens: list[str]) -> tuple[Node, list[str]]:
    return joined(tokens, "&", single)


def joined(
    tokens: list[str], operator: str, operand: Callable[[list[str]], tuple[Node, list[str]]]
) -> tuple[Node, list[str]]:
    """Operands read by `operand`, joined by the operator: one node, or the operator's."""
    node, tokens = operand(tokens)
    operands = [node]
    while tokens and tokens[0] == operator:
        node, tokens = operand(tokens[1:])
        operands.append(node)
    return (operands[0] if len(operands) == 1 else Node(operator, tuple(operands))), tokens


def single(tokens: list[str]) -> tuple[Node, list[str]]:
    if not tokens:
        raise Unsupported("a query ends too early")
    first, rest = tokens[0], tokens[1:]
    if first == "!":
        node, rest = single(rest)
        return Node("!", (node,)), rest
    if first == "(":
        node, rest = either(rest)
        if not rest or rest[0] != ")":
            raise Unsupported("an unclosed bracket")
        return node, rest[1:]
    if first.startswith("'"):
        return Node("word", word=first), rest
    raise Unsupported(first)


def words_of(node: Node | None) -> set[str]:
    if node is None:
        return set()
    if node.op == "word":
        return {node.word}
    return set().union(*(words_of(operand) for operand in node.operands))


@dataclass(frozen=True)
class Posting:
    """One word's rows (packed bits): those whose words hold it, and those whose short words
    do, the only ones it ranks; and the latter's positions with the part the word adds to their
    rank (ranks.py), None if one is not known for sure."""

    matching: np.ndarray
    ranking: np.ndarray
    ranked: np.ndarray
    scores: np.ndarray | None


@dataclass(frozen=True)
class Unworded:
    """The rows with no words yet (found by no word) and with no short words (ranked NULL)."""

    vectored: np.ndarray
    unranked: np.ndarray


class HeldWords:
    """The words an index has been asked for, read once each."""

    def __init__(self, size: int):
        self.size = size
        self.every = np.packbits(np.ones(size, dtype=bool))
        self._postings: OrderedDict[str, Posting] = OrderedDict()
        self._unworded: Unworded | None = None
        self._lock = threading.Lock()

    def postings(
        self, words: set[str], read: Callable[[list[str]], dict[str, Posting]]
    ) -> dict[str, Posting]:
        """Each word's posting: those held, and the others read (`read`) and held."""
        with self._lock:
            held = {word: self._postings[word] for word in words if word in self._postings}
            for word in held:
                self._postings.move_to_end(word)
        missing = sorted(words - held.keys())
        if missing:
            read_now = read(missing)
            held.update(read_now)
            with self._lock:
                self._postings.update(read_now)
                while len(self._postings) > HELD_MAX:
                    self._postings.popitem(last=False)
        return held

    def unworded(self, read: Callable[[], Unworded]) -> Unworded:
        if self._unworded is None:
            self._unworded = read()
        return self._unworded

    def matching(self, node: Node | None, postings: dict[str, Posting]) -> np.ndarray:
        """The rows whose words meet the query, as PostgreSQL's `@@` says."""
        if node is None:
            return np.zeros_like(self.every)
        if node.op == "word":
            return postings[node.word].matching
        found = [self.matching(operand, postings) for operand in node.operands]
        if node.op == "!":
            return self.every & ~found[0]
        reduce = np.bitwise_and if node.op == "&" else np.bitwise_or
        return reduce.reduce(found)

    def ranking(self, node: Node | None, postings: dict[str, Posting]) -> np.ndarray | None:
        """The rows the query may rank above 0, or None when it may rank any row so (a query
        whose top is not an OR ranks a row without its words 1e-20, ts_rank's floor)."""
        if node is not None and node.op not in ("|", "word", "!"):
            return None
        ranking = np.zeros_like(self.every)
        for word in words_of(node):
            ranking = ranking | postings[word].ranking
        return ranking
