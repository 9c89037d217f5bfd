"""`make bench`: the search at 100,000 listed profiles, measured against gunicorn.

Seeds a PostgreSQL database once (reused on later runs) and serves it with gunicorn as in
production (directory/gunicorn.py). The figure that counts comes first: the long tail, thousands
of distinct searches of the kind visitors make (tests/bench/longtail.py), each asked once, so
that no cache answers them, at 16 connections (wrk) and at one (each search timed, the slowest
written out to profile). Then a fixed list of searches repeated, with the page cache on and off,
and a bare Django + PostgreSQL baseline page beside each for the ratio. Every request asks for
compression as a browser does. The machine's load is printed at the start and at the end.

Environment: BENCH_DATABASE, BENCH_LISTED, BENCH_PORT, BENCH_DURATION (each fixed URL, 10s),
BENCH_LONGTAIL_DURATION (each long-tail run, 20s), BENCH_SEED, BENCH_REDIS_URL (its database is
emptied at the start) and BENCH_OUTPUT (where the URL lists and the slowest searches go).
"""

import itertools
import math
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script by `make bench`; its helpers are tests.bench's

from tests.bench.api import api_url  # noqa: E402
from tests.bench.load import (  # noqa: E402
    Measurement,
    duration_seconds,
    sequential_run,
    wait_until_idle,
    warm_up,
    wrk_run,
)
from tests.bench.report import (  # noqa: E402
    LongTail,
    api_report,
    fixed_report,
    long_tail_report,
    machine_load,
    slowest_write,
)

PYTHON = sys.executable
DATABASE = os.environ.get("BENCH_DATABASE", "directory_bench")
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
LISTED_TARGET = int(os.environ.get("BENCH_LISTED", "100000"))
PORT = int(os.environ.get("BENCH_PORT", "8799"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
LONG_TAIL_DURATION = os.environ.get("BENCH_LONGTAIL_DURATION", "20s")
SEED = int(os.environ.get("BENCH_SEED", "2026"))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", "/tmp/directory-bench"))
CONNECTIONS = 16
HOST = "127.0.0.1"
BASE = f"http://{HOST}:{PORT}"
BASELINE = "/bench/baseline/"
WARM_UP = 300
LONG_TAIL_MINIMUM = 20_000
# A search costs more than the bare baseline page, so the baseline's rate, with room to spare,
# is more than the long tail can ask for in its duration.
HEADROOM = 1.5

SEARCHES = [
    ("baseline (20 rows)", BASELINE),
    ("list, no filter", "/en/therapists/"),
    ("place + radius", "/en/therapists/?place=Toronto&radius=25"),
    ("postal code + radius", "/en/therapists/?place=H2X&radius=10"),
    ("approach + related", "/en/therapists/?approach=compassion-based&related=on"),
    ("concern + language", "/en/therapists/?concern=anxiety&language=fr"),
    ("free text", "/en/therapists/?q=self-compassion+anxious"),
    ("misspelled name", "/en/therapists/?q=Jonh+Tremblai"),
    ("online in province", "/en/therapists/?online=QC"),
    (
        "everything at once",
        "/en/therapists/?q=anxiety&place=Montreal&radius=50&online=QC&approach=compassion-based"
        "&related=on&concern=anxiety&language=fr&fee_max=150&accepting=on&sort=fee",
    ),
]

ENVIRONMENT = {
    **os.environ,
    "DJANGO_ENV": "production",
    "DEBUG": "false",
    "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": DATABASE_URL,
    "SMTP_HOST": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
    "DJANGO_SETTINGS_MODULE": "tests.bench.settings",
    "LOG_LEVEL": "WARNING",
    "API_RATE_PER_ADDRESS": "",  # every request comes from one address here
}


def manage(*args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=ENVIRONMENT,
        check=True,
        text=True,
        capture_output=capture,
    )
    return result.stdout if capture else ""


def psql(*args: str) -> list[str]:
    """The command line of psql on the benchmark's database, with these arguments."""
    return ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, *args]


def migrations_gone() -> set[str]:
    """Migrations the database records but the tree no longer has, as after a squash."""
    applied = subprocess.run(
        psql(
            "-Atc",
            "SELECT app || '.' || name FROM django_migrations "
            "WHERE app IN ('directory', 'modalities', 'therapists')",
        ),
        text=True,
        capture_output=True,
    ).stdout.split()  # empty for a new database, which has no django_migrations yet
    on_disk = {
        f"{path.parent.parent.name}.{path.stem}"
        for app in ("directory", "modalities", "therapists")
        for path in (ROOT / app / "migrations").glob("0*.py")
    }
    return set(applied) - on_disk


def ensure_database() -> None:
    """Create the database, or rebuild it when its migrations no longer match the tree's."""
    if gone := migrations_gone():
        print(
            f"Rebuilding {DATABASE}: it records {len(gone)} migrations the tree no longer has "
            f"(e.g. {min(gone)}), so its schema is not the models'.",
            flush=True,
        )
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    result = subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], text=True, capture_output=True
    )
    if result.returncode and "already exists" not in result.stderr:
        raise SystemExit(result.stderr)


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        if os.geteuid() != 0:
            raise SystemExit("The benchmark needs wrk: sudo apt-get install wrk")
        print("Installing wrk (Debian package)…", flush=True)
        if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"]).returncode:
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def count_of(model: str, manager_call: str) -> int:
    count = f"print(__import__('therapists.models').models.{model}.objects.{manager_call}.count())"
    return int(manage("shell", "-c", count, capture=True).strip().splitlines()[-1])


