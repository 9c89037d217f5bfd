"""Fixtures for the API's tests: its rate limit well out of the way unless a test sets one."""

import pytest


@pytest.fixture(autouse=True)
def api_rate_generous(settings):
    settings.API_RATE_PER_ADDRESS = "100000/min"
