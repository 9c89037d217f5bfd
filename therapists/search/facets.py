"""Counts beside the search's options, and the widenings offered when nothing matched.

A count beside an option is the number of results the search would show with that option alone
chosen in its group, every other group as it is.
"""

import hashlib
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.text import fold
from modalities.models import Approach
from therapists.models import Accepting, Therapist, availability_trusted_since
from therapists.search.cache import search_cache_version
from therapists.search.cards import Vocabulary
from therapists.search.filters import TherapistFilter
from therapists.search.forms import DEFAULT_RADIUS, RADIUS_CHOICES, AcceptingChoice
from therapists.search.links import link_table

# Search parameter -> Therapist's many-to-many field (its vocabulary: therapists/search/cards.py).
FACETS = {"approach": "approaches", "concern": "concerns", "language": "languages"}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    chosen: bool


@dataclass(frozen=True)
class Widening:
    """A one-click change to an empty search that would find someone."""

    label: str
    query: str
    count: int


def without(data: QueryDict, *names: str) -> QueryDict:
    narrower = data.copy()
    for name in names:
        narrower.pop(name, None)
    return narrower


class IdSets:
    """Filtered sets of profile ids as materialized CTEs, each distinct set computed once."""

    def __init__(self):
        self.names: dict[str, str] = {}
        self.definitions: list[str] = []
        self.params: list = []

    def name_of(self, scope: "Scope") -> str:
        if scope.key not in self.names:
            sql, params = scope.queryset.order_by().values("pk").query.sql_with_params()
            self.names[scope.key] = f"set{len(self.names)}"
            self.definitions.append(f"{self.names[scope.key]} (id) AS MATERIALIZED ({sql})")
            self.params.extend(params)
        return self.names[scope.key]


# Parameters that choose how results are shown, not which: counts are shared across them.
PRESENTATION = ("page", "sort")


class Scope:
    """One filtered set of profiles, named by its search parameters: what a count is counted
    within. Its query is only built when one of its counts has to be made."""

    def __init__(self, data: QueryDict, *, base, queryset=None):
        self.data, self.base, self.given = data, base, queryset
        chosen = sorted(
            (key, value)
            for key, values in data.lists()
            if key not in PRESENTATION
            for value in values
        )
        self.key = urlencode(chosen)

    @cached_property
    def queryset(self):
        return (
            self.given
            if self.given is not None
            else TherapistFilter(self.data, queryset=self.base).qs
        )

    def cache_key(self, part: str, version: int) -> str:
        """Listing depends on the day (credentials expire) and on every listing change (which
        moves the search cache to a new version)."""
        text = "\n".join([str(version), timezone.localdate().isoformat(), part, self.key])
        return "search:counts:" + hashlib.sha256(text.encode()).hexdigest()


# With "include related approaches", choosing an approach finds the profiles linked to it or to
# an approach related to it: its count is of those profiles, each once.
APPROACH_WITH_RELATED = "approach+related"


def widened_approaches_sql() -> str:
    """Each approach with itself and every approach related to it: (option, member) pairs."""
    related = Approach.related.through._meta.db_table
    approach = Approach._meta.db_table
    return (
        f"SELECT id AS option, id AS member FROM {approach} "  # noqa: S608 (names from models)
        f"UNION SELECT to_approach_id, from_approach_id FROM {related}"
    )


def group_count_sql(name: str, id_set: str) -> str:
    if name == APPROACH_WITH_RELATED:
        through, column = link_table("approaches")
        return (
            f"SELECT '{name}', widened.option, count(DISTINCT link.therapist_id) "  # noqa: S608
            f"FROM {through._meta.db_table} link "
            f"JOIN {id_set} matching ON matching.id = link.therapist_id "
            f"JOIN ({widened_approaches_sql()}) widened ON widened.member = link.{column} "
            "GROUP BY widened.option"
        )
    through, column = link_table(FACETS[name])
    table = through._meta.db_table
    return (
        f"SELECT '{name}', link.{column}, count(*) FROM {table} link "  # noqa: S608 (names from models)
        f"JOIN {id_set} matching ON matching.id = link.therapist_id GROUP BY link.{column}"
    )


# The new-clients filter's counts: option 1, accepting now; option 2, keeping a waitlist.
ACCEPTING = "accepting"
STATES_TAKING_PEOPLE = [Accepting.ACCEPTING, Accepting.WAITLIST]


def accepting_count_sql(id_set: str) -> tuple[str, list]:
    """How many of the set take new clients now, and how many by a waitlist, believed as the
    filter believes them (confirmed recently: Therapist.objects.accepting_clients)."""
    table = Therapist._meta.db_table
    return (
        f"SELECT '{ACCEPTING}', CASE profile.accepting WHEN %s THEN 1 ELSE 2 END, count(*) "  # noqa: S608 (names from models)
        f"FROM {table} profile JOIN {id_set} matching ON matching.id = profile.id "
        "WHERE profile.accepting IN (%s, %s) AND profile.availability_confirmed_at >= %s "
        "GROUP BY profile.accepting",
        [
            Accepting.ACCEPTING,
            *STATES_TAKING_PEOPLE,
            connection.ops.adapt_datetimefield_value(availability_trusted_since()),
        ],
    )


