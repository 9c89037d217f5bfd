"""Conditional requests for the API: an ETag from the answer's own bytes (exact whatever
changed), and as Last-Modified the moment this exact answer was first served, kept in the
shared cache beside it. A client's If-None-Match or If-Modified-Since then gets a 304.

The first-served moment is never earlier than the change that made the answer, so it never
says "not modified" wrongly; a cache that forgot it (or cannot be reached) makes it now."""

import hashlib
import logging
import time

from django.core.cache import cache
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.http import http_date, parse_http_date_safe

logger = logging.getLogger(__name__)

FIRST_SERVED_SECONDS = 60 * 60 * 24


def first_served(etag: str) -> float:
    """When the answer with this ETag was first served, as far as the cache remembers."""
    now = time.time()
    try:
        return cache.get_or_set(f"api:served:{etag}", now, FIRST_SERVED_SECONDS)
    except Exception:  # any cache backend's error: the answer is as new as it can be
        logger.warning("The API's Last-Modified could not reach the cache", exc_info=True)
        return now


def conditional_response(request, response):
    """The answer with its ETag and Last-Modified, or a 304 when the client has it already."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    response["Last-Modified"] = http_date(first_served(etag))
    last_modified = parse_http_date_safe(response["Last-Modified"])
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )
