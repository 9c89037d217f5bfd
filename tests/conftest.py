"""Shared fixtures: data, a real Chromium through Playwright, and a real S3-compatible server."""

import os
import shutil

import pytest

from tests import factories

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses that unless
# told the test process is in charge.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English, whatever language an earlier request switched to."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached search pages never carry over from one test to the next, nor the places a
    process holds (kept for a while when the cache is out)."""
    from django.core.cache import cache

    from directory.gazetteer import gazetteer_forget

    cache.clear()
    gazetteer_forget()


@pytest.fixture
def listed_therapist(db):
    """A published therapist with a verified, unexpired credential: visible to the public."""
    therapist = factories.TherapistFactory()
    factories.VerifiedCredentialFactory(therapist=therapist)
    return therapist


@pytest.fixture
def verifier(db):
    """A staff member in the Verifiers group, who works the queues; not a superuser."""
    from therapists.verification.roles import verifiers_group

    user = factories.UserFactory(email="verifier@example.ca", is_staff=True)
    user.groups.add(verifiers_group())  # flushed by transactional tests, so made again here
    return user


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright, once per test session."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    """A fresh browser tab whose relative URLs go to the live test server."""
    context = chromium.new_context(base_url=live_server.url, locale="en-CA")
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def assert_accessible():
    """Runs axe-core in the page and fails with the list of violations, if any."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(tab):
        results = axe.run(tab)
        violations = results.response["violations"]
        assert violations == [], results.generate_report()

    return check


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3-compatible server on 127.0.0.1, on a free port, for the whole session."""
    from moto.server import ThreadedMotoServer

    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()
