"""The compare page: the visitor's shortlist side by side, read from the address alone."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from therapists.public.compare import Comparison, compare_place, comparison_read
from therapists.public.shortlist import (
    SHORTLIST_MAX,
    Shortlist,
    ShortlistTooLong,
    shortlist_query,
    shortlist_read,
)

TEMPLATE = "therapists/compare.html"


@require_safe
def compare(request):
    """Listed profiles of the shortlist in ?t=; the others drop out with a note, never a 404."""
    if any("\x00" in value for _key, values in request.GET.lists() for value in values):
        return HttpResponseBadRequest(_("This address contains characters a search cannot use."))
    try:
        shortlist = shortlist_read(request.GET)
    except ShortlistTooLong:
        context = {"too_long": True, "shortlist": Shortlist(), "comparison": Comparison()}
        return render(request, TEMPLATE, context | links(request, ()), status=400)
    place, place_error = compare_place(request.GET)
    comparison = comparison_read(shortlist, query=request.GET, place=place)
    kept = comparison.slugs
    for therapist in comparison.therapists:
        therapist.remove_url = compare_url(
            request, [slug for slug in kept if slug != therapist.slug]
        )
    context = {
        "shortlist": shortlist,
        "comparison": comparison,
        "place": place,
        "place_error": place_error,
        "shortlist_max": SHORTLIST_MAX,
    }
    return render(request, TEMPLATE, context | links(request, kept))


def compare_url(request, slugs) -> str:
    query = shortlist_query(request.GET, slugs)
    return f"{reverse('therapists:compare')}?{query}" if query else reverse("therapists:compare")


def links(request, slugs) -> dict[str, str]:
    """Back to the search that led here, with the list kept."""
    query = shortlist_query(request.GET, slugs)
    search = reverse("therapists:list")
    return {"search_url": f"{search}?{query}" if query else search}
