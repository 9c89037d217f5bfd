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
