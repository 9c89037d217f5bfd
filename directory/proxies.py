"""The client's address, read the same way by every limit on the site.

django-ratelimit (`RATELIMIT_IP_META_KEY`) and django-axes (`AXES_CLIENT_IP_CALLABLE`) both call
`client_ip`, which reads the one header that `CLIENT_IP_META_KEY` names. A header is trusted only
when that setting names it: otherwise anyone could send a new `X-Forwarded-For` with each request
and look like a new visitor to every limit.
"""

import ipaddress

from django.conf import settings


def forwarded_address(value: str) -> str | None:
    """The address the balancer added to a header: the last entry of a comma-separated list
    (`X-Forwarded-For: <what the client sent>, <what the balancer saw>`), if it is an address."""
    last = value.rsplit(",", 1)[-1].strip()
    try:
        return str(ipaddress.ip_address(last))
    except ValueError:
        return None


def client_ip(request) -> str:
    """The address of the visitor: from the trusted proxy header when one is configured and
    present, else the connection's own address."""
    meta_key = settings.CLIENT_IP_META_KEY
    if meta_key and (address := forwarded_address(request.META.get(meta_key, ""))):
        return address
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 (a key, never bound)
