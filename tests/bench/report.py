"""What `make bench` prints: the long tail first, the figure that counts, then the fixed URLs.

The long tail's targets: at 16 connections, at least a tenth of the baseline page's throughput
with a p99 under 250 ms and not one error or timeout; one search at a time, a p50 under 30 ms
and none over 150 ms. The API's filtered list pages, each asked once at 16 connections: a p99
under 100 ms with no error or timeout. A run whose URLs ran out before its duration did is not
judged: it would have had to ask some URL twice.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from tests.bench.load import Measurement

BUSY_RATIO = 0.10
BUSY_P99 = 0.250
SINGLE_P50 = 0.030
SINGLE_MAX = 0.150
FIXED_RATIO = 0.5
FIXED_P99 = 0.040
SHOWN_SLOWEST = 5
API_P99 = 0.100


@dataclass(frozen=True)
class LongTail:
    """The long tail's run: its stream, its measurements, and the baseline's beside them."""

    distinct: int
    french: int
    warm_up: int
    warm_up_statuses: dict[int, int]
    busy: Measurement
    single: Measurement
    baseline_busy: Measurement
    baseline_single: Measurement
    connections: int
    slowest_file: Path


def machine_load(moment: str) -> None:
    """Other work on the machine shows in every figure, so the load is printed beside them."""
    one, five, fifteen = os.getloadavg()
    print(
        f"{moment}: load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs",
        flush=True,
    )


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def shortfalls_busy(run: Measurement, ratio: float) -> list[str]:
    """What keeps the run at 16 connections from its target; empty when it is met."""
    missed = []
    if ratio < BUSY_RATIO:
        missed.append(f"{ratio:.1%} of the baseline < {BUSY_RATIO:.0%}")
    if run.p99 >= BUSY_P99:
        missed.append(f"p99 {milliseconds(run.p99)} ms >= {BUSY_P99 * 1000:.0f}")
    return missed + shortfalls_common(run)


def shortfalls_single(run: Measurement) -> list[str]:
    """What keeps the run at one connection from its target; empty when it is met."""
    missed = []
    if run.p50 >= SINGLE_P50:
        missed.append(f"p50 {milliseconds(run.p50)} ms >= {SINGLE_P50 * 1000:.0f}")
    if run.max >= SINGLE_MAX:
        missed.append(f"worst {milliseconds(run.max)} ms >= {SINGLE_MAX * 1000:.0f}")
    return missed + shortfalls_common(run)


def shortfalls_common(run: Measurement) -> list[str]:
    missed = []
    if run.errors or run.timeouts:
        missed.append(f"{run.errors} errors, {run.timeouts} timeouts")
    return missed


def verdict(run: Measurement, shortfalls: list[str]) -> str:
    if run.exhausted:
        return "NOT JUDGED: the URLs ran out before the duration (rerun with more)"
    return "met" if not shortfalls else "MISSED (" + "; ".join(shortfalls) + ")"


def long_tail_row(name: str, run: Measurement, baseline: Measurement, shortfalls) -> str:
    ratio = run.rate / baseline.rate if baseline.rate else 0.0
    times = "".join(f"{milliseconds(t):>8}" for t in (run.p50, run.p90, run.p99, run.max))
    return (
        f"{name:<16}{run.rate:>12.1f}{ratio:>9.1%}{times}{run.errors:>8}{run.timeouts:>9}  "
        f"{verdict(run, shortfalls(run, ratio))}"
    )


def long_tail_report(tail: LongTail) -> None:
    """The long tail's table, the baseline beside it, the sizes on the wire, the slowest."""
    asked = tail.busy.requests + tail.single.requests
    print(
        f"\nNew searches, each asked once: {tail.distinct:,} distinct URLs "
        f"({tail.distinct - tail.french:,} English, {tail.french:,} French); {asked:,} measured, "
        f"after {tail.warm_up} others to warm up (answers: {status_text(tail.warm_up_statuses)})"
    )
    print(
        f"{'':<16}{'searches/s':>12}{'vs base':>9}{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}"
        f"{'max ms':>8}{'errors':>8}{'timeouts':>9}  target"
    )
    print(
        long_tail_row(
            f"{tail.connections} connections", tail.busy, tail.baseline_busy, shortfalls_busy
        )
    )
    print(
        long_tail_row(
            "1 connection",
            tail.single,
            tail.baseline_single,
            lambda run, _ratio: shortfalls_single(run),
        )
    )
    print(
        f"Baseline page: {tail.baseline_busy.rate:,.0f} req/s at {tail.connections} connections "
        f"(p99 {milliseconds(tail.baseline_busy.p99)} ms), {tail.baseline_single.rate:,.0f} "
        f"req/s at 1 (p50 {milliseconds(tail.baseline_single.p50)} ms)"
    )
    wire_report(tail)
    slowest_report(tail)


