"""What /readyz reports: the state of each service the site stands on.

Only the database decides readiness. Without the cache the site is slower, without storage
uploads and media fail, without the worker emails wait in the queue: a balancer that took such
a server out of rotation would take them all out, so those are reported, not acted on.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.db import DatabaseError, connection
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.utils import timezone
from django_tasks_db import DatabaseBackend

from directory.models import WorkerHeartbeat

# Probed by asking each storage whether a file of this name exists.
STORAGE_PROBE_NAME = "readyz-probe"


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "unreachable"
    return "ok"


def cache_state() -> str:
    """Whether Redis answers; a cache in the process's own memory always does."""
    reachable = getattr(cache, "reachable", None)
    return "ok" if reachable is None or reachable() else "unreachable"


def storage_state() -> str:
    """Whether the public and the private storage both answer."""
    try:
        for alias in ("default", "private"):
            storages[alias].exists(STORAGE_PROBE_NAME)
    except Exception:  # any failure of a disk or of a bucket's service means it cannot be used
        return "unreachable"
    return "ok"


def worker_state(*, database: str) -> tuple[str, float | None]:
    """The worker's state and the age of its last heartbeat in seconds.

    "not-used" when tasks run in the request (development, tests), "unknown" when the database
    cannot be read, "missing" when no worker ever beat, "stale" past
    WORKER_HEARTBEAT_STALE_SECONDS.
    """
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return "not-used", None
    if database != "ok":
        return "unknown", None
    latest = WorkerHeartbeat.objects.latest_beat()
    if latest is None:
        return "missing", None
    age = round((timezone.now() - latest).total_seconds(), 1)
    return ("stale" if age > settings.WORKER_HEARTBEAT_STALE_SECONDS else "ok"), age


def readiness() -> dict:
    """Every dependency's state, and the overall status: "unavailable" (the database is out),
    "degraded" (something else is) or "ok"."""
    database = database_state()
    worker, age = worker_state(database=database)
    report = {
        "database": database,
        "cache": cache_state(),
        "storage": storage_state(),
        "worker": worker,
        "worker_heartbeat_age_seconds": age,
    }
    healthy = {"ok", "not-used"}
    if database != "ok":
        status = "unavailable"
    elif all(report[name] in healthy for name in ("cache", "storage", "worker")):
        status = "ok"
    else:
        status = "degraded"
    return {"status": status, **report}
