"""Response headers Django's own security middleware does not set, and pages compressed."""

import gzip
import secrets

from django.middleware import gzip as gzip_middleware
from django.utils.cache import patch_vary_headers

# Powerful browser features no page here uses, off for the site and for anything it embeds. The
# intro video keeps full screen and picture-in-picture. Only names Chromium on Linux knows (not
# bluetooth, web-share, ambient-light-sensor): an unknown one costs a console error on every page,
# which tests/browser/test_permissions_policy.py watches for. Firefox reads no such header.
FEATURES_OFF = (
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "clipboard-read",
    "compute-pressure",
    "display-capture",
    "encrypted-media",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "speaker-selection",
    "storage-access",
    "usb",
    "window-management",
    "xr-spatial-tracking",
)
FEATURES_SELF = ("fullscreen", "picture-in-picture")
PERMISSIONS_POLICY = ", ".join(
    [f"{feature}=()" for feature in FEATURES_OFF]
    + [f"{feature}=(self)" for feature in FEATURES_SELF]
)


class PermissionsPolicyMiddleware:
    """Adds PERMISSIONS_POLICY to every response: pages, errors and static files alike (it sits
    above WhiteNoise, which answers static files without reaching the middleware below it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# gzip's level for pages: a search page of 70 KB is 11.3 KB at level 2 in 0.56 ms, and 9.8 KB at
# Django's level 6 in 1.36 ms, on the benchmark's machine: the second costs 2 % of a page.
GZIP_LEVEL = 2


class GZipMiddleware(gzip_middleware.GZipMiddleware):
    """Django's, compressing whole pages at GZIP_LEVEL; streamed answers are Django's own."""

    def process_response(self, request, response):
        if response.streaming:
            return super().process_response(request, response)
        if len(response.content) < 200 or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if not gzip_middleware.re_accepts_gzip.search(accepted):
            return response
        compressed = padded_gzip(response.content, self.max_random_bytes)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):  # strong no more: weak, as Django's makes it
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "gzip"
        return response


def padded_gzip(content: bytes, max_random_bytes: int) -> bytes:
    """Django's compress_string at GZIP_LEVEL: the stream's header names a file of up to
    max_random_bytes random bytes, so that the length of a page says less (against BREACH)."""
    compressed = gzip.compress(content, compresslevel=GZIP_LEVEL, mtime=0)
    header = bytearray(compressed[:10])
    header[3] = gzip.FNAME
    filename = b"a" * secrets.randbelow(max_random_bytes) + b"\x00"
    return bytes(header) + filename + compressed[10:]
