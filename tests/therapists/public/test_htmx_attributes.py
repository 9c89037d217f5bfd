"""htmx attributes carry the data- prefix, so the pages pass the HTML checker."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

BARE_HTMX_ATTRIBUTE = re.compile(r"\shx-[a-z-]+=")


def test_the_search_page_uses_only_prefixed_htmx_attributes(client, listed_therapist):
    body = client.get(reverse("therapists:list")).text

    assert 'data-hx-get="/en/therapists/"' in body
    assert BARE_HTMX_ATTRIBUTE.findall(body) == []


def test_the_search_partial_uses_only_prefixed_htmx_attributes(client, listed_therapist):
    body = client.get(reverse("therapists:list"), headers={"HX-Request": "true"}).text

    assert 'data-hx-swap-oob="true"' in body
    assert BARE_HTMX_ATTRIBUTE.findall(body) == []


def test_a_profile_page_has_no_bare_htmx_attribute(client, listed_therapist):
    response = client.get(listed_therapist.get_absolute_url())

    assert response.status_code == 200
    assert BARE_HTMX_ATTRIBUTE.findall(response.text) == []
