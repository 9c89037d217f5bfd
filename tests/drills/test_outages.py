"""Fault drills: the site in production mode loses its mail server, then Redis, then PostgreSQL,
each for 10 s, under a steady stream of searches, profile pages and consultation requests.

Everything runs on this machine: a throwaway PostgreSQL cluster (tests/postgres_clusters.py),
redis-server, a mail server that keeps what it receives (tests/drills/smtp_sink.py), gunicorn
with DJANGO_ENV=production, and the supervised task worker (`manage.py run_worker`). Nothing is
restarted but the server whose outage is drilled. One drill runs for the module; each test
checks one promise against its record, and the figures are printed.

`make drills` runs them (pytest -m drills tests/drills).
"""

import collections
import email
import email.policy
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.urls import reverse

from tests.drills import servers
from tests.drills.record import OUTAGES, Drill, report_print
from tests.drills.stream import Answer, Clock, Probe, Site, Visitor, readyz_report
from tests.postgres_clusters import Cluster, free_ports, throwaway_cluster, wait_until

pytestmark = pytest.mark.drills

DATABASE = "directory_drill"
OUTAGE_SECONDS = 10
# How long the site may take to answer without errors again once a server is back.
RECOVERY_SECONDS = 5
STEADY_SECONDS = 5
AFTER_SECONDS = 10
VISITORS = 3
RATE_PER_VISITOR = 3  # requests per second
MAX_REQUESTS_PER_VISITOR = 600
UNSENT_SECONDS = 30
# A notification that failed while the mail server was out is tried again a minute later
# (therapists/inquiries/services.py: retry_delay).
NOTIFICATION_SECONDS = 240
THERAPISTS = 12
MARK = re.compile(r"drill-\d+-\d+")
# What the worker logs when a notification could not be sent (therapists/inquiries/services.py).
NOTIFICATION_FAILED = re.compile(r"Notification of inquiry (\d+) (?:failed|sent but not recorded)")
# A notification's Message-ID names its inquiry (directory/mail.py: message_id).
NOTIFICATION_ID = re.compile(r"<inquiry-(\d+)\.")


