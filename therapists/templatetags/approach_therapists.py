"""What an approach page shows of the therapists who offer it: modalities/ knows nothing of
profiles, so the counts and the links into the search come from here."""

from django import template
from django.urls import reverse

from directory.models import Province
from directory.text import fold
from therapists.search.counts import approach_counts_by_province
from therapists.search.filters import search_data

register = template.Library()


def search_url(**parameters) -> str:
    return f"{reverse('therapists:list')}?{search_data(parameters).urlencode()}"


@register.inclusion_tag("therapists/includes/_approach_therapists.html")
def approach_therapists(approach):
    """Counts per province with links into the search, and buttons for this approach."""
    counts = approach_counts_by_province(approach)
    provinces = sorted(
        (
            {
                "code": code,
                "name": Province(code).label,
                "count": count,
                "url": search_url(approach=approach.slug, serving=code),
            }
            for code, count in counts.items()
        ),
        key=lambda row: fold(row["name"]),  # "Île-du-Prince-Édouard" among the I's
    )
    return {
        "approach": approach,
        "provinces": provinces,
        "search_url": search_url(approach=approach.slug),
        "related_url": search_url(approach=approach.slug, related="on"),
        "province_choices": Province.choices,
    }
