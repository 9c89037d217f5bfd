"""Nearest-first results, read a page at a time from the smallest circle that holds the page.

The first n results within r km of the place are the first n of the whole search whenever at
least n lie within r: everyone within r is nearer than anyone beyond it. So a page is read from
circles of 1/64, 1/16 and 1/4 of the radius first, and the first circle that fills the page
answers. In a city a page then checks a few hundred profiles against the filters, not the ten
thousand or more within the radius; where results are sparse, the small circles cost little and
the radius itself answers.
"""

from collections.abc import Callable

from django.db.models import QuerySet

SHRINK = 4
SMALLER_CIRCLES = 3


class NearestFirst:
    """A search's results nearest first, sliced like a queryset by the paginator."""

    def __init__(self, within: Callable[[float], QuerySet], km: float, *, count: int | None):
        self.within, self.km, self.known_count = within, km, count

    def count(self) -> int:
        if self.known_count is None:
            self.known_count = self.within(self.km).count()
        return self.known_count

    def radii(self) -> list[float]:
        """The smaller circles to try, smallest first; a page that cannot be full tries none."""
        return [self.km / SHRINK**step for step in range(SMALLER_CIRCLES, 0, -1)]

    def __getitem__(self, window: slice) -> list:
        """The page's search rows' ids, each with its distance, from the first circle that fills
        the page (or the radius): one query whether the page holds one result or 20."""
        circles = self.radii() if self.count() >= window.stop else []
        for km in [*circles, self.km]:
            page = list(self.within(km).only("pk")[window])
            if len(page) == window.stop - window.start:
                break
        return page
