"""Rate limits (django-ratelimit) that say what to do when their store, the cache, is down.

django-ratelimit counts in the cache. When the cache cannot be reached, its answer depends on
which call failed (a failed `add` then `incr` reads as "limited", a failed `get` as "not
limited"), so its answer alone cannot tell. The tolerant cache counts its failed operations
(directory/cache.py): a count that moved during the check means the limit was not checked, and
each caller decides. Emails that visitors can make us send fail closed, since a flood of them
is the abuse the limit is there for; consultation requests and bookings fail open, since a
request a client wrote must be stored whatever the cache's state.
"""

from django.conf import settings
from django.core.cache import caches
from django_ratelimit.core import get_usage


class RateLimitUnavailable(Exception):
    """The limit could not be checked, and the action must not go ahead unchecked."""


def limit_store():
    return caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]


def store_errors() -> int:
    """How many operations of this thread's rate-limit store have failed so far."""
    return getattr(limit_store(), "errors", 0)


def rate_limited(request, *, group: str, key, rate: str, fail_open: bool) -> bool:
    """Count this request against the limit; whether it is one too many.

    When the store cannot be reached: not limited if `fail_open`, else RateLimitUnavailable.
    """
    errors_before = store_errors()
    usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
    if store_errors() != errors_before:
        if fail_open:
            return False
        raise RateLimitUnavailable(group)
    return bool(usage and usage["should_limit"])


def email_rate_limited(request, email: str, *, group: str) -> bool:
    """Whether one more email a visitor asks us to send (an account link, an alert's
    confirmation) would be one too many to that address, or from this connection, within
    `group`'s counts. Counts the request.

    Fails closed: RateLimitUnavailable when the limit cannot be checked (the cache is down).
    """
    by_connection = rate_limited(
        request,
        group=f"{group}-connection",
        key="ip",
        rate=settings.ACCOUNT_EMAIL_RATE_PER_CONNECTION,
        fail_open=False,
    )
    by_address = rate_limited(
        request,
        group=f"{group}-address",
        key=lambda _group, _request: email.strip().lower(),
        rate=settings.ACCOUNT_EMAIL_RATE_PER_ADDRESS,
        fail_open=False,
    )
    return by_connection or by_address
