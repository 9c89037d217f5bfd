"""Reading the client's address: the configured header's last entry, or the connection's."""

import pytest
from django.test import RequestFactory

from directory.proxies import client_ip


def request_with(**meta):
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **meta)


def test_without_a_configured_header_the_connection_is_the_client(settings):
    settings.CLIENT_IP_META_KEY = None

    assert client_ip(request_with(HTTP_X_FORWARDED_FOR="198.51.100.7")) == "10.0.0.2"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("198.51.100.7", "198.51.100.7"),
        ("6.6.6.6, 198.51.100.7", "198.51.100.7"),  # what the client wrote comes first
        (" 2001:db8::1 ", "2001:db8::1"),
        ("not an address", "10.0.0.2"),
        ("", "10.0.0.2"),
    ],
)
def test_the_configured_header_gives_the_address_the_balancer_saw(settings, header, expected):
    settings.CLIENT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"

    assert client_ip(request_with(HTTP_X_FORWARDED_FOR=header)) == expected


def test_a_request_that_skipped_the_balancer_is_known_by_its_connection(settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"

    assert client_ip(request_with()) == "10.0.0.2"
