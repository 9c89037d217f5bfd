"""The HSDS API profile (Open Referral's API reference, HSDS 3.0): the same services, taxonomies
and terms as the open-data export, made by the export's own mapping
(therapists/public/opendata/), so that HSDS tools can read the directory without a file. Its
required endpoints (`/`, `/services`, `/services/{id}`) and the taxonomies' (docs/api.md).

Its pages are numbered (`page`, `per_page`) and described as the reference's Page object says;
a service lists the profiles by id, with `modified_after` to fetch what changed."""

import math

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from therapists.models import Therapist
from therapists.public.api.views import ReadOnlyMixin
from therapists.public.opendata.export import publisher, without_empty
from therapists.public.opendata.hsds import service_of
from therapists.public.opendata.profiles import open_profiles
from therapists.public.opendata.schema import HSDS_VERSION
from therapists.public.opendata.taxonomy import vocabulary_taxonomies, vocabulary_terms
from therapists.public.opendata.values import hsds_id

PER_PAGE = 50
PER_PAGE_MAX = 100
PAGE_PARAMETERS = [
    OpenApiParameter("page", OpenApiTypes.INT, description="Page number, from 1."),
    OpenApiParameter("per_page", OpenApiTypes.INT, description=f"At most {PER_PAGE_MAX}."),
]
PAGE_SCHEMA = {
    "type": "object",
    "required": ["empty", "contents"],
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer"},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
        "contents": {"type": "array", "items": {"type": "object"}},
    },
}


def whole_number(request, name: str, default: int, *, most: int | None = None) -> int:
    text = request.query_params.get(name, "")
    if not text:
        return default
    if not text.isdigit() or int(text) < 1 or (most and int(text) > most):
        message = (
            _("Enter a whole number from 1 to %(most)s.") % {"most": most}
            if most
            else _("Enter a whole number from 1.")
        )
        raise ValidationError({name: [message]})
    return int(text)


class HsdsPage:
    """One numbered page of a list, as the HSDS API reference's Page object."""

    def __init__(self, request, total: int):
        self.per_page = whole_number(request, "per_page", PER_PAGE, most=PER_PAGE_MAX)
        self.number = whole_number(request, "page", 1)
        self.total = total
        self.start = (self.number - 1) * self.per_page

    def window(self) -> slice:
        return slice(self.start, self.start + self.per_page)

    def response(self, contents: list) -> Response:
        pages = math.ceil(self.total / self.per_page)
        return Response(
            {
                "total_items": self.total,
                "total_pages": pages,
                "page_number": self.number,
                "size": len(contents),
                "first_page": self.number == 1,
                "last_page": self.number >= pages,
                "empty": not contents,
                "contents": contents,
            }
        )


def services_of(therapists) -> list[dict]:
    return [without_empty(service_of(profile)) for profile in open_profiles(therapists)]


class HsdsRoot(ReadOnlyMixin, generics.GenericAPIView):
    """What this API is in HSDS terms: its version, its profile, its OpenAPI description."""

    @extend_schema(operation_id="getAPIMetaInformation", responses={200: OpenApiTypes.OBJECT})
    def get(self, request):
        return Response(
            {
                "version": HSDS_VERSION,
                "profile": request.build_absolute_uri(reverse("therapists:open_data")),
                "openapi_url": request.build_absolute_uri(reverse("api:schema")),
                "description": _("The listed therapists of the directory, as HSDS services."),
                "publisher": publisher(),
            }
        )


class HsdsServiceList(ReadOnlyMixin, generics.GenericAPIView):
    """Every listed therapist's practice as a fully nested HSDS service, by id."""

    @extend_schema(
        operation_id="getPaginatedListOfServices",
        parameters=[
            *PAGE_PARAMETERS,
            OpenApiParameter(
                "modified_after", OpenApiTypes.DATETIME, description="Changed since then."
            ),
        ],
        responses={200: PAGE_SCHEMA},
    )
    def get(self, request):
        listed = Therapist.objects.listed()
        if since := request.query_params.get("modified_after"):
            moment = parse_datetime(since)
            if moment is None:
                raise ValidationError({"modified_after": [_("Enter a date and time.")]})
            listed = listed.filter(updated_at__gte=moment)
        page = HsdsPage(request, listed.count())
        ids = list(listed.order_by("pk").values_list("pk", flat=True)[page.window()])
        return page.response(services_of(Therapist.objects.filter(pk__in=ids)))


# Each profile's service id, as derived so far by this process: a UUID cannot be read back into
# the profile's id, so a lookup derives the ids of the listed profiles it has not seen yet.
# Ids derive from the site's address too (therapists/public/opendata/values.py), hence its place
# in the key.
SERVICE_IDS: dict[tuple[str, int], str] = {}


def service_profile(service_id: str) -> int | None:
    """The listed profile whose service has this id, or None."""
    for pk in Therapist.objects.listed().values_list("pk", flat=True).iterator():
        key = (settings.SITE_URL, pk)
        if key not in SERVICE_IDS:
            SERVICE_IDS[key] = hsds_id("service", pk)
        if SERVICE_IDS[key] == service_id:
            return pk
    return None


class HsdsServiceDetail(ReadOnlyMixin, generics.GenericAPIView):
    """One listed therapist's service by its HSDS id (the export's); anyone else's is a 404."""

    @extend_schema(operation_id="getFullyNestedServiceById", responses={200: OpenApiTypes.OBJECT})
    def get(self, request, id):
        pk = service_profile(id)
        if pk is None:
            raise Http404
        return Response(services_of(Therapist.objects.filter(pk=pk))[0])


def by_id(items: list[dict], id: str) -> dict:
    for item in items:
        if item["id"] == id:
            return item
    raise Http404


class HsdsTaxonomyList(ReadOnlyMixin, generics.GenericAPIView):
    """The taxonomies the services' attributes draw on: this directory's own vocabularies."""

    @extend_schema(
        operation_id="getPaginatedListOfTaxonomies",
        parameters=PAGE_PARAMETERS,
        responses={200: PAGE_SCHEMA},
    )
    def get(self, request):
        taxonomies = without_empty(vocabulary_taxonomies())
        page = HsdsPage(request, len(taxonomies))
        return page.response(taxonomies[page.window()])


class HsdsTaxonomyDetail(ReadOnlyMixin, generics.GenericAPIView):
    @extend_schema(operation_id="getTaxonomyById", responses={200: OpenApiTypes.OBJECT})
    def get(self, request, id):
        return Response(by_id(without_empty(vocabulary_taxonomies()), id))


class HsdsTermList(ReadOnlyMixin, generics.GenericAPIView):
    """Every term of the taxonomies; `taxonomy_id` keeps one taxonomy's."""

    @extend_schema(
        operation_id="getPaginatedListOfTaxonomyTerms",
        parameters=[*PAGE_PARAMETERS, OpenApiParameter("taxonomy_id", OpenApiTypes.STR)],
        responses={200: PAGE_SCHEMA},
    )
    def get(self, request):
        terms = without_empty(list(vocabulary_terms().values()))
        if taxonomy := request.query_params.get("taxonomy_id"):
            terms = [term for term in terms if term["taxonomy_id"] == taxonomy]
        page = HsdsPage(request, len(terms))
        return page.response(terms[page.window()])


class HsdsTermDetail(ReadOnlyMixin, generics.GenericAPIView):
    @extend_schema(operation_id="getTaxonomyTermById", responses={200: OpenApiTypes.OBJECT})
    def get(self, request, id):
        return Response(by_id(without_empty(list(vocabulary_terms().values())), id))