def listed_count() -> int:
    return count_of("Therapist", "listed()")


def ensure_search_rows(listed: int) -> None:
    """A database seeded before the search had its own rows (or restored from elsewhere) gets
    them made, then compacted: making them writes each row twice (its words come second)."""
    if count_of("SearchRow", "listed()") == listed:
        return
    print("Making the search rows (this happens once)…", flush=True)
    started = time.monotonic()
    manage("rebuild_search_rows")
    subprocess.run(psql("-qc", "VACUUM FULL ANALYZE therapists_searchrow"), check=True)
    print(f"  made in {time.monotonic() - started:.0f} s", flush=True)


def ensure_seed() -> int:
    """Create and seed the benchmark database once; later runs reuse it."""
    ensure_database()
    manage("migrate", "--noinput", "-v0")
    listed = listed_count()
    if listed < LISTED_TARGET:
        print(f"Seeding {DATABASE} (this happens once)…", flush=True)
        manage("load_reference_data")
        started = time.monotonic()
        manage("seed_demo", "--therapists", str(int(LISTED_TARGET * 1.25)), "--seed", "2026")
        print(f"  seeded in {time.monotonic() - started:.0f} s", flush=True)
        listed = listed_count()
    ensure_search_rows(listed)
    return listed


def start_server(*, cache_seconds: int, counts_seconds: int = 300) -> subprocess.Popen:
    manage("collectstatic", "--noinput", "-v0")
    environment = ENVIRONMENT | {
        "SEARCH_CACHE_SECONDS": str(cache_seconds),
        "SEARCH_COUNTS_CACHE_SECONDS": str(counts_seconds),
    }
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--config",
            "python:directory.gunicorn",
            "--bind",
            f"127.0.0.1:{PORT}",
            "directory.wsgi",
        ],
        cwd=ROOT,
        env=environment,
        start_new_session=True,
    )
    for _ in range(60):
        try:
            urllib.request.urlopen(f"{BASE}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("gunicorn did not start")


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def cache_empty() -> None:
    """An earlier run's cached pages and counts must not answer this run's searches."""
    redis.Redis.from_url(ENVIRONMENT["REDIS_URL"]).flushdb()


def paths_file(name: str, paths: list[str]) -> Path:
    """A list of paths, one a line, for wrk (stream.lua) to read."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / name
    path.write_text("".join(f"{line}\n" for line in paths))
    return path


def warm(path: str) -> int:
    with urllib.request.urlopen(BASE + path, timeout=60) as response:
        return response.status


def measure(wrk: str, path: str, *, connections: int) -> Measurement:
    """One fixed URL asked over and over for the duration."""
    repeated = paths_file("fixed.txt", [path])
    return wrk_run(wrk, BASE, repeated, connections=connections, duration=DURATION, repeat=True)


def baseline_measure(wrk: str) -> tuple[Measurement, Measurement]:
    """The baseline page at 16 connections (wrk) and at one (the client the long tail's
    one-connection run uses), for the long tail's ratios."""
    busy = measure(wrk, BASELINE, connections=CONNECTIONS)
    wait_until_idle(HOST, PORT)
    single = sequential_run(HOST, PORT, itertools.repeat(BASELINE), duration=DURATION)
    return busy, single


def stream_sizes(baseline_busy: Measurement, baseline_single: Measurement) -> tuple[int, int]:
    """How many URLs each long-tail run gets: more than it could ask in its duration, were
    every search as quick as the baseline page, and at least LONG_TAIL_MINIMUM in all."""
    seconds = duration_seconds(LONG_TAIL_DURATION)
    busy = math.ceil(baseline_busy.rate * seconds * HEADROOM)
    single = math.ceil(baseline_single.rate * seconds * HEADROOM)
    return busy + max(LONG_TAIL_MINIMUM - WARM_UP - busy - single, 0), single


def stream_make(count: int, *, seed: int = SEED, name: str = "long-tail.txt") -> list[str]:
    """`count` distinct searches from this database's vocabularies (tests/bench/longtail.py)."""
    path = OUTPUT / name
    OUTPUT.mkdir(parents=True, exist_ok=True)
    write = "from tests.bench.vocabulary import stream_write; stream_write"
    manage("shell", "-v0", "-c", f"{write}({str(path)!r}, count={count}, seed={seed})")
    return path.read_text().splitlines()


def long_tail(wrk: str) -> LongTail:
    """New searches, each asked once: a warm-up slice, then one slice at 16 connections and
    another at one, none sharing a URL; the page cache and the counts cache on, as served."""
    server = start_server(cache_seconds=60)
    try:
        baseline_busy, baseline_single = baseline_measure(wrk)
        busy_count, single_count = stream_sizes(baseline_busy, baseline_single)
        urls = stream_make(WARM_UP + busy_count + single_count)
        busy_urls = urls[WARM_UP : WARM_UP + busy_count]
        statuses = warm_up(HOST, PORT, urls[:WARM_UP], connections=CONNECTIONS)
        wait_until_idle(HOST, PORT)
        busy = wrk_run(
            wrk,
            BASE,
            paths_file("long-tail-busy.txt", busy_urls),
            connections=CONNECTIONS,
            duration=LONG_TAIL_DURATION,
            repeat=False,
        )
        wait_until_idle(HOST, PORT)
        single = sequential_run(
            HOST, PORT, urls[WARM_UP + busy_count :], duration=LONG_TAIL_DURATION
        )
    finally:
        stop_server(server)
    return LongTail(
        distinct=len(urls),
        french=sum(url.startswith("/fr/") for url in urls),
        warm_up=WARM_UP,
        warm_up_statuses=dict(statuses),
        busy=busy,
        single=single,
        baseline_busy=baseline_busy,
        baseline_single=baseline_single,
        connections=CONNECTIONS,
        slowest_file=OUTPUT / "slowest-searches.txt",
    )


def api_long_tail(wrk: str, baseline_busy: Measurement) -> tuple[Measurement, int]:
    """The API's filtered list pages, each asked once at 16 connections, after a warm-up: the
    long tail's kind of searches from another seed, none cached beforehand, more of them than
    could be asked in the duration were each as quick as the baseline page."""
    cache_empty()
    count = math.ceil(baseline_busy.rate * duration_seconds(LONG_TAIL_DURATION) * HEADROOM)
    searches = stream_make(WARM_UP + count, seed=SEED + 1, name="api-long-tail.txt")
    urls = [api_url(url) for url in searches]
    server = start_server(cache_seconds=60)
    try:
        warm_up(HOST, PORT, urls[:WARM_UP], connections=CONNECTIONS)
        wait_until_idle(HOST, PORT)
        run = wrk_run(
            wrk,
            BASE,
            paths_file("api-long-tail-busy.txt", urls[WARM_UP:]),
            connections=CONNECTIONS,
            duration=LONG_TAIL_DURATION,
            repeat=False,
        )
    finally:
        stop_server(server)
    return run, len(urls)


def main() -> None:
    machine_load("Start")
    wrk = ensure_wrk()
    listed = ensure_seed()
    print(f"{listed} listed therapists in {DATABASE}", flush=True)
    cache_empty()
    tail = long_tail(wrk)
    slowest_write(tail.slowest_file, tail.single.slowest)
    long_tail_report(tail)
    api_run, api_distinct = api_long_tail(wrk, tail.baseline_busy)
    api_report(api_run, tail.baseline_busy, distinct=api_distinct, connections=CONNECTIONS)
    fixed_report(
        "As served (repeat searches from the shared cache):",
        run_all(wrk, cache_seconds=60),
        judged=True,
    )
    fixed_report(
        "Every page computed (SEARCH_CACHE_SECONDS=0; totals and facet counts from their cache):",
        run_all(wrk, cache_seconds=0),
        judged=True,
    )
    fixed_report(
        "One visitor at a time, every page computed (1 connection: the latency of one search):",
        run_all(wrk, cache_seconds=0, connections=1),
        judged=False,
    )
    fixed_report(
        "A search first made (page, total and facet counts all computed; 1 connection):",
        run_all(wrk, cache_seconds=0, counts_seconds=0, connections=1),
        judged=False,
    )
    machine_load("End")


def run_all(
    wrk: str, *, cache_seconds: int, counts_seconds: int = 300, connections: int = CONNECTIONS
) -> list[tuple[str, Measurement]]:
    server = start_server(cache_seconds=cache_seconds, counts_seconds=counts_seconds)
    try:
        results = []
        for name, path in SEARCHES:
            assert warm(path) == 200, path  # fill the cache just before measuring, if it is on
            results.append((name, measure(wrk, path, connections=connections)))
        return results
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
