"""With PostgreSQL out of reach the site answers 503 with Retry-After, in the visitor's
language, without a traceback, and /readyz says so at once; /healthz still answers."""

import pytest
from django.urls import path, reverse

from directory import urls as site_urls
from directory.models import User
from tests.outages import database_down


@pytest.fixture
def no_database(django_db_blocker):
    with database_down(django_db_blocker):
        yield


def assert_503_page(response, language: str, text: str):
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response["Content-Language"] == language
    assert "no-cache" in response["Cache-Control"]
    assert f'<html lang="{language}">' in response.text
    assert text in response.text
    assert "Traceback" not in response.text


def test_a_page_answers_503_in_english_under_an_english_address(client, no_database):
    response = client.get(reverse("therapists:list"))
    assert_503_page(response, "en", "Please try again in a minute")
    assert "it was not saved" in response.text


def test_a_page_answers_503_in_french_under_a_french_address(client, no_database):
    response = client.get("/fr/")
    assert_503_page(response, "fr", "Veuillez réessayer dans une minute")


def test_an_address_without_a_language_answers_in_the_browsers_language(client, no_database):
    response = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")
    assert_503_page(response, "fr", "Veuillez réessayer dans une minute")


def test_a_form_sent_during_the_outage_answers_503(client, no_database):
    url = reverse("therapists:inquiry_send", kwargs={"slug": "ana-tremblay"})
    response = client.post(url, {"name": "Alex", "email": "alex@example.ca", "message": "Hi"})
    assert_503_page(response, "en", "it was not saved")


def test_readyz_answers_503_at_once(client, no_database):
    response = client.get(reverse("readyz"))
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"] == "unreachable"
    assert response.json()["worker"] in {"unknown", "not-used"}


def test_healthz_still_answers(client, no_database):
    assert client.get(reverse("healthz")).status_code == 200


class SessionLikeMiddleware:
    """Reads the database before the view runs, as a session or an account lookup would."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        User.objects.exists()
        return self.get_response(request)


def test_a_middleware_that_meets_the_outage_answers_503_too(client, settings, no_database):
    settings.DEBUG = False
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.SessionLikeMiddleware"]
    client.raise_request_exception = False
    response = client.get("/fr/approches/", HTTP_ACCEPT_LANGUAGE="en")
    assert_503_page(response, "fr", "Veuillez réessayer dans une minute")


def boom(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]
handler500 = site_urls.handler500


def test_other_errors_still_get_the_500_page(client, settings, db):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong" in response.text
