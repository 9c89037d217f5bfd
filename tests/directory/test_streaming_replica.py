"""The site in front of a real PostgreSQL primary and a streaming read replica.

Two throwaway clusters are made with PostgreSQL's own programs: a primary (initdb) and a hot
standby copied from it with pg_basebackup, streaming its changes. The site is migrated on the
primary and served by gunicorn with DATABASE_URL and DATABASE_REPLICA_URL. To show which database
a page was read from, the replica's replay is paused: what is then written to the primary is
missing from pages read on the replica until replay resumes.

PostgreSQL refuses to run as root; as root, its programs run as the postgres user. The servers
listen on free ports of 127.0.0.1, taken from TEST_SERVER_PORTS ("first-last") when it is set.
"""

import http.cookiejar
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.urls import reverse

from tests.postgres_clusters import (
    DATABASE,
    WAIT_SECONDS,
    Cluster,
    caught_up,
    free_ports,
    postgres_bindir,
    primary_make,
    replay_paused,
    replica_make,
    wait_until,
)

ROOT = Path(__file__).resolve().parents[2]
PIN_SECONDS = 3
PASSWORD = "a-long-test-password"  # tests.factories.UserFactory's

MAKE_LISTED_THERAPIST = """
from tests import factories
owner = factories.UserFactory(email={email!r})
therapist = factories.TherapistFactory(owner=owner, display_name={name!r}, slug={slug!r})
factories.VerifiedCredentialFactory(therapist=therapist, registration_number={number!r})
"""

