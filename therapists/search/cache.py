"""Rendered search pages, kept briefly in the shared cache for visitors who are not logged in.

Every search is a GET URL, so the same URL asked again within SEARCH_CACHE_SECONDS (60 by default;
0 turns the cache off) is served from the cache (Redis in production) instead of running its
queries again. A change that affects listings calls search_cache_clear(), which moves to a new
version of every key at once; the date is part of the key too, so expiries at midnight take
effect.

A page is kept gzip-compressed alone (11 KB rather than 70 KB of text beside it, written on
every new search), and a browser that accepts gzip gets the compressed bytes as they are:
compressing a 55 KB page on every hit took a third of the cached throughput; the rare client
that does not accept gzip gets them decompressed. That is safe because a shared page holds
nothing secret (no CSRF token, no session, no CSP nonce: its only script is a same-origin file),
which is what GZipMiddleware's per-response padding protects against BREACH. A page that drew a
nonce is never shared.

A page past its SEARCH_CACHE_SECONDS is kept as long again. The first request to find it stale
computes the page anew; requests arriving meanwhile are served the stale copy, so a popular
search is computed once when it expires instead of once per waiting visitor. Listing changes
(verification decisions, video moderation, publishing, pausing, deleting an account) change
every key, so they never show stale; other profile edits show within two minutes at most.
"""

import gzip
import hashlib
import time

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from directory.generations import generation, generation_advance
from directory.headers import padded_gzip

VERSION_KEY = "search:version"
# With the layout of its entries: (gzip bytes, headers, fresh until).
PAGE_KEY_PREFIX = "search:page:2:"


def search_cache_version() -> int:
    return generation(VERSION_KEY)


def search_cache_clear() -> None:
    """Forget every cached search page: listings have changed."""
    generation_advance(VERSION_KEY)


def partial_wanted(request) -> bool:
    """An htmx swap gets the results partial; a boosted link or a history restore, the page."""
    htmx = request.htmx
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request


def cache_key(request) -> str | None:
    """The key of this request's page, or None when it must not be shared from a cache."""
    if not settings.SEARCH_CACHE_SECONDS or request.method != "GET":
        return None
    if request.user.is_authenticated or len(get_messages(request)):
        return None
    parts = [
        str(search_cache_version()),
        timezone.localdate().isoformat(),
        get_language(),
        "partial" if partial_wanted(request) else "page",
        request.get_full_path(),
    ]
    return PAGE_KEY_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def refresh_claimed(key: str) -> bool:
    """True for the one request that refreshes a stale page; its claim lapses if it fails."""
    return cache.add(f"{key}:refresh", 1, timeout=settings.SEARCH_CACHE_SECONDS)


def cached_response(key: str | None, request) -> HttpResponse | None:
    """The cached page, or None when this request must compute it (a miss, or the refresh)."""
    entry = cache.get(key) if key else None
    if entry is None:
        return None
    compressed, headers, fresh_until = entry
    if time.time() >= fresh_until and refresh_claimed(key):
        return None
    response = HttpResponse()
    compressed_served(request, response, compressed)
    for name, value in headers.items():
        response[name] = value
    response["X-Search-Cache"] = "hit"
    return response


def accepts_gzip(request) -> bool:
    return bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))


def compressed_served(request, response: HttpResponse, compressed: bytes, *, plain=None) -> None:
    """The page's kept gzip bytes for a browser that accepts them (GZipMiddleware then leaves
    the response alone), else its text (`plain`, or the bytes decompressed); either way the
    answer varies by Accept-Encoding."""
    patch_vary_headers(response, ("Accept-Encoding",))
    if accepts_gzip(request):
        response.content = compressed
        response["Content-Encoding"] = "gzip"
    else:
        response.content = gzip.decompress(compressed) if plain is None else plain


def remember_response(key: str | None, request, response) -> None:
    if not key or response.status_code != 200:
        return
    if get_nonce(request):  # drawn for this response alone: the page cannot be shared
        return
    response.render()
    headers = {name: response[name] for name in ("HX-Push-Url",) if name in response}
    compressed = padded_gzip(response.content, GZipMiddleware.max_random_bytes)
    seconds = settings.SEARCH_CACHE_SECONDS
    cache.set(key, (compressed, headers, time.time() + seconds), 2 * seconds)
    cache.delete(f"{key}:refresh")
    # Compressed once, for this answer and the cache's.
    compressed_served(request, response, compressed, plain=response.content)
