"""The sitemap's entries for the approach pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from modalities.models import Approach


class ApproachIndexSitemap(Sitemap):
    changefreq = "monthly"
    i18n = True
    alternates = True

    def items(self):
        return ["modalities:list"]

    def location(self, item):
        return reverse(item)


class ApproachSitemap(Sitemap):
    changefreq = "monthly"
    i18n = True
    alternates = True

    def items(self):
        return Approach.objects.order_by("slug")
