"""Browsers and crawlers ask for /favicon.ico whatever the page links to."""

from io import BytesIO

from django.urls import reverse
from PIL import Image


def test_favicon_is_an_ico_with_both_sizes(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = Image.open(BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO"
    assert icon.info["sizes"] == {(16, 16), (32, 32)}


def test_favicon_is_cached_for_a_month(client):
    response = client.get(reverse("favicon"))

    assert "max-age=2592000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_favicon_refuses_posts(client):
    assert client.post(reverse("favicon")).status_code == 405
