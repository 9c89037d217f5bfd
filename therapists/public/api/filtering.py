"""The search's own FilterSet, applied to the API's requests by django-filter's DRF backend:
one code path for the search page and the API, the same parameters, filters and order."""

from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation

from therapists.search.facet_counts import TOTAL, counts_cached
from therapists.search.filters import TherapistFilter
from therapists.search.spelling import Correction, search_correction


def search_total(filterset: TherapistFilter) -> int:
    """How many results the search finds, counted as the search page counts it (without the
    facets the API does not show)."""
    return counts_cached(filterset, [TOTAL])[TOTAL]


class SearchFilterBackend(DjangoFilterBackend):
    """Validates the parameters as the search does (a 400 with the messages when any does not
    validate), then gives the results as the search page reads them: nearest first from the
    smallest circle that fills a page (therapists/search/nearest.py), with the search's total."""

    def get_filterset_kwargs(self, request, queryset, view):
        data = request.query_params.copy()
        data.pop(view.pagination_class.cursor_query_param, None)  # which page, not which rows
        return super().get_filterset_kwargs(request, queryset, view) | {"data": data}

    def filter_queryset(self, request, queryset, view):
        """As django-filter's, less its filtered queryset: the index may answer without it."""
        filterset = self.get_filterset(request, queryset, view)
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        view.total = search_total(self.filterset)
        view.correction = None if view.total else self.corrected(view)
        return self.filterset.results(count=view.total)

    def corrected(self, view) -> Correction | None:
        """As the search page does: a search that found no one is run again with its misspelt
        words corrected, if any were; the answer says so (`correction`)."""
        correction = search_correction(self.filterset.data, self.filterset.form)
        if correction:
            self.filterset = TherapistFilter(correction.data, queryset=self.filterset.queryset)
            view.total = search_total(self.filterset)
        return correction

    def get_filterset(self, request, queryset, view):
        self.filterset = super().get_filterset(request, queryset, view)
        return self.filterset
