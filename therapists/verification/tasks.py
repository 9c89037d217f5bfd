"""Background work that runs on a schedule, for the task worker (`manage.py db_worker`)."""

import datetime

from django.tasks import task
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend

from therapists.verification.expiry import credentials_sweep

DAILY_SWEEP_HOUR = 3  # local time: after midnight, when a registration year has just ended


@task()
def credentials_sweep_daily() -> dict[str, int]:
    """Lapse expired credentials and send reminders, then book tomorrow's run."""
    done = credentials_sweep()
    daily_sweep_schedule()
    return done


def daily_sweep_schedule(*, now: datetime.datetime | None = None) -> bool:
    """Book the next daily sweep on the worker's queue, unless one is already booked.

    Only a backend that can defer tasks keeps a schedule; elsewhere run
    `manage.py expire_credentials` daily (e.g. from cron).
    """
    backend = credentials_sweep_daily.get_backend()
    if not backend.supports_defer or daily_sweep_booked(backend):
        return False
    now = timezone.localtime(now)
    run_at = now.replace(hour=DAILY_SWEEP_HOUR, minute=0, second=0, microsecond=0)
    if run_at <= now:
        run_at += datetime.timedelta(days=1)
    credentials_sweep_daily.using(run_after=run_at).enqueue()
    return True


def daily_sweep_booked(backend) -> bool:
    if not isinstance(backend, DatabaseBackend):
        return False
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=credentials_sweep_daily.module_path, status="READY"
    ).exists()
