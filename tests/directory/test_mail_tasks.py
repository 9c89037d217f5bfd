"""Account emails survive a mail server outage: the failed send is queued again for later,
and the email goes out once when the server is back."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from directory.tasks import MAIL_ATTEMPTS, email_send, mail_retry_delay
from tests.outages import closed_port

# The worker closes connections between tasks, which only a transactional test allows.
pytestmark = pytest.mark.django_db(transaction=True)


def worker_run() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def smtp_down(settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
        }
    }


def smtp_back(settings) -> None:
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def test_the_waits_grow_after_each_failure():
    assert [mail_retry_delay(attempt).total_seconds() / 60 for attempt in (1, 2, 3, 4)] == [
        1,
        4,
        16,
        64,
    ]


def test_an_email_that_failed_is_sent_once_when_the_server_is_back(
    settings, database_queue, smtp_down
):
    start = timezone.now()
    email_send.enqueue(subject="Reset", body="Your link", to="ana@example.ca", sender="s@x.ca")
    with time_machine.travel(start, tick=False):
        worker_run()  # the mail server refuses: the task fails and queues a later attempt
    assert mail.outbox == []
    statuses = sorted(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == [TaskResultStatus.FAILED, TaskResultStatus.READY]

    smtp_back(settings)
    with time_machine.travel(start + datetime.timedelta(seconds=30), tick=False):
        worker_run()  # not yet: the retry waits its minute
    assert mail.outbox == []
    with time_machine.travel(start + datetime.timedelta(minutes=2), tick=False):
        worker_run()
        worker_run()
    assert [(m.to, m.subject) for m in mail.outbox] == [(["ana@example.ca"], "Reset")]
    assert DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).count() == 1


def test_a_server_down_for_good_is_tried_a_limited_number_of_times(
    database_queue, smtp_down, caplog
):
    start = timezone.now()
    email_send.enqueue(subject="Reset", body="Your link", to="ana@example.ca", sender="s@x.ca")
    for hours in range(8):
        with time_machine.travel(start + datetime.timedelta(hours=hours * 2), tick=False):
            worker_run()
    assert DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count() == MAIL_ATTEMPTS
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
    assert "Giving up on" in caplog.text
