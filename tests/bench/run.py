"""`make bench`: the search at 100,000 listed profiles, measured with wrk against gunicorn.

Seeds a PostgreSQL database once (reused on later runs), serves it with gunicorn as in
production (directory/gunicorn.py), and measures a bare Django + PostgreSQL baseline page and a
fixed list of searches at 16 connections (and at one, for a single search's latency, with its
counts cached and with everything computed, as for a search nobody made in the last minutes).
Prints requests/s, p50 and p99 latency, and throughput against the baseline.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
DATABASE = os.environ.get("BENCH_DATABASE", "directory_bench")
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
LISTED_TARGET = int(os.environ.get("BENCH_LISTED", "100000"))
PORT = int(os.environ.get("BENCH_PORT", "8799"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = 16
BASE = f"http://127.0.0.1:{PORT}"

SEARCHES = [
    ("baseline (20 rows)", "/bench/baseline/"),
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


def migrations_gone() -> set[str]:
    """Migrations the database records but the tree no longer has, as after a squash."""
    applied = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-d",
            DATABASE,
            "-Atc",
            "SELECT app || '.' || name FROM django_migrations "
            "WHERE app IN ('directory', 'modalities', 'therapists')",
        ],
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


def listed_count() -> int:
    count = "print(__import__('therapists.models').models.Therapist.objects.listed().count())"
    return int(manage("shell", "-c", count, capture=True).strip().splitlines()[-1])


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


def warm(path: str) -> int:
    with urllib.request.urlopen(BASE + path, timeout=60) as response:
        return response.status


def seconds(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def measure(wrk: str, path: str, *, connections: int) -> dict:
    threads = min(2, connections)
    output = subprocess.run(
        [wrk, f"-t{threads}", f"-c{connections}", f"-d{DURATION}", "--latency", BASE + path],
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": seconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99": seconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def report(title: str, results: list[tuple[str, dict]], *, judged: bool = True) -> None:
    """One table; the target (at 16 connections) is judged only where it applies."""
    baseline = results[0][1]["rps"]
    print(f"\n{title}")
    print(f"{'URL':<24} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs base':>8}  target")
    for name, r in results:
        ratio = r["rps"] / baseline
        met = ratio >= 0.5 and r["p99"] <= 0.040 and not r["errors"]
        verdict = "-" if name.startswith("baseline") or not judged else ("met" if met else "MISSED")
        print(
            f"{name:<24} {r['rps']:>8.0f} {r['p50'] * 1000:>8.1f} {r['p99'] * 1000:>8.1f} "
            f"{ratio:>7.0%}  {verdict}{' (' + str(r['errors']) + ' errors)' if r['errors'] else ''}"
        )


def main() -> None:
    wrk = ensure_wrk()
    listed = ensure_seed()
    print(f"{listed} listed therapists in {DATABASE}", flush=True)
    report("As served (repeat searches from the shared cache):", run_all(wrk, cache_seconds=60))
    report(
        "Every page computed (SEARCH_CACHE_SECONDS=0; totals and facet counts from their cache):",
        run_all(wrk, cache_seconds=0),
    )
    report(
        "One visitor at a time, every page computed (1 connection: the latency of one search):",
        run_all(wrk, cache_seconds=0, connections=1),
        judged=False,
    )
    report(
        "A search first made (page, total and facet counts all computed; 1 connection):",
        run_all(wrk, cache_seconds=0, counts_seconds=0, connections=1),
        judged=False,
    )


def run_all(
    wrk: str, *, cache_seconds: int, counts_seconds: int = 300, connections: int = CONNECTIONS
) -> list[tuple[str, dict]]:
    server = start_server(cache_seconds=cache_seconds, counts_seconds=counts_seconds)
    try:
        results = []
        for name, path in SEARCHES:
            assert warm(path) == 200, path  # fill the cache just before measuring, if it is on
            results.append((name, measure(wrk, path, connections=connections)))
        return results
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
