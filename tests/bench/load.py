"""The benchmark's load: wrk at many connections, a timed client at one, and a warm-up.

Every measured request asks for compression as a browser does (the site gzips its pages), so
the figures include compressing and the sizes are those on the wire. wrk reads its paths through
stream.lua, which hands each request the next path and never one twice. At one connection a
plain keep-alive client times each request itself, from sending it to the last byte of the
answer, which tells which searches are slow; wrk only gives a histogram.
"""

import http.client
import json
import math
import re
import subprocess
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HEADERS = {"Accept-Encoding": "gzip, deflate, br", "User-Agent": "directory-bench"}
COMPRESSED = {"gzip", "br", "deflate"}
TIMEOUT_SECONDS = 2.0  # wrk's default: an answer slower than this is a timeout, not a latency
WARM_UP_TIMEOUT_SECONDS = 60.0  # a worker's first requests load its code: slow, not failed
IDLE_SECONDS = 0.05  # /healthz answered this fast: nothing is queued before it
LUA = Path(__file__).with_name("stream.lua")


@dataclass
class Measurement:
    """One run's figures; latencies in seconds, timeouts apart from them (as wrk counts)."""

    requests: int
    seconds: float
    p50: float
    p90: float
    p99: float
    max: float
    errors: int  # answers other than 200, and connections that failed
    timeouts: int
    bytes: int  # headers and bodies, as received
    exhausted: bool = False  # the paths ran out before the duration did
    compressed: int | None = None  # answers that came compressed, where the client can tell
    slowest: list[tuple[float, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def average_bytes(self) -> float:
        return self.bytes / self.requests if self.requests else 0.0


def duration_seconds(text: str) -> float:
    """wrk's duration syntax: 20, 20s, 2m, 1h."""
    value, unit = re.fullmatch(r"(\d+(?:\.\d+)?)([smh]?)", text.strip()).groups()
    return float(value) * {"": 1, "s": 1, "m": 60, "h": 3600}[unit]


def wrk_run(
    wrk: str, base: str, paths_file: Path, *, connections: int, duration: str, repeat: bool
) -> Measurement:
    """wrk over the file's paths: each asked once (or round again, for a fixed URL)."""
    threads = min(2, connections)
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}",
        f"--timeout={TIMEOUT_SECONDS:g}s",
        "-s",
        str(LUA),
        base,
        "--",
        str(paths_file),
        str(threads),
        "repeat" if repeat else "once",
    ]
    output = subprocess.run(command, check=True, text=True, capture_output=True).stdout
    return wrk_measurement(json.loads(re.search(r"^RESULT (\{.*\})$", output, re.M).group(1)))


def wrk_measurement(result: dict) -> Measurement:
    failed = result["connect_errors"] + result["read_errors"] + result["write_errors"]
    return Measurement(
        requests=result["requests"],
        seconds=result["duration_us"] / 1e6,
        p50=result["p50_us"] / 1e6,
        p90=result["p90_us"] / 1e6,
        p99=result["p99_us"] / 1e6,
        max=result["max_us"] / 1e6,
        errors=result["unexpected"] + failed,
        timeouts=result["timeouts"],
        bytes=result["bytes"],
        exhausted=bool(result["exhausted"]),
    )


def percentile(ordered: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted values (as wrk's histogram reports)."""
    if not ordered:
        return 0.0
    return ordered[max(math.ceil(share / 100 * len(ordered)) - 1, 0)]


class Client:
    """One connection, kept open while the server keeps it (gunicorn's sync workers close
    each one after its answer; http.client then opens the next, and that time counts)."""

    def __init__(self, host: str, port: int, *, timeout: float = TIMEOUT_SECONDS):
        self.connection = http.client.HTTPConnection(host, port, timeout=timeout)

    def get(self, path: str) -> tuple[int, int, bool]:
        """Status, bytes received (status line, headers, body), and whether it was compressed."""
        self.connection.request("GET", path, headers=HEADERS)
        response = self.connection.getresponse()
        body = response.read()
        head = len(f"HTTP/1.1 {response.status} {response.reason}\r\n\r\n")
        head += sum(len(name) + len(value) + 4 for name, value in response.getheaders())
        encoding = response.getheader("Content-Encoding", "")
        return response.status, head + len(body), encoding in COMPRESSED

    def reset(self) -> None:
        self.connection.close()


def sequential_run(host: str, port: int, paths: Iterable[str], *, duration: str) -> Measurement:
    """One request at a time for the duration, each timed; the 20 slowest kept with their path."""
    client, deadline = Client(host, port), time.monotonic() + duration_seconds(duration)
    timed, counts = [], Counter()
    started = time.monotonic()
    exhausted = True
    for path in paths:
        if time.monotonic() >= deadline:
            exhausted = False
            break
        asked = time.perf_counter()
        try:
            status, size, compressed = client.get(path)
        except TimeoutError:
            counts["timeouts"] += 1
            client.reset()
            continue
        except (OSError, http.client.HTTPException):
            counts["errors"] += 1
            client.reset()
            continue
        timed.append((time.perf_counter() - asked, path))
        counts.update(bytes=size, compressed=compressed, errors=status != 200)
    return sequential_measurement(timed, counts, time.monotonic() - started, exhausted)


def sequential_measurement(
    timed: list[tuple[float, str]], counts: Counter, seconds: float, exhausted: bool
) -> Measurement:
    ordered = sorted(latency for latency, _path in timed)
    return Measurement(
        requests=len(timed),
        seconds=seconds,
        p50=percentile(ordered, 50),
        p90=percentile(ordered, 90),
        p99=percentile(ordered, 99),
        max=ordered[-1] if ordered else 0.0,
        errors=counts["errors"],
        timeouts=counts["timeouts"],
        bytes=counts["bytes"],
        exhausted=exhausted,
        compressed=counts["compressed"],
        slowest=sorted(timed, reverse=True)[:20],
    )


def warm_up(host: str, port: int, paths: list[str], *, connections: int) -> Counter:
    """Ask each path once, a few at a time, so that every worker has loaded its code and its
    vocabularies before the measuring starts. Returns how many answers had each status."""

    def ask(path: str) -> int:
        client = Client(host, port, timeout=WARM_UP_TIMEOUT_SECONDS)
        try:
            return client.get(path)[0]
        except (OSError, http.client.HTTPException):
            return 0  # no answer
        finally:
            client.reset()

    with ThreadPoolExecutor(max_workers=connections) as pool:
        return Counter(pool.map(ask, paths))


def wait_until_idle(host: str, port: int, *, patience: float = 30.0) -> None:
    """wrk stops at its duration without waiting for the answers it asked for, and gunicorn
    still computes them: the next run would start behind that queue. Wait until /healthz
    answers quickly twice running (or patience runs out)."""
    deadline, quick = time.monotonic() + patience, 0
    while quick < 2 and time.monotonic() < deadline:
        client, asked = Client(host, port, timeout=patience), time.perf_counter()
        try:
            client.get("/healthz")
        except (OSError, http.client.HTTPException):
            time.sleep(IDLE_SECONDS)
        finally:
            client.reset()
        quick = quick + 1 if time.perf_counter() - asked < IDLE_SECONDS else 0
