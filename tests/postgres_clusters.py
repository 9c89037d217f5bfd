"""Throwaway PostgreSQL clusters made with the server's own programs, for tests that need a
primary and a streaming replica of their own (tests/directory/test_streaming_replica.py).

PostgreSQL refuses to run as root; as root, its programs run as the postgres user. The servers
listen on free ports of 127.0.0.1, taken from TEST_SERVER_PORTS ("first-last") when it is set.
"""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

DATABASE = "directory"
WAIT_SECONDS = 30
PROGRAMS = ("initdb", "pg_ctl", "pg_basebackup")


def postgres_bindir() -> Path:
    """The folder of the installed server's programs: pg_config's, else the newest of Debian's
    /usr/lib/postgresql/<version>/bin, else initdb's on the PATH."""
    candidates = []
    if pg_config := shutil.which("pg_config"):
        found = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=False
        )
        candidates.append(Path(found.stdout.strip()))
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: int(p.parent.name.split(".")[0]), reverse=True)
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if all((folder / program).is_file() for program in PROGRAMS):
            return folder
    pytest.fail(
        "PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup) were not found; install "
        "the server (Debian: apt-get install postgresql) or put its bin folder on the PATH."
    )


def as_server_user() -> list[str]:
    """The prefix that runs PostgreSQL's programs: as postgres when this process is root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("Running as root, PostgreSQL needs a 'postgres' user to run as; none exists.")
    return ["runuser", "-u", "postgres", "--"]


def free_ports(count: int) -> list[int]:
    """Ports of 127.0.0.1 that nothing listens on, from TEST_SERVER_PORTS when it is set."""
    allowed = os.environ.get("TEST_SERVER_PORTS", "")
    if allowed:
        first, last = (int(port) for port in allowed.split("-"))
        candidates = range(first, last + 1)
    else:
        candidates = [0] * count * 4  # the system picks
    ports = []
    for candidate in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            port = probe.getsockname()[1]
        if port not in ports:
            ports.append(port)
        if len(ports) == count:
            return ports
    pytest.fail(f"Not {count} free ports on 127.0.0.1 (TEST_SERVER_PORTS={allowed!r}).")


def wait_until(check, what: str, seconds: float = WAIT_SECONDS):
    """Poll check() until it returns something true; fail saying what never happened."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    pytest.fail(f"Waited {seconds} s, and {what} did not happen.")


@dataclass
class Cluster:
    """One PostgreSQL cluster in a folder of its own, on a port of 127.0.0.1."""

    name: str
    bindir: Path
    base: Path
    port: int

    @property
    def data(self) -> Path:
        return self.base / self.name

    @property
    def log(self) -> Path:
        return self.base / f"{self.name}.log"

    def run(self, program: str, *args: str, timeout: float = 60, check: bool = True):
        command = [*as_server_user(), str(self.bindir / program), *args]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
        if check and result.returncode != 0:
            pytest.fail(f"{program} failed: {result.stderr}{result.stdout}\n{self.log_tail()}")
        return result

    def start(self) -> None:
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def url(self, database: str = DATABASE) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = DATABASE) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user="postgres",
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        )

    def query(self, sql: str, *params, database: str = DATABASE):
        """The first column of the first row of a query, run in its own connection."""
        with self.connect(database) as connection:
            return connection.execute(sql, params).fetchone()[0]

    def log_tail(self) -> str:
        if not self.log.exists():
            return ""
        return f"{self.name}'s log:\n" + "\n".join(self.log.read_text().splitlines()[-20:])


PRIMARY_SETTINGS = """
wal_level = replica
max_wal_senders = 4
hot_standby = on
# A throwaway cluster: durability is not wanted, speed is.
fsync = off
"""

CLIENTS = """
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
"""


def primary_make(primary: Cluster) -> None:
    primary.run(
        "initdb",
        "-D",
        str(primary.data),
        "-U",
        "postgres",
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    with (primary.data / "postgresql.conf").open("a") as settings:
        settings.write(PRIMARY_SETTINGS)
    (primary.data / "pg_hba.conf").write_text(CLIENTS)
    primary.start()


def replica_make(primary: Cluster, replica: Cluster) -> None:
    """A hot standby streaming from the primary (-R writes its connection and standby.signal)."""
    replica.run(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        str(primary.port),
        "-U",
        "postgres",
        "-D",
        str(replica.data),
        "-R",
        "--wal-method=stream",
        "--checkpoint=fast",
        timeout=120,
    )
    replica.start()
    assert replica.query("SELECT pg_is_in_recovery()", database="postgres") is True


def caught_up(primary: Cluster, replica: Cluster) -> None:
    """Wait until the replica has replayed everything the primary has written so far."""
    position = primary.query("SELECT pg_current_wal_lsn()::text")
    wait_until(
        lambda: replica.query("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", position),
        f"the replica replaying the primary's WAL up to {position}",
    )


@contextlib.contextmanager
def replay_paused(replica: Cluster) -> Iterator[None]:
    """The replica stops applying the primary's changes (it still receives them)."""
    replica.query("SELECT pg_wal_replay_pause()")
    wait_until(
        lambda: replica.query("SELECT pg_get_wal_replay_pause_state()") == "paused",
        "the replica pausing its replay",
    )
    try:
        yield
    finally:
        replica.query("SELECT pg_wal_replay_resume()")