def api_report(run: Measurement, baseline: Measurement, *, distinct: int, connections: int):
    """The API's line: new filtered list pages, each asked once, at 16 connections."""
    print(
        f"\nThe API's filtered list pages, each asked once: {distinct:,} distinct URLs "
        f"(the long tail's searches at /api/v1/therapists/), {run.requests:,} measured"
    )
    print(
        f"{'':<16}{'pages/s':>12}{'vs base':>9}{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}"
        f"{'max ms':>8}{'errors':>8}{'timeouts':>9}  target"
    )
    print(long_tail_row(f"{connections} connections", run, baseline, api_shortfalls))


def api_shortfalls(run: Measurement, _ratio: float) -> list[str]:
    """What keeps the API's run from its target (p99 under 100 ms); empty when it is met."""
    missed = []
    if run.p99 >= API_P99:
        missed.append(f"p99 {milliseconds(run.p99)} ms >= {API_P99 * 1000:.0f}")
    return missed + shortfalls_common(run)


def status_text(statuses: dict[int, int]) -> str:
    return ", ".join(
        f"{count} x {status or 'no answer'}" for status, count in sorted(statuses.items())
    )


def wire_report(tail: LongTail) -> None:
    single = tail.single
    compressed = single.compressed / single.requests if single.requests else 0.0
    print(
        f"Answers on the wire (headers included): {tail.busy.average_bytes / 1024:.1f} KiB on "
        f"average at {tail.connections} connections, {single.average_bytes / 1024:.1f} KiB at "
        f"1; {compressed:.0%} of the answers at 1 connection came compressed"
    )


def slowest_report(tail: LongTail) -> None:
    slowest = tail.single.slowest
    print(f"The slowest searches at 1 connection (all {len(slowest)} in {tail.slowest_file}):")
    for seconds, path in slowest[:SHOWN_SLOWEST]:
        print(f"{milliseconds(seconds):>8} ms  {path}")


def slowest_write(path: Path, slowest: list[tuple[float, str]]) -> None:
    """The slowest searches with their times, one a line, to profile them one by one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{seconds * 1000:.1f} ms\t{url}\n" for seconds, url in slowest))


def fixed_report(title: str, results: list[tuple[str, Measurement]], *, judged: bool) -> None:
    """One table of fixed URLs; the target (at 16 connections) is judged only where it applies."""
    baseline = results[0][1].rate
    print(f"\n{title}")
    print(f"{'URL':<24} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs base':>8}  target")
    for name, run in results:
        ratio = run.rate / baseline if baseline else 0.0
        failed = run.errors or run.timeouts
        met = ratio >= FIXED_RATIO and run.p99 <= FIXED_P99 and not failed
        verdict = "-" if name.startswith("baseline") or not judged else ("met" if met else "MISSED")
        errors = f" ({run.errors} errors, {run.timeouts} timeouts)" if failed else ""
        print(
            f"{name:<24} {run.rate:>8.0f} {milliseconds(run.p50):>8} {milliseconds(run.p99):>8} "
            f"{ratio:>7.0%}  {verdict}{errors}"
        )
