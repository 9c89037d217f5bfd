"""Addresses for search engines, at the site's root: the sitemap and robots.txt."""

from django.contrib.sitemaps.views import index, sitemap
from django.urls import path
from django.views.decorators.cache import cache_page
from django.views.generic import TemplateView

from modalities.sitemaps import ApproachIndexSitemap, ApproachSitemap
from therapists.public.sitemaps import PlaceSitemap, ProfileSitemap

SITEMAPS = {
    "approach-index": ApproachIndexSitemap,
    "approaches": ApproachSitemap,
    "profiles": ProfileSitemap,
    "places": PlaceSitemap,
}

urlpatterns = [
    path(
        "sitemap.xml",
        cache_page(60 * 60)(index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(60 * 60)(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]
