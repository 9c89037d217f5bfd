"""Errors reach people as plain pages in both languages, never as a traceback."""

import pytest
from django.urls import path

from directory.urls import urlpatterns as site_urlpatterns


def crash(request):
    raise RuntimeError("boom")


urlpatterns = [path("crash/", crash), *site_urlpatterns]


@pytest.fixture
def crashing_site(settings, client):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    client.raise_request_exception = False
    return client


def test_a_server_error_shows_the_plain_500_page(crashing_site):
    response = crashing_site.get("/crash/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert "Une erreur s'est produite" in body
    assert "9-8-8" in body
    assert "boom" not in body and "Traceback" not in body


@pytest.mark.django_db
def test_an_unknown_address_in_french_gets_the_french_404_page(client):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
