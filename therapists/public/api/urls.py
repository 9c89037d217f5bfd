"""The read-only API, /api/v1/, outside the language prefix (its answers follow Accept-Language),
with its OpenAPI 3 schema and its documentation pages."""

from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from therapists.public.api import hsds, views

app_name = "api"


class Router(DefaultRouter):
    include_format_suffixes = False  # "format" is one of the search's filters


router = Router()
router.register("therapists", views.TherapistViewSet, basename="therapist")
router.register("approaches", views.ApproachViewSet, basename="approach")
router.register("concerns", views.ConcernViewSet, basename="concern")
router.register("regulators", views.RegulatorViewSet, basename="regulator")
router.register("cities", views.CityViewSet, basename="city")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("v1/provinces/", views.ProvinceList.as_view(), name="province-list"),
    path("v1/provinces/<str:code>/", views.ProvinceDetail.as_view(), name="province-detail"),
    path("v1/hsds/", hsds.HsdsRoot.as_view(), name="hsds-root"),
    path("v1/hsds/services/", hsds.HsdsServiceList.as_view(), name="hsds-service-list"),
    path(
        "v1/hsds/services/<str:id>/", hsds.HsdsServiceDetail.as_view(), name="hsds-service-detail"
    ),
    path("v1/hsds/taxonomies/", hsds.HsdsTaxonomyList.as_view(), name="hsds-taxonomy-list"),
    path(
        "v1/hsds/taxonomies/<str:id>/",
        hsds.HsdsTaxonomyDetail.as_view(),
        name="hsds-taxonomy-detail",
    ),
    path("v1/hsds/taxonomy_terms/", hsds.HsdsTermList.as_view(), name="hsds-term-list"),
    path(
        "v1/hsds/taxonomy_terms/<str:id>/", hsds.HsdsTermDetail.as_view(), name="hsds-term-detail"
    ),
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "v1/docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api:schema", template_name="api/swagger_ui.html"
        ),
        name="docs",
    ),
]
