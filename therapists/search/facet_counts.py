"""A search's total and every facet's counts, in one query over one pass of its rows.

A count beside an option is the number of results the search would show with that option alone
chosen in its group, every other group as it is. So the rows are filtered once by everything but
the faceted groups (approach, concern, language, session times, new clients), each kept with a
flag per group with choices saying whether it meets that group; the total counts the rows
meeting every group, and a group's options are counted among the rows meeting all the others.

Counts need not be to the second: each part is kept a few minutes in the shared cache
(SEARCH_COUNTS_CACHE_SECONDS): the total for every page and sort of the same search, a group's
counts for every search that differs only in that group's choices (all the concerns chosen
one after another around one place share the concern counts). The parts not in the cache are
computed together, in one pass.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import BooleanField, ExpressionWrapper
from django.http import QueryDict
from django.utils import timezone

from therapists.models import Accepting, SearchRow, availability_trusted_since
from therapists.search.cache import search_cache_version
from therapists.search.filters import TIMES, TherapistFilter
from therapists.search.forms import SHORTLIST_PARAMETER
from therapists.search.index.search import IndexedSearch
from therapists.search.spelling import EXACT

TOTAL = "total"
ACCEPTING = "accepting"
APPROACH_WITH_RELATED = "approach+related"
# What the pass keeps of each row: its id, the faceted sets, the word on new clients.
ROW_COLUMNS = {
    "id": "pk",
    "approaches": "approaches",
    "approaches_widened": "approaches_widened",
    "concerns": "concerns",
    "languages": "languages",
    "session_times": "session_times",
    "accepting": "accepting",
    "confirmed_at": "availability_confirmed_at",
}
# Each count's group, and the row's set it counts: with related approaches, an approach's count
# is of the rows it would find chosen alone, those whose widened approaches hold it.
GROUP_SETS = {
    "approach": ("approach", "approaches"),
    APPROACH_WITH_RELATED: ("approach", "approaches_widened"),
    "concern": ("concern", "concerns"),
    "language": ("language", "languages"),
    TIMES: (TIMES, "session_times"),
}
# The parameters a group's choices come in.
GROUP_PARAMETERS = {
    "approach": ("approach", "related"),
    APPROACH_WITH_RELATED: ("approach", "related"),
    "concern": ("concern",),
    "language": ("language",),
    TIMES: (TIMES,),
    ACCEPTING: (ACCEPTING,),
}
# Parameters that choose how results are shown, not which: counts are shared across them. The
# shortlist rides along in the address, and `exact` only keeps words from being corrected once
# they found no one, when the counts are those of the words as typed.
PRESENTATION = ("page", "sort", SHORTLIST_PARAMETER, EXACT)


def search_key(data: QueryDict) -> str:
    return urlencode(
        sorted(
            (key, value)
            for key, values in data.lists()
            if key not in PRESENTATION
            for value in values
        )
    )


class Pass:
    """The SQL of one counting pass over a filterset's rows."""

    def __init__(self, filterset: TherapistFilter, connection):
        self.filterset, self.connection = filterset, connection
        filterset.qs  # noqa: B018 (filters, which sets filterset.common and .conditions)
        self.flags = {name: f"meets_{name}" for name in filterset.conditions}

    def rows_sql(self) -> tuple[str, list]:
        flags = {
            self.flags[name]: ExpressionWrapper(condition, output_field=BooleanField())
            for name, condition in self.filterset.conditions.items()
        }
        rows = self.filterset.common.order_by().annotate(**flags)
        return rows.values(*ROW_COLUMNS.values(), *flags).query.sql_with_params()

    def meeting_all_but(self, group: str | None) -> str:
        flags = [flag for name, flag in self.flags.items() if name != group]
        return " AND ".join(f"matched.{flag}" for flag in flags) or "1 = 1"

    def elements(self, column: str, group: str) -> str:
        """A subquery of (id, value): each element of the column, of the rows meeting every
        group but this one."""
        where = self.meeting_all_but(group)
        if self.connection.vendor == "postgresql":  # unnest in the select list: the fastest
            return (
                f"SELECT matched.id, unnest(matched.{column}) AS value "  # noqa: S608
                f"FROM matched WHERE {where}"
            )
        return (
            f"SELECT matched.id, element.value FROM matched "  # noqa: S608 (names from models)
            f"CROSS JOIN json_each(matched.{column}) AS element WHERE {where}"
        )

    def group_sql(self, name: str) -> str:
        group, column = GROUP_SETS[name]
        return (
            f"SELECT '{name}', element.value, count(*) "  # noqa: S608 (names from models)
            f"FROM ({self.elements(column, group)}) element GROUP BY element.value"
        )

    def accepting_sql(self) -> tuple[str, list]:
        """How many take new clients now (1), and how many by a waitlist (2), believed as the
        filter believes them (confirmed recently: therapists/models/availability.py)."""
        return (
            f"SELECT '{ACCEPTING}', CASE matched.accepting WHEN %s THEN 1 ELSE 2 END, count(*) "  # noqa: S608
            f"FROM matched WHERE {self.meeting_all_but(ACCEPTING)} "
            "AND matched.accepting IN (%s, %s) AND matched.confirmed_at >= %s "
            "GROUP BY matched.accepting",
            [
                Accepting.ACCEPTING,
                Accepting.ACCEPTING,
                Accepting.WAITLIST,
                self.connection.ops.adapt_datetimefield_value(availability_trusted_since()),
            ],
        )

    def sql(self, parts: list[str]) -> tuple[str, list]:
        rows_sql, params = self.rows_sql()
        columns = ", ".join([*ROW_COLUMNS, *self.flags.values()])
        selects = []
        for part in parts:
            if part == TOTAL:
                where = self.meeting_all_but(None)
                selects.append(f"SELECT '{TOTAL}', 0, count(*) FROM matched WHERE {where}")  # noqa: S608
            elif part == ACCEPTING:
                select, select_params = self.accepting_sql()
                selects.append(select)
                params = [*params, *select_params]
            else:
                selects.append(self.group_sql(part))
        union = " UNION ALL ".join(selects)
        return f"WITH matched ({columns}) AS MATERIALIZED ({rows_sql}) {union}", params


