"""Result pages that forgive a wrong page number in the address."""


def page_asked(value: str | None) -> str | int | None:
    """A number below 1 means the first page (Django's get_page would give the last)."""
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return value


class NearestPageMixin:
    """An unknown or out-of-range page number shows the nearest page, with a note."""

    def known_count(self) -> int | None:
        """The number of results when already counted elsewhere; None to count them here."""
        return None

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        if (count := self.known_count()) is not None:
            paginator.count = count
        page = paginator.get_page(page_asked(self.request.GET.get("page")))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        asked = self.request.GET.get("page", "1")
        return context | {"page_corrected": str(context["page_obj"].number) != asked}
