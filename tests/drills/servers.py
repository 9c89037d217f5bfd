"""The servers a fault drill runs and stops: Redis, a mail server, gunicorn and the task worker,
each a child process on a free port of 127.0.0.1, with its output in a log file."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.postgres_clusters import ClusterError, wait_until

ROOT = Path(__file__).resolve().parents[2]
STOP_SECONDS = 20


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Server:
    """A child process, started and stopped again as often as a drill needs; None as port for
    one that listens nowhere (the task worker)."""

    name: str
    command: list[str]
    port: int | None
    log: Path
    environment: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("a") as output:
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env=self.environment,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if self.port is not None:
            wait_until(self.listening, f"{self.name} listening on port {self.port}")

    def listening(self) -> bool:
        if not self.running():
            raise ClusterError(f"{self.name} stopped:\n{self.log_tail()}")
        return port_open(self.port)

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Terminate the process and its children; killed if they outlast STOP_SECONDS."""
        if self.process is None:
            return
        self.signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.process.wait(timeout=STOP_SECONDS)
        self.process = None
        if self.port is not None:
            wait_until(lambda: not port_open(self.port), f"{self.name} closing its port")

    def signal(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def log_tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def redis_server(port: int, folder: Path) -> Server:
    """Redis keeping nothing on disk: after a restart its cache is empty, as after a crash."""
    if not shutil.which("redis-server"):
        raise ClusterError("redis-server was not found: `make drills` installs it when root.")
    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port)]
    command += ["--save", "", "--appendonly", "no", "--dir", str(folder)]
    return Server("redis", command, port, folder / "redis.log")


def smtp_sink(port: int, folder: Path) -> Server:
    command = [sys.executable, "-m", "tests.drills.smtp_sink", str(port), str(folder / "mail")]
    return Server("mail server", command, port, folder / "smtp.log")


def gunicorn(port: int, folder: Path, environment: dict[str, str]) -> Server:
    command = [sys.executable, "-m", "gunicorn", "-c", "python:directory.gunicorn"]
    command += ["directory.wsgi"]
    environment = environment | {"BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
    return Server("gunicorn", command, port, folder / "gunicorn.log", environment)


def task_worker(folder: Path, environment: dict[str, str]) -> Server:
    """The supervised worker, as README says to run it in production."""
    command = [sys.executable, "manage.py", "run_worker"]
    return Server("task worker", command, None, folder / "worker.log", environment)


def manage(environment: dict[str, str], *arguments: str, timeout: float = 600) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise ClusterError(f"manage.py {' '.join(arguments)} failed:\n{result.stderr}")
    return result.stdout
