"""Services that are down, for real: a port on 127.0.0.1 where nothing listens, given to the
cache or to the database connection in place of their own."""

import contextlib
import socket

from django.db import connection


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_down_caches() -> dict:
    """CACHES whose Redis is not there (a new address each time, so no outage is shared)."""
    return {
        "default": {
            "BACKEND": "directory.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


@contextlib.contextmanager
def database_down(django_db_blocker):
    """The default connection pointed at a closed port until the block ends."""
    settings_dict = connection.settings_dict
    saved = settings_dict["HOST"], settings_dict["PORT"]
    with django_db_blocker.unblock():
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", str(closed_port())
        try:
            yield
        finally:
            connection.close()
            settings_dict["HOST"], settings_dict["PORT"] = saved
