"""Reads from a PostgreSQL read replica where a request can afford to be a moment behind.

With DATABASE_REPLICA_URL set, settings.py adds a "replica" database. ReplicaRouter sends every
write to the primary ("default") and a read to the replica only when ReplicaMiddleware has said
that the current request may read there: an anonymous GET or HEAD of a public page or a search.
Everything else reads the primary:

- a request with another method (it writes, and may read what it wrote);
- a signed-in user (their own pages, the self-service editor, the admin);
- a client that wrote something a moment ago: every response to a POST (PUT, ...) sets a short,
  signed cookie, so for DATABASE_REPLICA_PIN_SECONDS its next pages read what it just saved
  even while the replica is still replaying it (read-your-writes across requests);
- the rest of a request once it has written (e.g. a page view counted), or inside a transaction
  on the primary (read-your-writes within a request);
- work outside a request: management commands, the task worker, the shell.

A few models are always read from the primary, whatever the request: sessions and users (a login
writes the session and its next request must find it; confirmation and reset links look a user up
from another device), permissions and groups, the admin's log, login-throttling records (a lockout
must count every failure at once) and the task queue (a worker claims its rows). Content types are
written only by migrate, so they may come from the replica like the public tables.

The decision lives in a context variable, set for one request and reset when it ends, so it never
leaks into the next request a thread or a worker serves. Without a replica the middleware removes
itself and the router leaves Django's choice alone: one database, as before.
"""

import math
import time
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest

REPLICA = "replica"
READ_METHODS = frozenset({"GET", "HEAD"})
PIN_COOKIE = "primary_until"
PIN_SALT = "directory.replicas.pin"
# Always read from the primary; see the module's docstring for why.
PRIMARY_APP_LABELS = frozenset({"sessions", "auth", "admin", "axes", "django_tasks_database"})


@dataclass
class RequestReads:
    """What the current request has done so far that decides where its reads go."""

    request: HttpRequest
    wrote: bool = False
    primary: bool | None = None

    def from_primary(self) -> bool:
        """Decided once, on the first read that could go to the replica; a write turns it on."""
        if self.wrote:
            return True
        if self.primary is None:
            self.primary = True  # reads made while deciding (the user, say) use the primary
            self.primary = request_reads_primary(self.request)
        return self.primary


current_reads: ContextVar[RequestReads | None] = ContextVar("current_reads", default=None)


def replica_configured() -> bool:
    return REPLICA in connections


def request_reads_primary(request: HttpRequest) -> bool:
    """The rules for a whole request, before it has written anything."""
    return request.method not in READ_METHODS or pinned(request) or signed_in(request)


def signed_in(request: HttpRequest) -> bool:
    """Without a session cookie no one is signed in, and the session is not even looked at."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is None or user.is_authenticated


def pinned(request: HttpRequest) -> bool:
    """The client wrote something less than DATABASE_REPLICA_PIN_SECONDS ago."""
    until = request.get_signed_cookie(PIN_COOKIE, default=None, salt=PIN_SALT)
    try:
        return time.time() < float(until)
    except (TypeError, ValueError):
        return False


def pin_to_primary(response) -> None:
    """Send this client's next reads to the primary for as long as the replica may lag."""
    seconds = settings.DATABASE_REPLICA_PIN_SECONDS
    response.set_signed_cookie(
        PIN_COOKIE,
        str(math.ceil(time.time() + seconds)),
        salt=PIN_SALT,
        max_age=seconds,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def replica_readable() -> bool:
    """May the read being routed now come from the replica?"""
    reads = current_reads.get()
    if reads is None or connections[DEFAULT_DB_ALIAS].in_atomic_block:
        return False
    return not reads.from_primary()


def primary_only(model) -> bool:
    meta = model._meta
    return meta.app_label in PRIMARY_APP_LABELS or meta.label_lower == (
        settings.AUTH_USER_MODEL.lower()
    )


class ReplicaRouter:
    """Writes to the primary; reads to the replica when the request allows it."""

    def db_for_read(self, model, **hints):
        if not replica_configured():
            return None
        if primary_only(model) or not replica_readable():
            return DEFAULT_DB_ALIAS
        return REPLICA

    def db_for_write(self, model, **hints):
        reads = current_reads.get()
        if reads is not None:
            reads.wrote = True
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        """A row read from the replica is the same row as on the primary."""
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        """The replica is read-only: it gets its tables by replaying the primary's."""
        return db == DEFAULT_DB_ALIAS


class ReplicaMiddleware:
    """Marks where the request's reads may go, and pins a client that wrote to the primary.

    Sits right after AuthenticationMiddleware, so that whether the user is signed in can be
    asked (lazily, on the first read that could go to the replica) while the view runs.
    """

    def __init__(self, get_response):
        if not replica_configured():
            raise MiddlewareNotUsed("No read replica is configured.")
        self.get_response = get_response

    def __call__(self, request):
        token = current_reads.set(RequestReads(request))
        try:
            response = self.get_response(request)
        finally:
            current_reads.reset(token)
        if request.method not in READ_METHODS:
            pin_to_primary(response)
        return response
