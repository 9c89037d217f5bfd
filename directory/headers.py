"""Response headers Django's own security middleware does not set."""

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
