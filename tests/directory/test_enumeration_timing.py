"""Sign-up and password reset answer in the same time whether or not the address has an account.

Each view is timed through the test client with the tasks queued in the database, as in
production, and not run: what is measured is the request. Thirty pairs, one address with an
account and one without, taken in alternating order; their medians must agree within 25% (or
2 ms, below which the machine's own noise dominates), and neither kind may be the slower one in
almost every pair.
"""

import statistics
import time

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from directory.models import User
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

PAIRS = 30
WARM_UP = 3
PASSWORD = "a sentence long enough to pass"


@pytest.fixture
def queued_tasks(settings):
    """Tasks go to the database queue; nothing runs them during the test."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The rate limits still run on every request; only their allowance is raised, so the
    # sixty timed requests are all answered in full.
    settings.ACCOUNT_EMAIL_RATE_PER_ADDRESS = "1000/h"
    settings.ACCOUNT_EMAIL_RATE_PER_CONNECTION = "1000/h"


def addresses(n: int) -> tuple[str, str]:
    """An address with an account and one without, of the same length."""
    return f"member{n:02d}@example.ca", f"absent{n:02d}@example.ca"


def elapsed(client, url, data) -> float:
    start = time.perf_counter()
    response = client.post(url, data)
    took = time.perf_counter() - start
    assert response.status_code == 302, response.status_code
    return took


def timed_pairs(client, url, data_for) -> tuple[list[float], list[float]]:
    """Seconds per request for addresses with and without an account, in alternating order."""
    for n in range(WARM_UP):
        for email in addresses(90 + n):
            elapsed(client, url, data_for(email))
    known, unknown = [], []
    for n in range(PAIRS):
        member, absent = addresses(n)
        if n % 2:
            unknown.append(elapsed(client, url, data_for(absent)))
            known.append(elapsed(client, url, data_for(member)))
        else:
            known.append(elapsed(client, url, data_for(member)))
            unknown.append(elapsed(client, url, data_for(absent)))
    return known, unknown


def assert_same_time(known: list[float], unknown: list[float]) -> None:
    known_median, unknown_median = statistics.median(known), statistics.median(unknown)
    print(
        f"median with an account {known_median * 1000:.2f} ms, "
        f"without {unknown_median * 1000:.2f} ms"
    )
    tolerance = max(0.25 * min(known_median, unknown_median), 0.002)
    assert abs(known_median - unknown_median) <= tolerance
    known_slower = sum(k > u for k, u in zip(known, unknown, strict=True))
    # Under the same work, which one is slower is a coin toss: 6 to 24 of 30 leaves a chance
    # of about 1 in 3,000 that equal timings fail.
    assert 6 <= known_slower <= 24, known_slower


@pytest.fixture
def members(db):
    for n in [*range(PAIRS), *range(90, 90 + WARM_UP)]:
        factories.UserFactory(email=addresses(n)[0])


def test_password_reset_takes_as_long_for_an_address_without_an_account(
    client, queued_tasks, members, mailoutbox
):
    known, unknown = timed_pairs(
        client, reverse("accounts:password_reset"), lambda email: {"email": email}
    )

    assert_same_time(known, unknown)
    assert DBTaskResult.objects.count() == 2 * (PAIRS + WARM_UP)
    assert mailoutbox == []


def test_sign_up_takes_as_long_for_an_address_that_has_an_account(
    client, queued_tasks, members, mailoutbox
):
    def sign_up(email):
        return {"email": email, "password1": PASSWORD, "password2": PASSWORD}

    known, unknown = timed_pairs(client, reverse("accounts:signup"), sign_up)

    assert_same_time(known, unknown)
    assert DBTaskResult.objects.count() == 2 * (PAIRS + WARM_UP)
    assert not User.objects.filter(email__startswith="absent").exists()
    assert mailoutbox == []
