"""Where reads go with a read replica configured: the router's and the middleware's rules.

Requests go through the whole middleware stack to a small view that asks the router where a
read would go. The tests that touch the database run outside a test transaction
(transaction=True): inside one, every read goes to the primary by design, which would hide the
rule under test.
"""

import time

import pytest
import time_machine
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.http import HttpResponse, JsonResponse
from django.urls import path

from directory.models import City, User
from directory.replicas import PIN_COOKIE, REPLICA, ReplicaMiddleware, current_reads
from modalities.models import Approach
from tests import factories


def where_reads_go(request):
    """Where a read of a public table goes now; after a write, or in a transaction, if asked."""
    model = apps.get_model(request.GET.get("model", "modalities.approach"))
    body = {"read": router.db_for_read(model)}
    if "write" in request.GET:
        Approach.objects.filter(slug="no-such-approach").update(name="Nothing")
        body["after_write"] = router.db_for_read(model)
    if "atomic" in request.GET:
        with transaction.atomic():
            body["in_transaction"] = router.db_for_read(model)
    return JsonResponse(body, headers={"X-Read": body["read"]})  # a HEAD has no body


def failing(request):
    raise RuntimeError("the view failed")


def saved(request):
    return HttpResponse(status=204)


urlpatterns = [
    path("where/", where_reads_go),
    path("failing/", failing),
    path("saved/", saved),
]


@pytest.fixture
def replica(settings):
    """A "replica" database, as settings.py adds for DATABASE_REPLICA_URL, mirroring the test
    database. Django reads DATABASES once, so the alias goes to its connection handler (unless
    the test run has one already)."""
    settings.ROOT_URLCONF = __name__
    added = REPLICA not in connections
    if added:
        default = connections[DEFAULT_DB_ALIAS].settings_dict
        connections.settings[REPLICA] = {**default, "TEST": {"MIRROR": DEFAULT_DB_ALIAS}}
    yield REPLICA
    if added:
        del connections.settings[REPLICA]


@pytest.fixture
def no_replica(settings):
    """One database, as without DATABASE_REPLICA_URL, even in a test run that has a replica."""
    settings.ROOT_URLCONF = __name__
    configured = connections.settings.pop(REPLICA, None)
    yield
    if configured is not None:
        connections.settings[REPLICA] = configured


def read_from(client, method="get", **params) -> dict:
    response = getattr(client, method)("/where/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.usefixtures("replica")
def test_an_anonymous_visitor_reads_public_pages_from_the_replica(client):
    assert read_from(client) == {"read": REPLICA}
    assert client.head("/where/")["X-Read"] == REPLICA


@pytest.mark.usefixtures("replica")
def test_deciding_for_an_anonymous_visitor_leaves_the_session_alone(client):
    response = client.get("/where/")

    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.usefixtures("replica")
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_request_that_may_write_reads_the_primary(client, method):
    assert read_from(client, method) == {"read": DEFAULT_DB_ALIAS}


@pytest.mark.usefixtures("replica")
@pytest.mark.django_db(transaction=True)
def test_a_signed_in_user_reads_the_primary(client):
    assert read_from(client) == {"read": REPLICA}

    client.force_login(factories.UserFactory())

    assert read_from(client) == {"read": DEFAULT_DB_ALIAS}


@pytest.mark.usefixtures("replica")
@pytest.mark.parametrize("model", [Session, User, "auth.group", "axes.accessattempt"])
def test_sessions_users_and_login_records_are_always_read_from_the_primary(client, model):
    label = model if isinstance(model, str) else model._meta.label_lower

    assert read_from(client, model=label) == {"read": DEFAULT_DB_ALIAS}
    assert read_from(client, model="directory.city") == {"read": REPLICA}


@pytest.mark.usefixtures("replica")
def test_after_a_post_the_client_reads_the_primary_for_the_pin_seconds(client, settings):
    settings.DATABASE_REPLICA_PIN_SECONDS = 10

    response = client.post("/saved/")

    pin = response.cookies[PIN_COOKIE]
    assert (pin["max-age"], pin["httponly"], pin["samesite"]) == (10, True, "Lax")
    assert not pin["secure"]
    assert read_from(client) == {"read": DEFAULT_DB_ALIAS}
    with time_machine.travel(time.time() + 9):
        assert read_from(client) == {"read": DEFAULT_DB_ALIAS}


@pytest.mark.usefixtures("replica")
def test_an_expired_pin_is_ignored(client, settings):
    settings.DATABASE_REPLICA_PIN_SECONDS = 10
    client.post("/saved/")

    with time_machine.travel(time.time() + 11):
        assert read_from(client) == {"read": REPLICA}


@pytest.mark.usefixtures("replica")
def test_a_pin_the_site_did_not_sign_is_ignored(client):
    client.cookies[PIN_COOKIE] = str(time.time() + 3600)

    assert read_from(client) == {"read": REPLICA}


@pytest.mark.usefixtures("replica")
def test_the_pin_cookie_is_secure_when_the_session_cookie_is(client, settings):
    settings.SESSION_COOKIE_SECURE = True

    response = client.post("/saved/")

    assert response.cookies[PIN_COOKIE]["secure"] is True


@pytest.mark.usefixtures("replica")
def test_a_get_sets_no_pin(client):
    response = client.get("/where/")

    assert PIN_COOKIE not in response.cookies


@pytest.mark.usefixtures("replica")
@pytest.mark.django_db(transaction=True)
def test_a_write_sends_the_rest_of_the_request_to_the_primary(client):
    assert read_from(client, write=1) == {"read": REPLICA, "after_write": DEFAULT_DB_ALIAS}
    # The next request starts afresh: a GET that wrote pins nothing beyond itself.
    assert read_from(client) == {"read": REPLICA}


@pytest.mark.usefixtures("replica")
@pytest.mark.django_db(transaction=True)
def test_reads_inside_a_transaction_go_to_the_primary(client):
    assert read_from(client, atomic=1) == {"read": REPLICA, "in_transaction": DEFAULT_DB_ALIAS}


@pytest.mark.usefixtures("replica")
def test_the_decision_ends_with_the_request_even_when_the_view_fails(client):
    client.raise_request_exception = False

    assert client.get("/failing/").status_code == 500
    assert current_reads.get() is None


@pytest.mark.usefixtures("replica")
def test_outside_a_request_everything_reads_the_primary():
    assert router.db_for_read(Approach) == DEFAULT_DB_ALIAS
    assert router.db_for_read(City) == DEFAULT_DB_ALIAS


@pytest.mark.usefixtures("replica")
def test_writes_and_migrations_go_to_the_primary_only():
    replica_row, primary_row = Approach(), Approach()
    replica_row._state.db, primary_row._state.db = REPLICA, DEFAULT_DB_ALIAS

    assert router.db_for_write(Approach, instance=replica_row) == DEFAULT_DB_ALIAS
    assert router.allow_relation(replica_row, primary_row) is True
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "modalities") is True
    assert router.allow_migrate(REPLICA, "modalities") is False


@pytest.mark.usefixtures("no_replica")
def test_without_a_replica_everything_reads_the_one_database(client):
    assert read_from(client) == {"read": DEFAULT_DB_ALIAS}
    assert PIN_COOKIE not in client.post("/saved/").cookies
    with pytest.raises(MiddlewareNotUsed):
        ReplicaMiddleware(saved)
