"""Each process's index, per database, made again when the database's version changes."""

import logging
import threading
from itertools import batched

from django.conf import settings
from django.db import DatabaseError, connections

from directory.memo import remembered
from therapists.models import Office, SearchIndexVersion, SearchRow
from therapists.search.index.names import name_trigrams_read
from therapists.search.index.table import COLUMNS, OFFICE_COLUMNS, ColumnsRead, SearchIndex

logger = logging.getLogger(__name__)

# An index this small is made again at once when the rows change (a few milliseconds up to
# here); a larger one is made in a thread while PostgreSQL answers (about 4 s at 100,000 rows).
MADE_AT_ONCE = 5_000
CHUNK = 5_000  # rows read at a time
_LOCK = threading.Lock()
_INDEXES: dict[str, SearchIndex] = {}
_MAKING: set[str] = set()


def index_version(alias: str) -> int | None:
    """The database's version of the rows, read once a request."""
    return remembered(("search-index-version", alias), lambda: version_read(alias))


def version_read(alias: str) -> int | None:
    """SearchIndexVersion's one row, read with a plain cursor: the ORM took longer to build
    the query than the database to answer it, on every search."""
    connection = connections[alias]
    meta = SearchIndexVersion._meta
    table, value, pk = (
        connection.ops.quote_name(name)
        for name in (meta.db_table, meta.get_field("value").column, meta.pk.column)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {value} FROM {table} WHERE {pk} = 1")  # noqa: S608 (names)
        row = cursor.fetchone()
    return None if row is None else row[0]


def index_read(alias: str, version: int | None) -> SearchIndex:
    rows = ColumnsRead()
    read = SearchRow.objects.using(alias).order_by("pk").values_list(*COLUMNS)
    for chunk in batched(read.iterator(chunk_size=CHUNK), CHUNK):
        rows.add(chunk)
    offices = (
        Office.objects.using(alias)
        .filter(therapist_id__in=SearchRow.objects.using(alias).values("pk"))
        .values_list(*OFFICE_COLUMNS)
    )
    return SearchIndex(rows, list(offices), version=version)


def names_hold(index: SearchIndex, alias: str) -> None:
    """Reads the names' trigrams with an index made ahead (half a second at 100,000 rows),
    rather than on its first search with words; PostgreSQL's only, whose words the index finds.
    Failing, it leaves them to that search."""
    if connections[alias].vendor != "postgresql":
        return
    try:
        index.names.trigrams(lambda: name_trigrams_read(index, alias))
    except DatabaseError:
        logger.warning("The names' trigrams of %s could not be read ahead.", alias)


def index_make_aside(alias: str) -> None:
    """Makes the index again in a thread of its own, with its own connection; the version is
    read before the rows, so a write meanwhile makes it again at the next request."""

    def make():
        try:
            version = SearchIndexVersion.objects.using(alias).filter(pk=1).first()
            made = index_read(alias, version.value if version else None)
            names_hold(made, alias)
            with _LOCK:
                _INDEXES[alias] = made
        except Exception:
            logger.exception("The search index could not be made; PostgreSQL answers meanwhile.")
        finally:
            connections[alias].close()
            with _LOCK:
                _MAKING.discard(alias)

    with _LOCK:
        if alias in _MAKING:
            return
        _MAKING.add(alias)
    threading.Thread(target=make, name=f"search-index-{alias}", daemon=True).start()


def search_index(alias: str) -> SearchIndex | None:
    """The index of the rows as the database `alias` holds them now; None while a large one is
    being made again (the search then goes the SQL way)."""
    version = index_version(alias)
    if version is None:  # the version's row is gone (a test database flushed): read afresh
        return index_read(alias, None)
    with _LOCK:
        held = _INDEXES.get(alias)
    if held is not None and held.version == version:
        return held
    if held is not None and held.size > MADE_AT_ONCE:
        index_make_aside(alias)
        return None
    with _LOCK:
        held = _INDEXES.get(alias)
        if held is None or held.version != version:
            held = _INDEXES[alias] = index_read(alias, version)
        return held


def indexes_make(**_signal) -> None:
    """Makes the index of every database the searches read (the primary, and the replica when
    there is one) before a process takes requests, rather than on its first search (about 4 s
    at 100,000 rows); a database that cannot be read is left to the first search."""
    if not settings.SEARCH_INDEX:
        return
    for alias in connections:
        try:
            if (index := search_index(alias)) is not None:
                names_hold(index, alias)
        except DatabaseError:
            logger.warning("The search index of %s could not be made ahead.", alias)
