"""Pages go out compressed to browsers that accept it: a page of results is a few kilobytes."""

import gzip

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

WIRE_LIMIT = 20 * 1024


@pytest.fixture
def full_page_of_results():
    for n in range(20):
        factories.VerifiedCredentialFactory(therapist=factories.TherapistFactory(slug=f"t-{n}"))


def test_a_page_of_results_is_compressed_under_20_kb_on_the_wire(client, full_page_of_results):
    plain = client.get(reverse("therapists:list"))
    packed = client.get(reverse("therapists:list"), headers={"accept-encoding": "gzip"})

    assert plain.text.count('id="therapist-') == 20
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert len(packed.content) < WIRE_LIMIT < len(plain.content)
    assert gzip.decompress(packed.content).decode().count('id="therapist-') == 20


def test_a_client_that_does_not_accept_gzip_gets_the_page_as_it_is(client):
    response = client.get(reverse("therapists:home"), headers={"accept-encoding": "identity"})
    assert "Content-Encoding" not in response
    assert "<html" in response.text


def test_a_compressed_page_is_padded_by_a_random_length_and_says_it_varies(client):
    """As Django's middleware does it: a random file name in the gzip header (against BREACH),
    `Vary: Accept-Encoding`, and an ETag made weak."""
    lengths = set()
    for _ in range(12):
        response = client.get(reverse("therapists:home"), headers={"accept-encoding": "gzip"})
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert response.content[3] & gzip.FNAME
        assert "<html" in gzip.decompress(response.content).decode()
        lengths.add(len(response.content))
    assert len(lengths) > 1


def test_a_strong_etag_is_made_weak_when_the_answer_is_compressed(client):
    from django.http import HttpResponse

    from directory.headers import GZipMiddleware

    def answer(request):
        response = HttpResponse("<p>" + "words " * 100 + "</p>")
        response["ETag"] = '"abc"'
        return response

    request = client.get("/").wsgi_request
    request.META["HTTP_ACCEPT_ENCODING"] = "gzip, deflate"
    response = GZipMiddleware(answer)(request)
    assert (response["ETag"], response["Content-Encoding"]) == ('W/"abc"', "gzip")
