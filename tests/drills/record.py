"""What a fault drill recorded (every answer, every probe of /readyz, when each server stopped
and came back, what was stored and mailed), read by phase, and the figures printed after it."""

import collections
from dataclasses import dataclass, field

from tests.drills.stream import Answer, readyz_report

# The servers stopped in turn, in this order.
OUTAGES = ("mail", "redis", "postgres")


@dataclass
class Drill:
    """What happened: every answer, every probe of /readyz, when each server stopped and came
    back, and what the database and the mail server hold afterwards."""

    answers: list[Answer]
    probes: list[Answer]
    marks: dict[str, float]
    stored: collections.Counter = field(default_factory=collections.Counter)
    mailed: collections.Counter = field(default_factory=collections.Counter)  # distinct emails
    copies: collections.Counter = field(default_factory=collections.Counter)  # per Message-ID
    mail_total: int = 0
    notifications_seconds: float = 0.0
    worker_log: str | None = None  # its last lines when it stopped during the drill
    notifications_failed: collections.Counter = field(default_factory=collections.Counter)

    def down(self, service: str) -> tuple[float, float]:
        """From the moment the server was told to stop to the moment it was back."""
        return self.marks[f"{service} stopping"], self.marks[f"{service} started"]

    def out(self, service: str) -> tuple[float, float]:
        """From the moment it had stopped to the moment it was told to start again."""
        return self.marks[f"{service} stopped"], self.marks[f"{service} starting"]

    def until_next(self, service: str) -> float:
        """When the next outage began, or the stream's end."""
        following = OUTAGES[OUTAGES.index(service) + 1 :]
        return self.marks[f"{following[0]} stopping"] if following else self.marks["stream end"]

    @staticmethod
    def phases() -> list[str]:
        """In the order they come."""
        return ["before", *(f"{n} {s}" for n in OUTAGES for s in ("out", "back")), "after"]

    def phase(self, moment: float) -> str:
        for service in reversed(OUTAGES):
            start, end = self.down(service)
            if moment >= end:
                return f"{service} back" if moment < self.until_next(service) else "after"
            if moment >= start:
                return f"{service} out"
        return "before"


def report_print(record: Drill) -> None:
    """Requests and status counts per phase, recovery time, and mails delivered."""
    lines = ["", "Fault drill: each server out (stopped to started again), in s from the start"]
    for name in OUTAGES:
        start, end = record.down(name)
        lines.append(f"  {name:<9} {start:6.1f} to {end:6.1f}")
    lines.append("Answers per phase (kind: status counts)")
    phases: dict[str, dict[str, collections.Counter]] = {}
    for answer in record.answers:
        counts = phases.setdefault(record.phase(answer.sent), {})
        counts.setdefault(answer.kind, collections.Counter())[answer.status] += 1
    for phase, kinds in sorted(phases.items(), key=lambda item: Drill.phases().index(item[0])):
        total = sum(sum(counter.values()) for counter in kinds.values())
        statuses = "; ".join(f"{kind} {dict(sorted(c.items()))}" for kind, c in kinds.items())
        lines.append(f"  {phase:<14} {total:>4} requests  {statuses}")
    lines.append("/readyz per phase: (status, database, cache, worker) counts")
    probes: dict[str, collections.Counter] = {}
    for probe in record.probes:
        report = readyz_report(probe)
        states = (probe.status, *(report.get(name) for name in ("database", "cache", "worker")))
        probes.setdefault(record.phase(probe.sent), collections.Counter())[states] += 1
    for phase, counts in sorted(probes.items(), key=lambda item: Drill.phases().index(item[0])):
        lines.append(f"  {phase:<14} " + ", ".join(f"{k}: {n}" for k, n in counts.items()))
    lines.append(f"PostgreSQL recovery: {postgres_recovery_seconds(record):.2f} s after its return")
    marks = {a.mark for a in record.answers if a.kind == "request"}
    succeeded = {a.mark for a in record.answers if a.kind == "request" and a.ok}
    lines.append(
        f"Consultation requests: {len(marks)} distinct, {len(succeeded)} answered with success, "
        f"{sum(record.stored.values())} stored, "
        f"{sum(1 for a in record.answers if a.kind == 'request' and not a.ok)} answers refused"
    )
    duplicates = sum(1 for mark, n in record.mailed.items() if n > record.stored[mark])
    resent = sum(n - 1 for n in record.copies.values())
    lines.append(
        f"Mail: {record.mail_total} messages at the sink, {len(record.mailed)} requests notified "
        f"({duplicates} more than once); {sum(record.notifications_failed.values())} attempts "
        f"failed and were tried again, {resent} of them after the server had kept the message; "
        f"waited {record.notifications_seconds:.1f} s after the stream for them"
    )
    print("\n".join(lines))


def postgres_recovery_seconds(record: Drill) -> float:
    """From PostgreSQL's return to the answer of the last request that failed after it."""
    _stopping, back = record.down("postgres")
    failed = [a.answered for a in record.answers if a.sent >= back and not a.ok]
    return max(failed, default=back) - back