def counted_rows(filterset: TherapistFilter, parts: list[str]) -> list[tuple]:
    """(part, option id, count) for each part, in one query."""
    connection = connections[router.db_for_read(SearchRow)]
    try:
        sql, params = Pass(filterset, connection).sql(parts)
    except EmptyResultSet:  # a search that can find no one (a place not found): nothing to ask
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def counts_compute(filterset: TherapistFilter, parts: list[str]) -> dict:
    """The total and each group's counts by option id, in one query."""
    rows = counted_rows(filterset, parts)
    counts: dict = {part: 0 if part == TOTAL else {} for part in parts}
    for part, pk, count in rows:
        if part == TOTAL:
            counts[part] = count
        else:
            counts[part][pk] = count
    return counts


def without(data: QueryDict, *names: str) -> QueryDict:
    narrower = data.copy()
    for name in names:
        narrower.pop(name, None)
    return narrower


def part_key(data: QueryDict, part: str) -> str:
    """A part's cache key: the total is the search's own; a group's counts are those of every
    search that differs from it only in that group's choices."""
    scope = without(data, *GROUP_PARAMETERS.get(part, ()))
    text = "\n".join(
        [
            str(search_cache_version()),
            timezone.localdate().isoformat(),  # credentials expire at midnight
            part,
            search_key(scope),
        ]
    )
    return "search:counts:" + hashlib.sha256(text.encode()).hexdigest()


def counts_indexed(search: IndexedSearch, parts: list[str]) -> dict:
    """The total and each group's counts by option id, from the index (search/index/)."""
    counts: dict = {}
    for part in parts:
        if part == TOTAL:
            counts[part] = search.total()
        elif part == ACCEPTING:
            counts[part] = search.accepting_counts()
        else:
            counts[part] = search.group_counts(*GROUP_SETS[part])
    return counts


def counts_cached(filterset: TherapistFilter, parts: list[str]) -> dict:
    """The parts from the index for a search without words (microseconds, nothing to keep);
    else from the shared cache, the others computed together in one query."""
    if (search := filterset.indexed_search) is not None:
        return counts_indexed(search, parts)
    seconds = settings.SEARCH_COUNTS_CACHE_SECONDS
    if not seconds:
        return counts_compute(filterset, parts)
    keys = {part: part_key(filterset.data, part) for part in parts}
    cached = cache.get_many(list(keys.values()))
    counts = {part: cached[key] for part, key in keys.items() if key in cached}
    missing = [part for part in parts if part not in counts]
    if missing:
        computed = counts_compute(filterset, missing)
        cache.set_many({keys[part]: computed[part] for part in missing}, seconds)
        counts |= computed
    return counts


def search_counts(filterset: TherapistFilter) -> tuple[int, dict[str, dict[int, int]]]:
    """The number of results and every group's option counts, in at most one query."""
    filterset.is_valid()
    related = filterset.form.cleaned_data.get("related")
    counted_as = {
        "approach": APPROACH_WITH_RELATED if related else "approach",
        "concern": "concern",
        "language": "language",
        TIMES: TIMES,
        ACCEPTING: ACCEPTING,
    }
    counts = counts_cached(filterset, [TOTAL, *counted_as.values()])
    return counts[TOTAL], {name: counts[group] for name, group in counted_as.items()}


def search_total(data: QueryDict) -> int:
    """How many results a search would find (cached as its counts are)."""
    return counts_cached(TherapistFilter(data), [TOTAL])[TOTAL]
