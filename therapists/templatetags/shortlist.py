"""The shortlist's controls: a "keep" link on result cards and profiles, the "Compare (n)" link,
and the search form's field that carries the list along (therapists/public/shortlist.py).

Without JavaScript a keep link leads to the compare page with the profile added to the list in
the address; static/js/shortlist.js turns it into a toggle button and keeps the list in the
browser's storage, reading the words it says from the bar's data attributes.
"""

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from therapists.public.shortlist import (
    SHORTLIST_MAX,
    SHORTLIST_PARAMETER,
    Shortlist,
    query_without_shortlist,
    shortlist_appended,
    shortlist_or_empty,
    shortlist_query,
)
from therapists.templatetags.markup import escaped, markup

register = template.Library()

KEEP = (
    '<a class="keep" href="{url}" data-keep="{slug}" data-name="{name}">'
    '<span class="keep__mark" aria-hidden="true">✓ </span><span data-keep-label>{label}</span>'
    '<span class="visually-hidden"> {name}</span></a>'
)
KEPT = (
    '<a class="keep keep--kept" href="{url}" data-keep="{slug}" data-name="{name}">'
    '<span class="keep__mark" aria-hidden="true">✓ </span><span data-keep-label>{label}</span>'
    '<span class="visually-hidden"> ({name})</span></a>'
)


@lru_cache(maxsize=8)
def keep_words(language: str) -> dict[str, SafeString]:
    """The keep link's words in a language, escaped once."""
    words = {"keep": _("Keep"), "kept": _("Kept: compare")}
    return {key: SafeString(escaped(word)) for key, word in words.items()}


def keep_links(query):
    """A function drawing a profile's keep link for a page whose address holds this query: the
    compare page's address is reversed once for the page, not once a card."""
    compare = reverse("therapists:compare")
    shortlist = shortlist_or_empty(query)
    others = query_without_shortlist(query)
    words = keep_words(get_language())

    def keep_link(therapist) -> SafeString:
        kept = therapist.slug in shortlist
        slugs = shortlist.slugs if kept else shortlist.adding(therapist.slug)
        return markup(
            KEPT if kept else KEEP,
            url=f"{compare}?{shortlist_appended(others, slugs)}",
            slug=therapist.slug,
            name=therapist.display_name,
            label=words["kept" if kept else "keep"],
        )

    return keep_link


@register.simple_tag(takes_context=True)
def keep_link(context, therapist) -> SafeString:
    """The keep link of one profile."""
    return keep_links(context["request"].GET)(therapist)


@register.inclusion_tag("therapists/includes/_shortlist_bar.html", takes_context=True)
def shortlist_bar(context, listed=None):
    """The "Compare (n)" link, the live region the script speaks in, and its words. `listed`:
    on the compare page, the profiles it shows (the list the visitor is looking at)."""
    query = context["request"].GET
    shortlist = shortlist_or_empty(query)
    slugs = shortlist.slugs if listed is None else tuple(listed)
    compare = reverse("therapists:compare")
    return {
        "slugs": ",".join(slugs),
        "count": len(slugs),
        "in_address": SHORTLIST_PARAMETER in query,
        "compare_url": compare,
        "compare_link": f"{compare}?{shortlist_query(query, slugs)}",
        "shortlist_max": SHORTLIST_MAX,
        "on_compare_page": listed is not None,
    }


@register.simple_tag(takes_context=True)
def shortlist_field(context) -> SafeString | str:
    """The search form's hidden field carrying the list, so that refining keeps it."""
    shortlist: Shortlist = shortlist_or_empty(context["request"].GET)
    if not shortlist:
        return ""
    return markup(
        '<input type="hidden" name="{}" value="{}" data-shortlist-field>',
        SHORTLIST_PARAMETER,
        ",".join(shortlist.slugs),
    )
