from django.db import DatabaseError
from django.urls import reverse


def test_healthz_answers_without_touching_the_database(client):
    # No db fixture: any query here would fail the test.
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_a_reachable_database(client, db):
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_readyz_reports_503_when_the_database_fails(client, db, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr("directory.views.connection.cursor", broken_cursor)
        response = client.get(reverse("readyz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_health_checks_refuse_posts(client):
    assert client.post(reverse("healthz")).status_code == 405
