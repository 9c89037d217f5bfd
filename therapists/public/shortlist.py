"""A visitor's shortlist of therapists to compare, kept in the address: ?t=slug1,slug2,slug3.

No account and nothing stored on our side: the compare page is a link that can be bookmarked or
sent to someone, and works without JavaScript (a "keep" link adds a profile to the list in the
address; static/js/shortlist.js keeps the list in the browser's storage as well). The search's
own parameters travel along, so the compare page measures distances from the place searched and
leads back to the same results.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.http import QueryDict

from therapists.search.forms import SHORTLIST_PARAMETER

SHORTLIST_MAX = 6
# Far more than six profile addresses (80 characters at most each) and their commas: a longer
# list was not made by this site.
SHORTLIST_TEXT_MAX = 1000
PROFILE_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")


class ShortlistTooLong(ValueError):
    """The list in the address is longer than any shortlist could be."""


@dataclass(frozen=True)
class Shortlist:
    """The profiles kept, in the order they were kept, and what was left out of the address."""

    slugs: tuple[str, ...] = ()
    over: int = 0  # kept beyond SHORTLIST_MAX: left out
    unreadable: int = 0  # items that cannot be a profile's address

    def __contains__(self, slug: str) -> bool:
        return slug in self.slugs

    def __len__(self) -> int:
        return len(self.slugs)

    def adding(self, slug: str) -> tuple[str, ...]:
        """The list with a profile added at the end (once)."""
        return self.slugs if slug in self.slugs else (*self.slugs, slug)

    def removing(self, slug: str) -> tuple[str, ...]:
        return tuple(kept for kept in self.slugs if kept != slug)


def shortlist_read(query: QueryDict) -> Shortlist:
    """The shortlist in a query string: comma-separated profile addresses, duplicates dropped,
    order kept, at most SHORTLIST_MAX; ShortlistTooLong when it cannot be a shortlist at all."""
    text = ",".join(query.getlist(SHORTLIST_PARAMETER))
    if len(text) > SHORTLIST_TEXT_MAX:
        raise ShortlistTooLong(len(text))
    items = [item.strip() for item in text.split(",") if item.strip()]
    slugs = list(dict.fromkeys(item for item in items if PROFILE_SLUG.match(item)))
    return Shortlist(
        slugs=tuple(slugs[:SHORTLIST_MAX]),
        over=max(0, len(slugs) - SHORTLIST_MAX),
        unreadable=sum(1 for item in items if not PROFILE_SLUG.match(item)),
    )


def shortlist_query(query: QueryDict, slugs) -> str:
    """The query string with the shortlist replaced by these profiles (none: no `t` at all),
    the other parameters kept; commas left readable."""
    return shortlist_appended(query_without_shortlist(query), slugs)


def query_without_shortlist(query: QueryDict) -> str:
    """The query string less its shortlist, quoted once for a page's many keep links."""
    return "&".join(
        f"{quote(key, safe=',')}={quote(value, safe=',')}"
        for key, values in query.lists()
        if key != SHORTLIST_PARAMETER
        for value in values
    )


def shortlist_appended(others: str, slugs) -> str:
    """A query string less its shortlist (query_without_shortlist) with these profiles as it."""
    if not slugs:
        return others
    shortlist = f"{SHORTLIST_PARAMETER}={quote(','.join(slugs), safe=',')}"
    return f"{others}&{shortlist}" if others else shortlist


def shortlist_or_empty(query: QueryDict) -> Shortlist:
    """The shortlist of a page that only shows it (a search, a profile): too long reads as none."""
    try:
        return shortlist_read(query)
    except ShortlistTooLong:
        return Shortlist()
