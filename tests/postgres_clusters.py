"""Throwaway PostgreSQL clusters made with the server's own programs: the database of `make test`
when none answers at DATABASE_URL, the fault drills' own server (tests/drills/), and a primary
with a streaming replica (tests/directory/test_streaming_replica.py).

PostgreSQL refuses to run as root; as root, its programs run as the postgres user. The servers
listen on free ports of 127.0.0.1, taken from TEST_SERVER_PORTS ("first-last") when it is set.

Run a command against PostgreSQL, a throwaway cluster if nothing answers at DATABASE_URL:

    python -m tests.postgres_clusters run -- pytest -q

The cluster is stopped and deleted when the command ends, whatever its outcome.
"""

import argparse
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import psycopg

DATABASE = "directory"
# Where the test suite finds PostgreSQL unless DATABASE_URL says otherwise (tests/settings.py).
DEFAULT_DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
WAIT_SECONDS = 30
PROGRAMS = ("initdb", "pg_ctl", "pg_basebackup")


class ClusterError(RuntimeError):
    """A throwaway cluster could not be made, started or reached."""


def postgres_bindir() -> Path:
    """The folder of the installed server's programs, installed first with Debian's package when
    they are missing and this process is root."""
    if (found := postgres_bindir_found()) is None and os.geteuid() == 0 and shutil.which("apt-get"):
        postgres_install()
        found = postgres_bindir_found()
    if found is None:
        raise ClusterError(
            "PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup) were not found; install "
            "the server (Debian: apt-get install postgresql) or put its bin folder on the PATH."
        )
    return found


def postgres_install() -> None:
    """Debian's postgresql package, as the Makefile installs Chromium."""
    print("Installing PostgreSQL (apt-get install postgresql)…", file=sys.stderr, flush=True)
    environment = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "postgresql"]
    for command in (["apt-get", "update", "-qq"], install):
        subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, check=True)


def postgres_bindir_found() -> Path | None:
    """pg_config's folder, else the newest of Debian's /usr/lib/postgresql/<version>/bin, else
    initdb's on the PATH; None when none holds the programs."""
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
    return None


def as_server_user() -> list[str]:
    """The prefix that runs PostgreSQL's programs: as postgres when this process is root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise ClusterError(
            "Running as root, PostgreSQL needs a 'postgres' user to run as; none exists."
        ) from None
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
    raise ClusterError(f"Not {count} free ports on 127.0.0.1 (TEST_SERVER_PORTS={allowed!r}).")


def wait_until(check, what: str, seconds: float = WAIT_SECONDS):
    """Poll check() until it returns something true; fail saying what never happened."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    raise ClusterError(f"Waited {seconds} s, and {what} did not happen.")


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
            output = f"{result.stderr}{result.stdout}"
            raise ClusterError(f"{program} failed: {output}\n{self.log_tail()}")
        return result

    def start(self) -> None:
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop at once, as a crash would: connections are cut, no checkpoint is written."""
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def create_database(self, name: str = DATABASE) -> None:
        with self.connect("postgres") as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

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


@contextlib.contextmanager
def throwaway_cluster(name: str, *, databases: Sequence[str] = (DATABASE,)) -> Iterator[Cluster]:
    """A new cluster in a temporary folder, on a free port, with the databases named; stopped and
    deleted afterwards, whatever happened meanwhile."""
    bindir = postgres_bindir()
    base = Path(tempfile.mkdtemp(prefix=f"{name}-"))
    if as_server_user():
        shutil.chown(base, "postgres", "postgres")
    [port] = free_ports(1)
    cluster = Cluster(name, bindir, base, port)
    try:
        primary_make(cluster)
        for database in databases:
            cluster.create_database(database)
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


def server_answers(url: str) -> bool:
    """Something at the URL's address accepts a PostgreSQL connection."""
    try:
        with psycopg.connect(url, dbname="postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def database_name(url: str) -> str:
    return urllib.parse.urlsplit(url).path.lstrip("/") or DATABASE


def command_run(command: Sequence[str], environment: dict[str, str]) -> int:
    """Run the command to its end. A terminal's Ctrl-C reaches it directly; a termination sent
    to this process is passed on, so that the cluster is stopped only after the command."""
    child = subprocess.Popen(command, env=environment)

    def forward(signum, _frame):
        child.send_signal(signum)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGHUP, forward)
    return child.wait()


def with_database_run(command: Sequence[str]) -> int:
    """The command against the server at DATABASE_URL when one answers there, else against a
    throwaway cluster, which DATABASE_URL then names."""
    url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    if server_answers(url):
        return command_run(command, dict(os.environ))
    name = database_name(url)
    print(f"Nothing answers at {url}: starting a throwaway PostgreSQL cluster.", file=sys.stderr)
    with throwaway_cluster("directory-test-postgres", databases=[name]) as cluster:
        print(f"PostgreSQL {cluster.url(name)} in {cluster.base}", file=sys.stderr, flush=True)
        return command_run(command, os.environ | {"DATABASE_URL": cluster.url(name)})


def main(arguments: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.postgres_clusters",
        description="Run a command against PostgreSQL: the server at DATABASE_URL, or a "
        "throwaway cluster when none answers there.",
    )
    parser.add_argument("action", choices=["run"])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command")
    options = parser.parse_args(arguments)
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    if not command:
        parser.error("name the command to run after --")
    try:
        return with_database_run(command)
    except ClusterError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
