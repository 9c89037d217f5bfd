"""Clearing a family of cache entries at once: their keys carry a generation number, kept in the
cache under the family's own key, and moving to the next generation orphans every older entry
(the cache lets them lapse). A request reads each generation once (directory/memo.py)."""

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
