"""Without Redis the site degrades and never fails: a cache error is a miss, searches and
consultation requests go on, and account emails wait (503) rather than go out unlimited."""

import logging

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from directory.models import User
from directory.ratelimits import RateLimitUnavailable, rate_limited
from tests import factories
from tests.drills.servers import redis_server
from tests.outages import redis_down_caches
from tests.postgres_clusters import free_ports
from therapists.models import Inquiry, OpeningAlert

PASSWORD = "correct horse battery staple"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_down_caches()
    return settings.CACHES


def test_an_unreachable_redis_is_a_miss_and_a_no_op(redis_down):
    assert cache.get("key") is None
    assert cache.get("key", "default") == "default"
    assert cache.get_or_set("key", 7) == 7
    assert cache.add("key", 1) is False
    assert cache.set("key", 1) is None
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set_many({"a": 1}) == ["a"]
    assert cache.delete("key") is False
    with pytest.raises(ValueError):
        cache.incr("key")  # as for a key the cache does not hold
    assert cache.errors == 11  # get_or_set is a get, an add and a get


def test_an_outage_is_logged_once_not_once_per_operation(redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="directory.cache"):
        for _ in range(50):
            cache.get("key")
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert redis_down["default"]["LOCATION"] in warnings[0].getMessage()


def test_a_logged_address_carries_no_password(settings, caplog):
    settings.CACHES = redis_down_caches()
    location = settings.CACHES["default"]["LOCATION"]
    settings.CACHES["default"]["LOCATION"] = location.replace("//", "//:s3cret@")
    with caplog.at_level(logging.WARNING, logger="directory.cache"):
        cache.get("key")
    assert "unreachable" in caplog.text
    assert "s3cret" not in caplog.text


@pytest.fixture
def redis_location(tmp_path):
    """A Redis server of the test's own, on a free port of 127.0.0.1 (`make test` installs
    redis-server when root), stopped afterwards."""
    [port] = free_ports(1)
    server = redis_server(port, tmp_path)
    server.start()
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.stop()


def test_a_reachable_redis_is_used_as_a_cache(settings, redis_location):
    settings.CACHES = {
        "default": {
            "BACKEND": "directory.cache.TolerantRedisCache",
            "LOCATION": redis_location,
            "KEY_PREFIX": "test-tolerant-cache",
        }
    }
    try:
        cache.set("key", {"answer": 42}, 30)
        assert cache.get("key") == {"answer": 42}
        assert cache.add("counter", 1, 30) is True
        assert cache.incr("counter") == 2
        assert cache.reachable() is True
        assert cache.errors == 0
    finally:
        cache.delete_many(["key", "counter"])


def request_from(address: str):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_a_limit_counts_while_the_store_answers(settings):
    for _ in range(2):
        assert not rate_limited(
            request_from("192.0.2.1"), group="g", key="ip", rate="2/h", fail_open=False
        )
    assert rate_limited(request_from("192.0.2.1"), group="g", key="ip", rate="2/h", fail_open=False)


def test_a_limit_that_cannot_be_checked_fails_open_or_closed_as_asked(redis_down):
    request = request_from("192.0.2.2")
    assert rate_limited(request, group="g", key="ip", rate="2/h", fail_open=True) is False
    with pytest.raises(RateLimitUnavailable):
        rate_limited(request, group="g", key="ip", rate="2/h", fail_open=False)


def test_searches_answer_without_redis(client, listed_therapist, redis_down):
    for url in (reverse("therapists:list"), reverse("therapists:list") + "?sort=fee"):
        response = client.get(url)
        assert response.status_code == 200
        assert listed_therapist.display_name in response.text


def test_home_and_profile_pages_answer_without_redis(client, listed_therapist, redis_down):
    assert client.get(reverse("therapists:home")).status_code == 200
    response = client.get(listed_therapist.get_absolute_url())
    assert response.status_code == 200
    assert listed_therapist.display_name in response.text


def test_a_consultation_request_is_stored_without_redis(client, listed_therapist, redis_down):
    url = reverse("therapists:inquiry_send", kwargs={"slug": listed_therapist.slug})
    response = client.post(
        url,
        {
            "name": "Alex",
            "email": "alex@example.ca",
            "phone": "",
            "preferred_contact": "email",
            "message": "I would like help with anxiety at work. Evenings suit me.",
            "consent": "on",
            "website": "",
        },
    )
    assert response.status_code == 302
    assert Inquiry.objects.get().therapist == listed_therapist


@pytest.mark.django_db
def test_sign_up_waits_for_the_rate_limit_store_with_a_clear_503(client, redis_down, mailoutbox):
    response = client.post(
        reverse("accounts:signup"),
        {"email": "new@example.ca", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "try again in a minute" in response.text
    assert not User.objects.filter(email="new@example.ca").exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_an_opening_alert_waits_for_the_rate_limit_store_as_account_emails_do(
    client, redis_down, mailoutbox
):
    response = client.post(
        reverse("therapists:alert_new"), {"email": "client@example.ca", "query": ""}
    )
    assert response.status_code == 503
    assert "try again in a minute" in response.text
    assert not OpeningAlert.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_password_reset_waits_for_the_rate_limit_store_in_french(client, redis_down, mailoutbox):
    factories.UserFactory(email="ana@example.ca")
    with translation.override("fr"):
        url = reverse("accounts:password_reset")
    response = client.post(url, {"email": "ana@example.ca"})
    assert response.status_code == 503
    assert "Veuillez réessayer dans une minute" in response.text
    assert mailoutbox == []


@pytest.mark.django_db
def test_readyz_reports_the_cache_down_and_stays_ready(client, redis_down):
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json()["cache"] == "unreachable"
    assert response.json()["status"] == "degraded"
