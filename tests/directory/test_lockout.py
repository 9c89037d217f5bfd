"""The login lockout: by account from every address, by address only across many accounts, and
with the client's address read from the balancer's header only when the settings name it."""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # the factories' password
OFFICE = "203.0.113.10"
HOME = "198.51.100.20"
BALANCER = "10.0.0.2"


def log_in(client, email, password=PASSWORD, **headers):
    return client.post(
        reverse("accounts:login"), {"username": email, "password": password}, **headers
    )


def fail(client, email, times, **headers):
    for _ in range(times):
        log_in(client, email, "wrong password!", **headers)


def test_five_failures_on_one_account_leave_another_account_on_the_same_address_open():
    factories.UserFactory(email="ana@example.ca")
    factories.UserFactory(email="bo@example.ca")
    office = Client(REMOTE_ADDR=OFFICE)
    fail(office, "ana@example.ca", 5)

    assert log_in(office, "ana@example.ca").status_code == 429
    assert log_in(office, "bo@example.ca").status_code == 302


def test_a_locked_account_is_locked_from_every_address_until_its_password_is_reset():
    """The counter belongs to the account (OWASP), so guesses from a new address add no tries."""
    factories.UserFactory(email="ana@example.ca")
    fail(Client(REMOTE_ADDR=OFFICE), "ana@example.ca", 5)

    response = log_in(Client(REMOTE_ADDR=HOME), "ana@example.ca")

    assert response.status_code == 429
    assert "Too many login attempts" in response.text
    assert reverse("accounts:password_reset") in response.text


def test_one_address_failing_on_many_accounts_is_paused_for_every_account(settings):
    assert settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS == 30
    factories.UserFactory(email="cy@example.ca")
    office = Client(REMOTE_ADDR=OFFICE)
    for n in range(10):
        fail(office, f"guess{n}@example.ca", 3)

    assert log_in(office, "cy@example.ca").status_code == 429
    assert log_in(Client(REMOTE_ADDR=HOME), "cy@example.ca").status_code == 302


def test_failures_below_the_address_limit_leave_the_address_open(settings):
    factories.UserFactory(email="cy@example.ca")
    office = Client(REMOTE_ADDR=OFFICE)
    for n in range(9):
        fail(office, f"guess{n}@example.ca", 3)

    assert log_in(office, "cy@example.ca").status_code == 302


def test_behind_the_balancer_each_visitor_is_counted_by_the_header_it_names(settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    factories.UserFactory(email="cy@example.ca")
    balancer = Client(REMOTE_ADDR=BALANCER)
    for n in range(10):
        fail(balancer, f"guess{n}@example.ca", 3, HTTP_X_FORWARDED_FOR=f"1.2.3.4, {OFFICE}")

    assert log_in(balancer, "cy@example.ca", HTTP_X_FORWARDED_FOR=OFFICE).status_code == 429
    assert log_in(balancer, "cy@example.ca", HTTP_X_FORWARDED_FOR=HOME).status_code == 302


def test_a_forwarded_header_the_settings_do_not_name_changes_nothing(settings):
    assert settings.CLIENT_IP_META_KEY is None
    factories.UserFactory(email="cy@example.ca")
    office = Client(REMOTE_ADDR=OFFICE)
    for n in range(30):
        fail(office, f"guess{n}@example.ca", 1, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    assert log_in(office, "cy@example.ca", HTTP_X_FORWARDED_FOR=HOME).status_code == 429


def test_rate_limits_read_the_same_address_as_the_lockout(settings, mailoutbox):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.ACCOUNT_EMAIL_RATE_PER_CONNECTION = "2/h"
    balancer = Client(REMOTE_ADDR=BALANCER)

    def reset(email, address):
        return balancer.post(
            reverse("accounts:password_reset"), {"email": email}, HTTP_X_REAL_IP=address
        ).status_code

    assert [reset(f"a{n}@example.ca", OFFICE) for n in range(3)] == [302, 302, 429]
    assert reset("b@example.ca", HOME) == 302
