"""The sitemap's entries for profiles and place pages: listed therapists only."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from directory.models import province_slug
from therapists.models import Therapist
from therapists.search.counts import listed_offices


class ProfileSitemap(Sitemap):
    changefreq = "weekly"
    i18n = True
    alternates = True
    limit = 5000

    def items(self):
        return Therapist.objects.listed().only("slug", "updated_at").order_by("pk")

    def lastmod(self, therapist):
        return therapist.updated_at


class PlaceSitemap(Sitemap):
    """Province, city, and city-and-approach pages that have listed therapists."""

    changefreq = "daily"
    i18n = True
    alternates = True
    limit = 5000

    def items(self):
        offices = listed_offices()
        provinces = sorted(set(offices.values_list("city__province", flat=True)))
        cities = offices.values_list("city__province", "city__slug").distinct()
        city_approaches = (
            offices.exclude(therapist__approaches=None)
            .values_list("city__province", "city__slug", "therapist__approaches__slug")
            .distinct()
        )
        return (
            [("therapists:province", {"province": province_slug(code)}) for code in provinces]
            + [
                ("therapists:city", {"province": province_slug(code), "city": city})
                for code, city in sorted(cities)
            ]
            + [
                (
                    "therapists:city_approach",
                    {"province": province_slug(code), "city": city, "approach": approach},
                )
                for code, city, approach in sorted(city_approaches)
            ]
        )

    def location(self, item):
        name, kwargs = item
        return reverse(name, kwargs=kwargs)
