"""Clearing a family of cache entries at once: their keys carry a generation number, kept in the
cache under the family's own key, and moving to the next generation orphans every older entry
(the cache lets them lapse). A request reads each generation once (directory/memo.py).

A generation starts again from 1 when the cache is emptied, so what a process keeps in its own
memory is told apart by the cache's epoch as well: a random number set when the cache is first
used, and set anew once it was emptied."""

import secrets

from django.core.cache import cache

from directory.memo import forget, remembered


def generation(key: str) -> int:
    return remembered(("generation", key), lambda: cache.get_or_set(key, 1, timeout=None))


def generation_advance(key: str) -> None:
    forget(("generation", key))
    try:
        cache.incr(key)
    except ValueError:  # never set, or evicted: any number above the first will do
        cache.set(key, 2, timeout=None)


EPOCH_KEY = "cache:epoch"


def cache_epoch() -> int | None:
    """The cache's epoch, started when missing (the first process to do so wins); None from a
    cache that keeps nothing."""
    cache.add(EPOCH_KEY, secrets.randbits(62), timeout=None)
    return cache.get(EPOCH_KEY)


# The reference vocabularies' generation: approaches, concerns, languages, communities, insurers
# (modalities/vocabulary.py) and the places (directory/gazetteer.py). Any change to one moves it.
VOCABULARY_GENERATION_KEY = "vocabulary:generation"


def generation_stamp(key: str) -> tuple[int, int] | None:
    """A family's generation and the cache's epoch, read once a request in one round trip: what
    a process keeps of that family is current while both stay the same. None from a cache that
    keeps nothing, when nothing tells a change."""

    def read() -> tuple[int, int] | None:
        found = cache.get_many([key, EPOCH_KEY])
        epoch = found.get(EPOCH_KEY) or cache_epoch()
        if epoch is None:
            return None
        return found.get(key) or generation(key), epoch

    return remembered(("stamp", key), read)


def generation_stamp_forget(key: str) -> None:
    forget(("stamp", key))