INQUIRY = {
    "name": "Alex",
    "email": "alex@example.ca",
    "phone": "",
    "preferred_contact": "email",
    "message": "I would like help with anxiety at work. Evenings suit me.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(scope="module")
def clusters() -> Iterator[tuple[Cluster, Cluster]]:
    """A primary and its streaming replica, stopped and deleted afterwards."""
    bindir = postgres_bindir()
    base = Path(tempfile.mkdtemp(prefix="directory-replica-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    primary_port, replica_port = free_ports(2)
    primary = Cluster("primary", bindir, base, primary_port)
    replica = Cluster("replica", bindir, base, replica_port)
    try:
        primary_make(primary)
        replica_make(primary, replica)
        yield primary, replica
    finally:
        replica.stop()
        primary.stop()
        shutil.rmtree(base, ignore_errors=True)


def site_environment(primary: Cluster, replica: Cluster) -> dict[str, str]:
    """The test settings on the two clusters, without the page caches, so that every page is
    read from a database."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUTF8": "1",
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": primary.url(),
        "DATABASE_REPLICA_URL": replica.url(),
        "DATABASE_REPLICA_PIN_SECONDS": str(PIN_SECONDS),
        "SEARCH_CACHE_SECONDS": "0",
        "SEARCH_COUNTS_CACHE_SECONDS": "0",
    }


def manage(environment: dict[str, str], *args: str, timeout: float = 300) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr}"
    return result.stdout


def listed_therapist_make(environment: dict[str, str], *, name: str, number: str) -> str:
    """A listed therapist, written to the primary by the project's factories; its slug."""
    slug = name.lower().replace(" ", "-")
    email = f"{slug}@example.ca"
    code = MAKE_LISTED_THERAPIST.format(email=email, name=name, slug=slug, number=number)
    manage(environment, "shell", "--no-imports", "-c", code, timeout=60)
    return slug


@dataclass
class Site:
    url: str
    environment: dict[str, str]
    primary: Cluster
    replica: Cluster


@pytest.fixture(scope="module")
def site(clusters) -> Iterator[Site]:
    """The site migrated on the primary, with one listed therapist, served by gunicorn."""
    primary, replica = clusters
    with primary.connect("postgres") as connection:
        connection.execute(f"CREATE DATABASE {DATABASE}")
    environment = site_environment(primary, replica)
    manage(environment, "migrate", "--noinput")
    listed_therapist_make(environment, name="Rowan Ashgrove", number="70001")
    caught_up(primary, replica)
    [port] = free_ports(1)
    log = primary.base / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:directory.gunicorn", "directory.wsgi"],
            cwd=ROOT,
            env=environment | {"BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"},
            stdout=subprocess.DEVNULL,
            stderr=output,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: answers(url, server, log), "gunicorn answering /healthz")
        yield Site(url, environment, primary, replica)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def answers(url: str, server: subprocess.Popen, log: Path) -> bool:
    if server.poll() is not None:
        pytest.fail(f"gunicorn stopped:\n{log.read_text()}")
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class Browser:
    """A client that keeps its cookies and sends Django's CSRF token with its forms."""

    def __init__(self, site: Site):
        self.base = site.url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path: str) -> str:
        return self.open(urllib.request.Request(self.base + path))

    def post(self, path: str, fields: dict[str, str]) -> str:
        """A form sent as a browser sends it; redirects are followed with a GET."""
        data = urllib.parse.urlencode(fields | {"csrfmiddlewaretoken": self.cookie("csrftoken")})
        return self.open(urllib.request.Request(self.base + path, data=data.encode()))

    def open(self, request: urllib.request.Request) -> str:
        try:
            with self.opener.open(request, timeout=WAIT_SECONDS) as response:
                return response.read().decode()
        except urllib.error.HTTPError as error:
            pytest.fail(f"{request.get_method()} {request.full_url}: {error.code}\n{error.read()}")

    def cookie(self, name: str) -> str | None:
        return next((c.value for c in self.cookies if c.name == name), None)


def test_anonymous_pages_read_the_replica_and_a_client_that_wrote_reads_the_primary(site):
    search = reverse("therapists:list")
    visitor, writer = Browser(site), Browser(site)
    assert "Rowan Ashgrove" in visitor.get(search)

    with replay_paused(site.replica):
        listed_therapist_make(site.environment, name="Juniper Whitlock", number="70002")
        assert site.primary.query("SELECT count(*) FROM therapists_therapist") == 2
        assert site.replica.query("SELECT count(*) FROM therapists_therapist") == 1

        assert "Juniper Whitlock" not in visitor.get(search)

        writer.get(reverse("therapists:detail", kwargs={"slug": "rowan-ashgrove"}))
        sent = writer.post(
            reverse("therapists:inquiry_send", kwargs={"slug": "rowan-ashgrove"}), INQUIRY
        )
        assert "Rowan Ashgrove" in sent and writer.cookie("primary_until")
        assert "Juniper Whitlock" in writer.get(search)
        assert "Juniper Whitlock" not in visitor.get(search)

        time.sleep(PIN_SECONDS + 1)
        assert "Juniper Whitlock" not in writer.get(search)

    caught_up(site.primary, site.replica)
    assert "Juniper Whitlock" in visitor.get(search)


def test_a_therapist_sees_their_save_at_once_and_the_public_after_replay(site):
    profile = reverse("therapists:detail", kwargs={"slug": "rowan-ashgrove"})
    editor = reverse("therapists:editor", kwargs={"section": "identity"})
    therapist = Browser(site)
    therapist.get(reverse("accounts:login"))
    dashboard = therapist.post(
        reverse("accounts:login"),
        {"username": "rowan-ashgrove@example.ca", "password": PASSWORD},
    )
    assert "Rowan Ashgrove" in dashboard

    with replay_paused(site.replica):
        therapist.get(editor)
        therapist.post(
            editor,
            {
                "display_name": "Rowan Ashgrove",
                "headline": "Steady help through grief and change",
                "bio": "I work with adults.",
            },
        )

        assert "Steady help through grief and change" in therapist.get(profile)
        assert "Steady help through grief and change" not in Browser(site).get(profile)

    caught_up(site.primary, site.replica)
    assert "Steady help through grief and change" in Browser(site).get(profile)
