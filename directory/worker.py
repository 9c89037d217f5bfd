"""The background worker, kept running through database outages (manage.py run_worker).

django-tasks-db's own command, `db_worker`, stops at the first database error, and the queue
then waits for someone to start it again. The supervisor runs the same Worker class in rounds
(each runs the ready tasks, up to ROUND_TASKS, and returns); between rounds it records a
heartbeat in the database, and when a round fails because the database is out it waits, longer
after each failure (capped and jittered), and tries again.

A task that the outage interrupted is handed back to the queue once the database answers, so it
runs again: the site's mail tasks check what was already sent (an inquiry's `notified_at`, say)
before sending, so an email goes out once, unless the database fell in the instant between the
mail server's acceptance and the record of it.
"""

import contextlib
import datetime
import logging
import os
import random
import signal
import socket
import sys
import time
from collections.abc import Callable

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from directory.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
# Tasks a round runs at most, so that a long queue does not hold up the heartbeat (a mail task
# waits up to 10 s for a mail server that does not answer).
ROUND_TASKS = 5
# The heartbeat is written at most this often (WORKER_HEARTBEAT_STALE_SECONDS is well above).
HEARTBEAT_SECONDS = 10.0
# Heartbeats of workers gone this long are deleted.
HEARTBEAT_KEPT_DAYS = 7


def backoff_delay(failures: int, *, base: float = 0.5, cap: float = 10.0, rng=random) -> float:
    """Seconds to wait after `failures` failed attempts in a row: doubling from `base` up to
    `cap`, the upper half random, so workers that lost the database together do not all
    return together."""
    ceiling = min(cap, base * 2 ** (failures - 1))
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"[:64]


def first_line(error: Exception) -> str:
    """psycopg's messages run over several lines; the first says what happened."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def connections_close() -> None:
    """Drop every database connection, broken ones included, so the next query reconnects."""
    for connection in connections.all(initialized_only=True):
        with contextlib.suppress(DatabaseError):
            connection.close()


class Supervisor:
    """Runs django-tasks-db's Worker until stopped, through database outages."""

    def __init__(
        self,
        *,
        worker_id: str,
        queue_names: list[str],
        backend_name: str = "default",
        interval: float = 1.0,
        max_delay: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.worker_id = worker_id
        self.queue_names = queue_names
        self.backend_name = backend_name
        self.interval = interval
        self.max_delay = max_delay
        self.sleep = sleep
        self.started_at = timezone.now()
        self.worker: Worker | None = None
        self.stopping = False
        self.beaten_at = None  # monotonic time of the last heartbeat written

    def run(self) -> None:
        # django-tasks-db's worker logs its start and end at INFO, here once a round.
        logging.getLogger("django_tasks_db").setLevel(logging.WARNING)
        logger.info("Worker %s started on queues %s.", self.worker_id, ",".join(self.queue_names))
        failures = 0
        while not self.stopping:
            try:
                if failures:
                    self.interrupted_tasks_hand_back()
                ran = self.round()
                self.heartbeat(force=bool(failures))
            except DATABASE_ERRORS as error:
                failures += 1
                self.outage_wait(error, failures)
                continue
            if failures:
                logger.warning("The database answers again; worker %s resumes.", self.worker_id)
                failures = 0
            if not ran and not self.stopping:
                self.sleep(self.interval)

    def round(self) -> int:
        """Run the ready tasks, up to ROUND_TASKS; how many ran."""
        self.worker = Worker(
            queue_names=self.queue_names,
            interval=0,
            batch=True,
            backend_name=self.backend_name,
            startup_delay=False,
            max_tasks=ROUND_TASKS,
            worker_id=self.worker_id,
            excluded_queue_names=[],
        )
        self.worker.running = not self.stopping
        self.worker.run()
        return self.worker._run_tasks

    def outage_wait(self, error: Exception, failures: int) -> None:
        delay = backoff_delay(failures, cap=self.max_delay)
        logger.warning(
            "Worker %s cannot reach the database (%s); attempt %s failed, next in %.1f s.",
            self.worker_id,
            first_line(error),
            failures,
            delay,
        )
        connections_close()
        self.sleep(delay)

    def heartbeat(self, *, force: bool = False) -> None:
        """Record that the worker is alive, every HEARTBEAT_SECONDS at most."""
        now = time.monotonic()
        if not force and self.beaten_at is not None and now - self.beaten_at < HEARTBEAT_SECONDS:
            return
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={
                "hostname": socket.gethostname()[:255],
                "pid": os.getpid(),
                "started_at": self.started_at,
                "beat_at": timezone.now(),
            },
        )
        if self.beaten_at is None:
            cutoff = timezone.now() - datetime.timedelta(days=HEARTBEAT_KEPT_DAYS)
            WorkerHeartbeat.objects.filter(beat_at__lt=cutoff).delete()
        self.beaten_at = now

    def interrupted_tasks_hand_back(self) -> int:
        """Queue again the tasks this worker had claimed when the database went."""
        return DBTaskResult.objects.filter(
            status=TaskResultStatus.RUNNING, worker_ids__contains=[self.worker_id]
        ).update(status=TaskResultStatus.READY, started_at=None)

    def stop(self, signum, frame) -> None:
        """The first SIGTERM or SIGINT ends the loop after the running task; a second, at once."""
        if self.stopping:
            sys.exit(1)
        logger.warning("Worker %s stopping (%s).", self.worker_id, signal.strsignal(signum))
        self.stopping = True
        if self.worker is not None:
            self.worker.running = False
        if self.worker is None or not self.worker.running_task:
            sys.exit(0)

    def signals_handle(self) -> None:
        for name in ("SIGINT", "SIGTERM", "SIGQUIT"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self.stop)
