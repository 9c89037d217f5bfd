"""gunicorn's settings for serving the site: `gunicorn -c python:directory.gunicorn directory.wsgi`.

A request's cost is CPU (rendering in Python, then PostgreSQL on the same cores), not waiting, so
one worker per core serves the most pages with the shortest tail: more workers only take turns
on the same cores. `make bench` measured 2 workers against gunicorn's usual 2 * cores + 1 on two
cores: the baseline page went from 1,222 to 1,968 requests/s, and its p99 from 60 to 17 ms.
Set WEB_CONCURRENCY where the database has cores of its own.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))
accesslog = None
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# A worker that gets stuck on one request is replaced rather than holding its core.
timeout = 30
graceful_timeout = 30


def post_worker_init(worker):
    """Tells the apps a worker is about to take requests (the search makes its index then)."""
    from directory.signals import process_ready

    process_ready.send(sender=None)
