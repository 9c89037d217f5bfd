"""The API's pages: a cursor over a stable order for the vocabularies and places, and for the
therapists (ranked, nearest or by fee, as the search orders them) a signed, opaque cursor
holding the offset, since a ranked order has no column to continue from (docs/api.md)."""

from django.core import signing
from rest_framework.exceptions import NotFound
from rest_framework.pagination import BasePagination, CursorPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

PAGE_SIZE = 20  # as the search page shows them
CURSOR_SALT = "therapists.public.api.cursor"
INVALID_CURSOR = "Invalid cursor."


class SlugCursorPagination(CursorPagination):
    """A vocabulary a page at a time, by its unique slug."""

    page_size = 100
    ordering = "slug"


class IdCursorPagination(CursorPagination):
    """Places a page at a time, in the order they were loaded."""

    page_size = 100
    ordering = "pk"


def cursor_make(offset: int) -> str:
    return signing.dumps(offset, salt=CURSOR_SALT, compress=True)


def cursor_read(cursor: str) -> int:
    try:
        offset = signing.loads(cursor, salt=CURSOR_SALT)
    except signing.BadSignature:
        raise NotFound(INVALID_CURSOR) from None
    if not isinstance(offset, int) or offset < 0:
        raise NotFound(INVALID_CURSOR)
    return offset


class SearchCursorPagination(BasePagination):
    """The search's results in its own order, PAGE_SIZE at a time: the queryset (or
    NearestFirst) is sliced like the search page's paginator slices it. The view gives the
    total, counted as the search counts it."""

    cursor_query_param = "cursor"

    def paginate_queryset(self, results, request, view=None):
        self.request, self.total = request, view.total
        self.correction = view.correction
        cursor = request.query_params.get(self.cursor_query_param)
        self.offset = cursor_read(cursor) if cursor else 0
        return list(results[self.offset : self.offset + PAGE_SIZE])

    def link(self, offset: int | None) -> str | None:
        if offset is None:
            return None
        url = self.request.build_absolute_uri()
        if offset == 0:
            return remove_query_param(url, self.cursor_query_param)
        return replace_query_param(url, self.cursor_query_param, cursor_make(offset))

    def get_paginated_response(self, data):
        after = self.offset + PAGE_SIZE
        return Response(
            {
                "count": self.total,
                "next": self.link(after if after < self.total else None),
                "previous": self.link(max(self.offset - PAGE_SIZE, 0) if self.offset else None),
                "correction": self.correction_shown(),
                "results": data,
            }
        )

    def correction_shown(self) -> dict | None:
        """The words as typed and the words searched instead, when the search corrected them."""
        if self.correction is None:
            return None
        return {"typed": self.correction.original, "searched": self.correction.text}

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        correction = {
            "type": "object",
            "nullable": True,
            "description": "When the words found no one: the words as typed and those searched.",
            "properties": {"typed": {"type": "string"}, "searched": {"type": "string"}},
        }
        return {
            "type": "object",
            "required": ["count", "results"],
            "properties": {
                "count": {"type": "integer", "example": 123},
                "next": link,
                "previous": link,
                "correction": correction,
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The page's cursor, from a previous page's next or previous.",
                "schema": {"type": "string"},
            }
        ]
