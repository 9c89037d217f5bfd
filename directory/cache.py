"""The shared cache (Redis), made optional at run time: when Redis cannot be reached, every
read is a miss and every write does nothing, so the site keeps serving from the database.

An outage is logged once a minute by each process, not once per request, and for a second
after an error the cache is not even asked: a Redis that stopped answering costs requests nothing.
The rate limiter learns that a limit could not be checked from `errors` (directory/ratelimits.py).
Set short socket timeouts in OPTIONS (settings.py does) so that a Redis that hangs instead of
refusing is given up on quickly.
"""

import logging
import threading
import time
from functools import wraps
from urllib.parse import urlsplit, urlunsplit

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After an error, operations are skipped this long before Redis is tried again.
RECHECK_SECONDS = 1.0
# An outage that goes on is logged again after this long.
LOG_INTERVAL_SECONDS = 60.0
# What counts as the cache being unavailable: redis-py's errors (refused, timed out, reset,
# loading, read-only replica...) and the socket's own (an address that does not resolve).
CACHE_ERRORS = (RedisError, OSError)


class Outage:
    """What the processes' threads know about one Redis server being out of reach."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0  # monotonic time before which the server is not asked
        self.logged_at = None  # when the outage was last logged; None while it answers
        self.errors_since_log = 0

    def skipping(self) -> bool:
        return time.monotonic() < self.down_until

    def failed(self, location: str, error: Exception) -> None:
        now = time.monotonic()
        with self.lock:
            self.down_until = now + RECHECK_SECONDS
            self.errors_since_log += 1
            if self.logged_at is not None and now - self.logged_at < LOG_INTERVAL_SECONDS:
                return
            self.logged_at, count = now, self.errors_since_log
            self.errors_since_log = 0
        logger.warning(
            "The cache at %s is unreachable (%s: %s): serving without it (%s failed operations).",
            location,
            type(error).__name__,
            error,
            count,
        )

    def answered(self, location: str) -> None:
        if self.logged_at is None:
            return
        with self.lock:
            if self.logged_at is None:
                return
            self.down_until = 0.0
            self.logged_at = None
            self.errors_since_log = 0
        logger.warning("The cache at %s answers again.", location)


def without_password(url: str) -> str:
    """The server's address as it may be logged: "redis://cache:6379/0", no credentials."""
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


OUTAGES: dict[str, Outage] = {}
OUTAGES_LOCK = threading.Lock()


def outage_for(location: str) -> Outage:
    with OUTAGES_LOCK:
        return OUTAGES.setdefault(location, Outage())


def tolerant(missing):
    """A cache operation that answers `missing(*args, **kwargs)` when Redis cannot be reached."""

    def decorate(operation):
        @wraps(operation)
        def wrapper(self, *args, **kwargs):
            if self.outage.skipping():
                self.errors += 1
                return missing(*args, **kwargs)
            try:
                result = operation(self, *args, **kwargs)
            except CACHE_ERRORS as error:
                self.errors += 1
                self.outage.failed(self.location, error)
                return missing(*args, **kwargs)
            self.outage.answered(self.location)
            return result

        return wrapper

    return decorate


def absent(*args, **kwargs):
    return None


def nothing_done(*args, **kwargs):
    return False


def no_keys(*args, **kwargs):
    return {}


def the_default(key, default=None, version=None):
    return default


def all_keys_failed(data, *args, **kwargs):
    return list(data)


def not_there(*args, **kwargs):
    # What Django's cache raises for incr() and decr() of a key it does not hold.
    raise ValueError("The cache is unreachable: the key is treated as missing.")


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one redis-py client per connection pool instead of making
    one for every operation: making one fills its table of about 170 reply callbacks, which cost
    a search page more than the cache calls themselves. A redis-py client is safe to share."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if (client := self._clients.get(id(pool))) is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    """Django's Redis cache, where an unreachable Redis is a miss (reads) or a no-op (writes).

    `errors` counts the operations that failed on this instance; Django gives each thread its
    own instance, so a caller can compare it before and after a call to know whether its answer
    came from Redis.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self.location = ",".join(without_password(url) for url in self._servers)
        self.outage = outage_for(self.location)
        self.errors = 0

    add = tolerant(nothing_done)(RedisCache.add)
    get = tolerant(the_default)(RedisCache.get)
    set = tolerant(absent)(RedisCache.set)
    touch = tolerant(nothing_done)(RedisCache.touch)
    delete = tolerant(nothing_done)(RedisCache.delete)
    get_many = tolerant(no_keys)(RedisCache.get_many)
    has_key = tolerant(nothing_done)(RedisCache.has_key)
    incr = tolerant(not_there)(RedisCache.incr)
    set_many = tolerant(all_keys_failed)(RedisCache.set_many)
    delete_many = tolerant(absent)(RedisCache.delete_many)
    clear = tolerant(nothing_done)(RedisCache.clear)

    def reachable(self) -> bool:
        """Whether Redis answers a PING now, asked even during an outage (for /readyz)."""
        try:
            self._cache.get_client(write=True).ping()
        except CACHE_ERRORS as error:
            self.outage.failed(self.location, error)
            return False
        self.outage.answered(self.location)
        return True