def production_environment(
    postgres: Cluster, redis_port: int, mail_port: int, web_port: int, folder: Path
) -> dict[str, str]:
    """The production settings (directory/settings.py, .env.example), pointed at the drill's
    own servers, on plain HTTP as behind a load balancer, with consultation requests limited
    far above the stream's rate."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONUTF8": "1",
        "DJANGO_SETTINGS_MODULE": "tests.drills.settings",
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{web_port}",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": postgres.url(DATABASE),
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mail_port),
        "SMTP_USE_TLS": "false",
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
        "DRILL_STATIC_ROOT": str(folder / "static"),
        "INQUIRY_RATE_PER_ADDRESS": "100000/h",
        "INQUIRY_RATE_PER_THERAPIST": "100000/d",
        "LOG_LEVEL": "WARNING",
    }


def site_prepare(environment: dict[str, str]) -> list[str]:
    """Migrate, load a small directory and collect the static files; the slugs of listed
    therapists who take requests."""
    for arguments in (
        ["migrate", "--noinput"],
        ["load_reference_data"],
        ["seed_demo", "--therapists", str(THERAPISTS), "--workers", "1"],
        ["collectstatic", "--noinput"],
    ):
        servers.manage(environment, *arguments)
    code = (
        "from therapists.models import Accepting, Therapist\n"
        "listed = Therapist.objects.listed().exclude(accepting=Accepting.CLOSED)\n"
        "print(*listed.order_by('pk').values_list('slug', flat=True)[:8])"
    )
    slugs = servers.manage(environment, "shell", "--no-imports", "-c", code).split()
    assert slugs, "The seeded directory has no listed therapist taking requests."
    return slugs


@pytest.fixture(scope="module")
def drill() -> Iterator[Drill]:
    folder = Path(tempfile.mkdtemp(prefix="directory-drill-"))
    running: list[servers.Server] = []
    try:
        with throwaway_cluster("directory-drill-postgres", databases=[DATABASE]) as postgres:
            redis_port, mail_port, web_port = free_ports(3)
            environment = production_environment(postgres, redis_port, mail_port, web_port, folder)
            redis = servers.redis_server(redis_port, folder)
            mail = servers.smtp_sink(mail_port, folder)
            web = servers.gunicorn(web_port, folder, environment)
            worker = servers.task_worker(folder, environment)
            for server in (redis, mail):
                server.start()
                running.append(server)
            slugs = site_prepare(environment)
            for server in (web, worker):
                server.start()
                running.append(server)
            wait_until(
                lambda: ready(Site(web_port, Clock())),
                "/readyz answering 200 with every service ok",
                60,
            )
            services = {"mail": mail, "redis": redis, "postgres": postgres}
            record = drill_run(Site(web_port, Clock()), slugs, services)
            record.stored = stored_marks(postgres)
            record.notifications_seconds = notifications_wait(record, folder / "mail")
            failed = NOTIFICATION_FAILED.findall(worker.log.read_text())
            record.notifications_failed = collections.Counter(map(int, failed))
            report_print(record)
            assert web.running(), f"gunicorn stopped:\n{web.log_tail()}"
            if not worker.running():
                record.worker_log = worker.log_tail()
            yield record
    finally:
        for server in reversed(running):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def ready(site: Site) -> bool:
    answer, _ = site.ask("readyz", reverse("readyz"))
    report = readyz_report(answer)
    return answer.status == 200 and report.get("status") == "ok"


def drill_run(site: Site, slugs: list[str], services: dict) -> Drill:
    """The stream and the probe run while each service in turn is stopped for OUTAGE_SECONDS
    and started again; then the requests still unsent are sent again."""
    clock = site.clock
    visitors = [
        Visitor(number, site, slugs, RATE_PER_VISITOR, MAX_REQUESTS_PER_VISITOR)
        for number in range(1, VISITORS + 1)
    ]
    for visitor in visitors:
        visitor.prepare()
    probe = Probe(site)
    clock.mark("stream start")
    for thread in (probe, *visitors):
        thread.start()
    time.sleep(STEADY_SECONDS)
    for name in OUTAGES:
        clock.mark(f"{name} stopping")
        services[name].stop()
        clock.mark(f"{name} stopped")
        time.sleep(OUTAGE_SECONDS)
        clock.mark(f"{name} starting")
        services[name].start()
        clock.mark(f"{name} started")
        time.sleep(AFTER_SECONDS)
    clock.mark("stream end")
    for visitor in visitors:
        visitor.stopping.set()
        visitor.join(timeout=30)
        if visitor.error is not None:
            raise visitor.error
    deadline = time.monotonic() + UNSENT_SECONDS
    for visitor in visitors:
        visitor.unsent_send(deadline)
    probe.stopping.set()
    probe.join(timeout=10)
    answers = [answer for visitor in visitors for answer in visitor.answers]
    return Drill(answers, probe.answers, dict(clock.marks))


def stored_marks(postgres: Cluster) -> collections.Counter:
    """How many stored consultation requests carry each mark."""
    with postgres.connect(DATABASE) as connection:
        rows = connection.execute(
            "SELECT message FROM therapists_inquiry WHERE message LIKE %s", ["%drill-%"]
        ).fetchall()
    return collections.Counter(MARK.search(message).group() for (message,) in rows)


def mailed_marks(folder: Path) -> tuple[collections.Counter, collections.Counter, int]:
    """What the mail server received: distinct emails (by Message-ID) for each mark, copies of
    each email, and messages in all."""
    emails: dict[str, set[str]] = collections.defaultdict(set)
    copies: collections.Counter = collections.Counter()
    files = sorted(folder.glob("*.eml")) if folder.exists() else []
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        message_id = str(message["Message-ID"])
        copies[message_id] += 1
        for mark in set(MARK.findall(text)):
            emails[mark].add(message_id)
    mailed = collections.Counter({mark: len(ids) for mark, ids in emails.items()})
    return mailed, copies, len(files)


def notifications_wait(record: Drill, folder: Path) -> float:
    """Wait until every stored request has had its notification (or time runs out), then a
    little longer, so that a second copy of any would be counted; the seconds waited."""
    started = time.monotonic()
    deadline = started + NOTIFICATION_SECONDS
    while time.monotonic() < deadline:
        record.mailed, record.copies, record.mail_total = mailed_marks(folder)
        if all(record.mailed[mark] >= count for mark, count in record.stored.items()):
            break
        time.sleep(1)
    waited = time.monotonic() - started
    time.sleep(AFTER_SECONDS)
    record.mailed, record.copies, record.mail_total = mailed_marks(folder)
    return waited


def failures(answers: list[Answer]) -> list[tuple[str, str, int, float]]:
    return [(a.kind, a.path, a.status, round(a.sent, 2)) for a in answers if not a.ok]


def test_no_consultation_request_is_lost(drill):
    requests = [answer for answer in drill.answers if answer.kind == "request"]
    succeeded = {answer.mark for answer in requests if answer.ok}
    lost = sorted(mark for mark in succeeded if not drill.stored[mark])
    never_stored = sorted({answer.mark for answer in requests} - set(drill.stored))
    assert requests
    assert lost == [], f"Answered with success but not stored: {lost}"
    assert never_stored == [], (
        f"Refused, sent again after recovery, still not stored: {never_stored}"
    )


def test_every_request_is_notified_by_exactly_one_email_after_recovery(drill):
    wrong = {
        mark: (stored, drill.mailed[mark])
        for mark, stored in drill.stored.items()
        if drill.mailed[mark] != stored
    }
    assert drill.stored
    assert drill.worker_log is None, f"The worker stopped:\n{drill.worker_log}"
    assert wrong == {}, f"(stored, mailed) per request, where they differ: {wrong}"


def test_an_email_is_sent_again_only_after_an_attempt_that_failed(drill):
    """SMTP delivers at least once: when the mail server stops after keeping a message but before
    its acknowledgement reaches the worker, the attempt fails and the same email (same
    Message-ID) is sent again; so too when the database goes before the send is recorded. Every
    copy past the first must follow such a failure, logged by the worker."""
    copies = {
        int(found.group(1)): count
        for message_id, count in drill.copies.items()
        if (found := NOTIFICATION_ID.match(message_id))
    }
    unexplained = {
        inquiry: (count, drill.notifications_failed[inquiry])
        for inquiry, count in copies.items()
        if count - 1 > drill.notifications_failed[inquiry]
    }
    assert len(copies) == sum(drill.stored.values())
    assert unexplained == {}, f"(copies, failed attempts) per inquiry: {unexplained}"


def answers_around(drill: Drill, service: str) -> list[Answer]:
    """The answers to requests in flight from the moment the service was stopped until the next
    outage began, and answered before it."""
    start, end = drill.marks[f"{service} stopping"], drill.until_next(service)
    return [a for a in drill.answers if a.overlaps(start, end) and a.answered < end]


def test_no_errors_while_the_mail_server_is_out(drill):
    during = answers_around(drill, "mail")
    assert during
    assert failures(during) == []


def test_no_errors_on_searches_profiles_and_requests_while_redis_is_out(drill):
    during = answers_around(drill, "redis")
    assert {answer.kind for answer in during} == {"search", "profile", "request"}
    assert failures(during) == []


def test_postgres_outage_answers_only_503_then_no_errors_within_5_s_of_its_return(drill):
    start, back = drill.down("postgres")
    during = [a for a in drill.answers if a.overlaps(start, back + RECOVERY_SECONDS)]
    wrong = [
        (a.kind, a.path, a.status, a.retry_after, round(a.sent, 2))
        for a in during
        if not a.ok and not (a.status == 503 and a.retry_after)
    ]
    refused = [a for a in during if a.kind == "request" and a.status == 503]
    afterwards = [a for a in drill.answers if a.sent >= back + RECOVERY_SECONDS]
    assert refused, "No consultation request met the outage."
    assert wrong == [], "Answers other than success or 503 with Retry-After during the outage"
    assert afterwards
    assert failures(afterwards) == [], "Errors more than 5 s after PostgreSQL's return"


def test_readyz_tells_the_truth_throughout(drill):
    pg_out, redis_out = drill.out("postgres"), drill.out("redis")
    wrong = []
    for probe in drill.probes:
        report = readyz_report(probe)
        observed = (probe.status, report.get("database"), report.get("cache"))
        if within(probe, pg_out):
            expected = (503, "unreachable")
            observed = observed[:2]
        elif within(probe, redis_out):
            expected = (200, "ok", "unreachable")
        elif steady(drill, probe):
            expected = (200, "ok", "ok")
            if probe.answered < drill.marks["postgres stopping"]:
                # Before the database's outage the worker has been beating all along; after it,
                # its state shows how soon it reconnected (printed, not asserted).
                observed, expected = (*observed, report.get("worker")), (*expected, "ok")
        else:
            continue  # a server stopping or starting while the probe was answered
        if observed != expected:
            wrong.append((drill.phase(probe.sent), round(probe.sent, 2), observed, expected))
    assert sum(within(p, pg_out) for p in drill.probes) >= OUTAGE_SECONDS
    assert sum(within(p, redis_out) for p in drill.probes) >= OUTAGE_SECONDS
    assert wrong == []


def within(probe: Answer, window: tuple[float, float]) -> bool:
    """Sent after the window opened, answered before it closed."""
    return probe.sent >= window[0] and probe.answered <= window[1]


def steady(drill: Drill, probe: Answer) -> bool:
    """Redis and PostgreSQL up, and back for RECOVERY_SECONDS at least; whether the mail server
    is up does not matter to /readyz."""
    return not any(
        probe.overlaps(start, back + RECOVERY_SECONDS)
        for start, back in (drill.down("redis"), drill.down("postgres"))
    )
