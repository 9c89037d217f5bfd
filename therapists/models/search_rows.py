"""The search's own table: one narrow row per listed profile, holding what the search filters,
counts and sorts by (therapists/search/rows.py keeps it; docs/architecture.md says why).

A row's vocabularies are sets of ids (approaches, concerns, languages, ...), so a filter is one
test on the row and a facet's counts are one pass over the matching rows, instead of a join per
filter and a query per count. The listing rule is still asked on every request: the row keeps
listed_until as the profile does. What hangs on a date besides (valid credentials per province,
registered offices) is kept as of the refresh, with stable_until, the first day it may change;
past that day the search asks the rule itself for that row (therapists/search/filters.py).
"""

import datetime

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from directory.geo import Place, bounding_box, distance_km
from therapists.models.fields import TermSet
from therapists.models.offices import office_registered


class SearchRowQuerySet(models.QuerySet):
    def listed(self, *, on: datetime.date | None = None):
        """The rows of profiles listed that day: the same rule as Therapist.objects.listed()."""
        return self.filter(listed_until__gte=on or timezone.localdate())

    def near(self, place: Place, km: float, *, wheelchair_accessible: bool = False):
        """Rows with a registered office within km of the place, each with the distance to the
        nearest one as `distance` (to sort by).

        One join to the offices in the bounding box (their index on latitude and longitude),
        grouped by profile: each office's distance is computed once, and the nearest is both
        the filter and the order."""
        offices = {f"offices__{bound}": value for bound, value in bounding_box(place, km).items()}
        if wheelchair_accessible:
            offices["offices__wheelchair_accessible"] = True
        nearest = models.Min(distance_km(place, "offices__latitude", "offices__longitude"))
        return (
            self.filter(office_registered(through="offices"), **offices)
            .annotate(distance=nearest)
            .filter(distance__lte=km)
        )


class SearchRow(models.Model):
    """What the search reads of one listed profile; never edited by hand."""

    therapist = models.OneToOneField(
        "Therapist", on_delete=models.CASCADE, primary_key=True, related_name="search_row"
    )
    listed_until = models.DateField()
    # Until this day (inclusive) the sets below that hang on dates hold as refreshed.
    stable_until = models.DateField(null=True)
    display_name = models.CharField(max_length=120)
    # The profile's search words (therapists/search/text.py), which a GIN index answers: large,
    # so kept out of the row's page by PostgreSQL, and read only to check a match.
    search_vector = SearchVectorField(null=True)
    # The short fields' words (name, headline, designations): what ranks a match, kept in the
    # row. The bio's words find a profile but are never read to rank it.
    rank_vector = SearchVectorField(null=True)
    approaches = TermSet()
    # Its approaches and every approach related to one of them: "include related approaches"
    # finds a row when a chosen approach is among these (relations go both ways).
    approaches_widened = TermSet()
    concerns = TermSet()
    languages = TermSet()
    communities = TermSet()
    insurers = TermSet()
    # (insurer, province) keys ("12:ON") where the coverage table says the insurer reimburses
    # one of the profile's valid designations (therapists/models/coverage.py).
    covered_by = TermSet(kind="text")
    # When the therapist sees clients: the session times' numbers (SESSION_TIME_NUMBERS).
    session_times = TermSet()
    # Provinces where the therapist may see people online (a valid credential there), and
    # where in person or online.
    online_provinces = TermSet(kind="text")
    serving_provinces = TermSet(kind="text")
    wheelchair_office = models.BooleanField(default=False)
    has_video = models.BooleanField(default=False)
    gender_identity = models.CharField(max_length=20, blank=True)
    serves_children = models.BooleanField(default=False)
    serves_teens = models.BooleanField(default=False)
    serves_adults = models.BooleanField(default=False)
    serves_older_adults = models.BooleanField(default=False)
    offers_individual = models.BooleanField(default=False)
    offers_couples = models.BooleanField(default=False)
    offers_family = models.BooleanField(default=False)
    offers_group = models.BooleanField(default=False)
    offers_online = models.BooleanField(default=False)
    free_consultation = models.BooleanField(default=False)
    fee = models.PositiveIntegerField(null=True)
    lowest_fee = models.PositiveIntegerField(null=True)
    accepting = models.CharField(max_length=20, blank=True)
    availability_confirmed_at = models.DateTimeField(null=True)

    objects = SearchRowQuerySet.as_manager()

    class Meta:
        # On PostgreSQL, migration 0006 adds GIN indexes on the sets and the default orders'
        # indexes, read in index order so a page never sorts every row (SQLite makes neither).
        indexes = [models.Index(fields=["listed_until"], name="searchrow_listed_until")]

    def __str__(self):
        return self.display_name


def stable_q(*, on: datetime.date | None = None) -> Q:
    """Rows whose date-bound sets still hold on the day."""
    return Q(stable_until__gte=on or timezone.localdate())


class SearchIndexVersion(models.Model):
    """A number that changes with every write to the search rows or the offices, in the
    writer's own transaction (triggers of migration 0009): the processes' copies of the rows
    (therapists/search/index/) are made again when it is no longer the one they were read at.
    A random number, not a counter, so that a write rolled back and another made since can
    never share it."""

    value = models.BigIntegerField()

    def __str__(self):
        return str(self.value)
