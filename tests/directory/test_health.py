import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from directory.models import WorkerHeartbeat
from tests.outages import closed_port, database_down


def test_healthz_answers_without_touching_the_database(client):
    # No db fixture: any query here would fail the test.
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_a_reachable_database(client, db):
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_readyz_reports_503_when_the_database_is_unreachable(client, django_db_blocker):
    with database_down(django_db_blocker):
        response = client.get(reverse("readyz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
    assert response.json()["status"] == "unavailable"


def test_readyz_reports_every_dependency(client, db):
    assert client.get(reverse("readyz")).json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "worker": "not-used",  # tasks run in the request here
        "worker_heartbeat_age_seconds": None,
    }


def test_readyz_reports_broken_storage_as_degraded_not_unready(client, db, settings):
    settings.STORAGES = settings.STORAGES | {
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "evidence",
                "endpoint_url": f"http://127.0.0.1:{closed_port()}",
                "access_key": "test",
                "secret_key": "test",
                "region_name": "ca-central-1",
            },
        }
    }
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json()["storage"] == "unreachable"
    assert response.json()["status"] == "degraded"


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def heartbeat(seconds_ago: float) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id="web-1-42",
        hostname="web-1",
        pid=42,
        started_at=now - datetime.timedelta(hours=1),
        beat_at=now - datetime.timedelta(seconds=seconds_ago),
    )


def test_readyz_shows_the_workers_heartbeat_and_its_age(client, db, database_queue):
    heartbeat(seconds_ago=5)
    body = client.get(reverse("readyz")).json()
    assert body["worker"] == "ok"
    assert 5 <= body["worker_heartbeat_age_seconds"] < 6
    assert body["status"] == "ok"


def test_readyz_calls_an_old_heartbeat_stale_but_stays_ready(client, db, database_queue, settings):
    settings.WORKER_HEARTBEAT_STALE_SECONDS = 60
    heartbeat(seconds_ago=61)
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json()["worker"] == "stale"
    assert response.json()["status"] == "degraded"


def test_readyz_says_when_no_worker_ever_ran(client, db, database_queue):
    body = client.get(reverse("readyz")).json()
    assert body["worker"] == "missing"
    assert body["worker_heartbeat_age_seconds"] is None


def test_health_checks_refuse_posts(client):
    assert client.post(reverse("healthz")).status_code == 405
