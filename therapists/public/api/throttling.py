"""Requests per address to the API, counted in the shared cache; a cache that cannot be reached
lets the request through (the site keeps serving without Redis)."""

import logging

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from directory.proxies import client_ip

logger = logging.getLogger(__name__)


class AddressRateThrottle(SimpleRateThrottle):
    """API_RATE_PER_ADDRESS requests per address, read as every other limit reads it."""

    scope = "address"

    def get_rate(self) -> str | None:
        return settings.API_RATE_PER_ADDRESS or None

    def get_ident(self, request) -> str:
        return client_ip(request)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view) -> bool:
        try:
            return super().allow_request(request, view)
        except Exception:  # any cache backend's error: count nothing, refuse no one
            logger.warning("The API's rate limit could not reach the cache", exc_info=True)
            return True
