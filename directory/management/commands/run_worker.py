"""manage.py run_worker: the background worker, kept running through database outages."""

from django.core.management.base import BaseCommand
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME

from directory.worker import Supervisor, default_worker_id


class Command(BaseCommand):
    help = (
        "Run the queued tasks (django-tasks-db's worker) until stopped, waiting through "
        "database outages, and record a heartbeat that /readyz reports."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue-name",
            default=DEFAULT_TASK_QUEUE_NAME,
            help="The queues to run, separated by commas; '*' for all (default: %(default)s).",
        )
        parser.add_argument(
            "--backend",
            default=DEFAULT_TASK_BACKEND_ALIAS,
            help="The task backend, a django-tasks-db one (default: %(default)s).",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds to wait when the queue is empty (default: %(default)s).",
        )
        parser.add_argument(
            "--max-delay",
            type=float,
            default=10.0,
            help="The longest wait between attempts while the database is out, in seconds "
            "(default: %(default)s).",
        )
        parser.add_argument(
            "--worker-id",
            default=default_worker_id(),
            help="A name unique among the workers (default: host and process id).",
        )

    def handle(self, *, queue_name, backend, interval, max_delay, worker_id, **options):
        supervisor = Supervisor(
            worker_id=worker_id[:64],
            queue_names=queue_name.split(","),
            backend_name=backend,
            interval=interval,
            max_delay=max_delay,
        )
        supervisor.signals_handle()
        supervisor.run()
