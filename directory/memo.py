"""What a request would read from the shared cache many times, read once: the cache generations
and the vocabularies, which a search page asks for a dozen times each. Kept for that request
only (RequestMemoMiddleware), so the next request reads them afresh as before; outside a request
(commands, the task worker) nothing is kept."""

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import Any

_MEMO: ContextVar[dict | None] = ContextVar("request_memo", default=None)


def remembered(key: Hashable, compute: Callable[[], Any]) -> Any:
    """`compute()`, once a request for the same key."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget(key: Hashable) -> None:
    """The next `remembered(key, ...)` of this request computes again (the value changed)."""
    if (memo := _MEMO.get()) is not None:
        memo.pop(key, None)


class RequestMemoMiddleware:
    """Each request starts with nothing remembered and leaves nothing behind."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _MEMO.set({})
        try:
            return self.get_response(request)
        finally:
            _MEMO.reset(token)
