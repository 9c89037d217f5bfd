"""manage.py run_worker: the queue keeps being worked through a database outage, with a
heartbeat that /readyz reads, and an interrupted task runs again once, after the outage."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.db import connection
from django.tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from directory.models import WorkerHeartbeat
from directory.worker import Supervisor, backoff_delay
from tests.outages import closed_port

ROOT = Path(__file__).resolve().parents[2]


def test_the_wait_doubles_up_to_its_cap_with_jitter():
    rng = random.Random(7)
    ceilings = [0.5, 1, 2, 4, 8, 10, 10, 10]
    for failures, ceiling in enumerate(ceilings, start=1):
        delays = [backoff_delay(failures, base=0.5, cap=10, rng=rng) for _ in range(200)]
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        assert len({round(delay, 6) for delay in delays}) > 100  # jittered, not fixed


class Outage:
    """The database goes away (its connection is pointed at a closed port) and comes back."""

    def __init__(self):
        self.saved = None

    def start(self):
        settings_dict = connection.settings_dict
        self.saved = settings_dict["HOST"], settings_dict["PORT"]
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", str(closed_port())

    def end(self):
        if self.saved is not None:
            connection.close()
            connection.settings_dict["HOST"], connection.settings_dict["PORT"] = self.saved
            self.saved = None


OUTAGE = Outage()
RUNS = []


@task
def letter_send(to: str) -> None:
    """Sends a letter; the first time it runs, the database goes away before it can."""
    RUNS.append(to)
    if len(RUNS) == 1:
        OUTAGE.start()
        connection.ensure_connection()  # the task's first query meets the outage
    send_mail("Letter", "Hello", "site@example.ca", [to])


class Sleeps:
    """The supervisor's sleep: records each wait, ends the outage after two, stops after."""

    def __init__(self):
        self.waits = []
        self.supervisor = None

    def __call__(self, seconds):
        self.waits.append(seconds)
        if len(self.waits) == 2:
            OUTAGE.end()
        if len(self.waits) >= 4:
            self.supervisor.stopping = True


@pytest.mark.django_db(transaction=True)
def test_the_worker_survives_an_outage_and_runs_the_interrupted_task_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    RUNS.clear()
    result = letter_send.enqueue("ana@example.ca")
    sleeps = Sleeps()
    supervisor = Supervisor(worker_id="worker-test", queue_names=["default"], sleep=sleeps)
    sleeps.supervisor = supervisor
    try:
        supervisor.run()  # returns only when stopped: the outage did not end it
    finally:
        OUTAGE.end()

    assert 0.25 <= sleeps.waits[0] <= 0.5 and 0.5 <= sleeps.waits[1] <= 1.0  # the backoff
    assert RUNS == ["ana@example.ca", "ana@example.ca"]  # interrupted, then run again
    assert [m.to for m in mail.outbox] == [["ana@example.ca"]]  # sent once
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
    beat = WorkerHeartbeat.objects.get(worker_id="worker-test")
    assert beat.pid == os.getpid()


def test_run_worker_keeps_running_while_the_database_is_unreachable_and_stops_on_sigterm():
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/directory",
        "PYTHONUNBUFFERED": "1",
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--max-delay", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(worker.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while sum("cannot reach the database" in line for line in lines) < 5:
            assert worker.poll() is None, "".join(lines)  # db_worker exits at the first error
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.1)
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    reader.join(timeout=5)
    assert worker.returncode == 0, "".join(lines)
    assert "stopping (Terminated)" in "".join(lines)
