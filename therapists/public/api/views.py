"""The API's endpoints: read-only lists and details, anonymous, limited per address, each answer
with its ETag and Last-Modified (therapists/public/api/conditional.py)."""

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from directory.models import City, Province
from modalities.models import Approach, Concern
from therapists.models import RegulatoryBody, SearchRow, Therapist
from therapists.public.api.conditional import conditional_response
from therapists.public.api.filtering import SearchFilterBackend
from therapists.public.api.pagination import (
    IdCursorPagination,
    SearchCursorPagination,
    SlugCursorPagination,
)
from therapists.public.api.serializers import (
    ApproachSerializer,
    CitySerializer,
    ConcernSerializer,
    ProvinceSerializer,
    RegulatorSerializer,
    TherapistSerializer,
)
from therapists.search.cards import Vocabulary
from therapists.search.filters import TherapistFilter

# The search words kept on a profile and its search row: kilobytes each, never shown.
SEARCH_WORDS = ("search_vector", "search_text")
ROW_WORDS = ("search_row__search_vector", "search_row__rank_vector")
# The vocabularies a profile shows, by its search row's sets (therapists/search/cards.py).
TERM_SETS = ("approaches", "concerns", "languages", "communities", "insurers")


def profiles_shown(therapists):
    """Everything a profile page shows but its terms, in a fixed number of queries, less the
    search words."""
    return therapists.with_profile_facts().defer(*SEARCH_WORDS)


def with_rows(therapists):
    """The profiles as shown, each with its search row (its sets of terms), less the words."""
    return profiles_shown(therapists).select_related("search_row").defer(*ROW_WORDS)


def terms_attach(therapist: Therapist, row: SearchRow, vocabulary: Vocabulary) -> Therapist:
    """The profile's approaches, concerns, languages, communities and insurers, named from its
    search row's sets and the cached vocabularies, in vocabulary order: no query, no model."""
    terms = vocabulary.terms_in
    therapist.terms = {field: terms(field, getattr(row, field)) for field in TERM_SETS}
    return therapist


class ReadOnlyMixin:
    """GET, HEAD and OPTIONS only, each answer with its ETag and Last-Modified. Names come in the
    reader's language (Accept-Language, which LocaleMiddleware adds to Vary)."""

    http_method_names = ["get", "head", "options"]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response.add_post_render_callback(lambda rendered: conditional_response(request, rendered))
        return response


class TherapistViewSet(ReadOnlyMixin, viewsets.ReadOnlyModelViewSet):
    """The listed therapists: the search's filters and order (the search page's parameters),
    and one profile by its slug. Anyone not listed is a 404, as on the site."""

    serializer_class = TherapistSerializer
    lookup_field = "slug"
    filter_backends = [SearchFilterBackend]
    filterset_class = TherapistFilter
    pagination_class = SearchCursorPagination

    def get_queryset(self):
        if self.action == "list":
            return SearchRow.objects.listed()
        return with_rows(Therapist.objects.listed())

    def get_object(self):
        therapist = super().get_object()
        try:
            row = therapist.search_row
        except SearchRow.DoesNotExist:  # not yet in the search, so not yet in its API
            raise Http404 from None
        return terms_attach(therapist, row, Vocabulary())

    def filter_queryset(self, queryset):
        """The search's filters choose among the listed; a profile is found by its slug."""
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        # A page's profiles with their rows; one left the search since the page was chosen.
        profiles = with_rows(Therapist.objects.filter(search_row__isnull=False))
        found = profiles.in_bulk([result.pk for result in page])
        vocabulary = Vocabulary()
        shown = [
            terms_attach(found[result.pk], found[result.pk].search_row, vocabulary)
            for result in page
            if result.pk in found
        ]
        serializer = self.get_serializer(shown, many=True)
        return self.get_paginated_response(serializer.data)


class ApproachViewSet(ReadOnlyMixin, viewsets.ReadOnlyModelViewSet):
    """The therapeutic approaches, with the texts of their pages and their related approaches."""

    queryset = Approach.objects.prefetch_related("related")
    serializer_class = ApproachSerializer
    lookup_field = "slug"
    pagination_class = SlugCursorPagination


class ConcernViewSet(ReadOnlyMixin, viewsets.ReadOnlyModelViewSet):
    """The concerns a therapist may work with."""

    queryset = Concern.objects.all()
    serializer_class = ConcernSerializer
    lookup_field = "slug"
    pagination_class = SlugCursorPagination


class RegulatorViewSet(ReadOnlyMixin, viewsets.ReadOnlyModelViewSet):
    """The regulatory colleges and voluntary associations whose registrations are verified."""

    queryset = RegulatoryBody.objects.all()
    serializer_class = RegulatorSerializer
    lookup_field = "slug"
    pagination_class = SlugCursorPagination


@extend_schema_view(
    list=extend_schema(
        parameters=[OpenApiParameter("province", str, enum=Province.values, description="ON")]
    )
)
class CityViewSet(ReadOnlyMixin, viewsets.ReadOnlyModelViewSet):
    """The cities the site knows (a place search resolves a city's name to one of them);
    `?province=ON` keeps one province's."""

    serializer_class = CitySerializer
    lookup_field = "id"
    pagination_class = IdCursorPagination

    def get_queryset(self):
        cities = City.objects.all()
        if province := self.request.query_params.get("province"):
            if province not in Province.values:
                raise ValidationError(
                    {"province": [_("Choose a province's two letters, e.g. ON.")]}
                )
            cities = cities.filter(province=province)
        return cities


def provinces() -> list[dict]:
    return [{"code": code, "name": label} for code, label in Province.choices]


@extend_schema(responses=ProvinceSerializer(many=True))
class ProvinceList(ReadOnlyMixin, generics.GenericAPIView):
    """The 13 provinces and territories, by their Canada Post abbreviation."""

    serializer_class = ProvinceSerializer

    def get(self, request):
        return Response(self.get_serializer(provinces(), many=True).data)


@extend_schema_view(get=extend_schema(responses=ProvinceSerializer))
class ProvinceDetail(ReadOnlyMixin, generics.GenericAPIView):
    """One province or territory."""

    serializer_class = ProvinceSerializer

    def get(self, request, code):
        found = [province for province in provinces() if province["code"] == code]
        if not found:
            raise Http404
        return Response(self.get_serializer(found[0]).data)