def counts_compute(parts: dict[str, Scope]) -> dict[str, int | dict[int, int]]:
    """Each part counted within its scope, in one query: "total" is the scope's size, a facet's
    name its options' counts."""
    sets = IdSets()
    selects, select_params = [], []
    for part, scope in parts.items():
        id_set = sets.name_of(scope)
        if part == "total":
            selects.append(f"SELECT 'total', 0, count(*) FROM {id_set}")  # noqa: S608 (a CTE)
        elif part == ACCEPTING:
            select, params = accepting_count_sql(id_set)
            selects.append(select)
            select_params.extend(params)
        else:
            selects.append(group_count_sql(part, id_set))
    sql = f"WITH {', '.join(sets.definitions)} {' UNION ALL '.join(selects)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, sets.params + select_params)  # the sets come first in the text
        rows = cursor.fetchall()
    counts: dict = {part: 0 if part == "total" else {} for part in parts}
    for part, pk, count in rows:
        if part == "total":
            counts[part] = count
        else:
            counts[part][pk] = count
    return counts


def counts_within(parts: dict[str, Scope]) -> dict[str, int | dict[int, int]]:
    """Counts need not be to the second: each part is kept a few minutes in the shared cache,
    where every page, sort and search with the same scope finds it (SEARCH_COUNTS_CACHE_SECONDS).
    """
    seconds = settings.SEARCH_COUNTS_CACHE_SECONDS
    version = search_cache_version() if seconds else 0
    keys = (
        {part: scope.cache_key(part, version) for part, scope in parts.items()} if seconds else {}
    )
    cached = cache.get_many(list(keys.values())) if keys else {}
    missing = {part: scope for part, scope in parts.items() if keys.get(part) not in cached}
    counts = {part: cached[keys[part]] for part in parts if part not in missing}
    if missing:
        computed = counts_compute(missing)
        if seconds:
            cache.set_many({keys[part]: computed[part] for part in missing}, seconds)
        counts |= computed
    return counts


def search_counts(filterset: TherapistFilter, *, base) -> tuple[int, dict[str, dict[int, int]]]:
    """The number of results and every group's option counts, in at most one query.

    A group with nothing chosen counts within the results; a group with choices counts within
    the results the search would give without them (so its other options stay meaningful).
    """
    data = filterset.data
    results = Scope(data, base=base, queryset=filterset.qs)
    parts = {"total": results}
    counted_as = {name: name for name in FACETS}
    if filterset.form.cleaned_data.get("related"):
        counted_as["approach"] = APPROACH_WITH_RELATED
    counted_as[ACCEPTING] = ACCEPTING
    for name, part in counted_as.items():
        parts[part] = Scope(without(data, name), base=base) if data.getlist(name) else results
    counts = counts_within(parts)
    return counts.pop("total"), {name: counts[part] for name, part in counted_as.items()}


def facet_options(
    data: QueryDict, name: str, counts: dict[int, int], vocabulary: Vocabulary
) -> list[FacetOption]:
    """Every option of one group that has results (or is chosen), with its count."""
    chosen = set(data.getlist(name))
    options = (
        FacetOption(term.key, term.name, counts.get(pk, 0), term.key in chosen)
        for pk, term in vocabulary.of(FACETS[name]).items()
        if pk in counts or term.key in chosen
    )
    return sorted(
        options, key=lambda option: (name == "language" and -option.count, fold(option.label))
    )


def accepting_options(data: QueryDict, counts: dict[int, int]) -> list[FacetOption]:
    """The new-clients filter's two options; taking people "or by a waitlist" counts both."""
    chosen = data.get(ACCEPTING, "")
    now, waitlist = counts.get(1, 0), counts.get(2, 0)
    counted = [(AcceptingChoice.NOW, now), (AcceptingChoice.OR_WAITLIST, now + waitlist)]
    return [
        FacetOption(choice.value, choice.label, count, chosen == choice.value)
        for choice, count in counted
    ]


def all_facets(
    data: QueryDict, counts: dict[str, dict[int, int]], vocabulary: Vocabulary
) -> dict[str, list[FacetOption]]:
    facets = {name: facet_options(data, name, counts[name], vocabulary) for name in FACETS}
    return facets | {ACCEPTING: accepting_options(data, counts[ACCEPTING])}


def count_with(data: QueryDict, base, **changes) -> tuple[str, int]:
    widened = data.copy()
    widened.pop("page", None)
    for key, value in changes.items():
        if value is None:
            widened.pop(key, None)
        else:
            widened[key] = value
    return widened.urlencode(), counts_within({"total": Scope(widened, base=base)})["total"]


def widenings(filterset: TherapistFilter, *, base) -> list[Widening]:
    """Ways to widen an empty search that would match someone, each with its count."""
    data, cleaned = filterset.data, filterset.form.cleaned_data
    offers = []
    if cleaned.get("approach") and not cleaned.get("related"):
        query, count = count_with(data, base, related="on")
        offers.append(Widening(_("Include related approaches"), query, count))
    place = filterset.place_point
    if place:
        larger = [
            km for km, _label in RADIUS_CHOICES if km > (cleaned.get("radius") or DEFAULT_RADIUS)
        ]
        if larger:
            query, count = count_with(data, base, radius=str(larger[-1]))
            offers.append(Widening(_("Search within %(km)s km") % {"km": larger[-1]}, query, count))
        query, count = count_with(  # online, an office's step-free entrance is beside the point
            data,
            base,
            place=None,
            radius=None,
            province=None,
            wheelchair=None,
            online=place.province,
        )
        offers.append(Widening(_("Online sessions in my province instead"), query, count))
    if cleaned.get("q"):
        query, count = count_with(data, base, q=None)
        offers.append(
            Widening(_("Without the words “%(words)s”") % {"words": cleaned["q"]}, query, count)
        )
    return [offer for offer in offers if offer.count]
