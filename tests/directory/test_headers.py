"""Every response says which powerful browser features the site may use: none but full screen
and picture-in-picture for the intro video."""

import pytest
from django.urls import path, reverse

from directory.headers import FEATURES_OFF
from directory.urls import urlpatterns as site_urlpatterns


def crash(request):
    raise RuntimeError("boom")


urlpatterns = [path("crash/", crash), *site_urlpatterns]


def features(response) -> dict[str, str]:
    """The Permissions-Policy header as feature -> allow-list."""
    return dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))


@pytest.fixture
def site(settings, client):
    """The site, with a page that fails, answering as in production: errors as pages."""
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    client.raise_request_exception = False
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/en/", 200),
        ("/fr/therapeutes/nulle-part/", 404),
        ("/en/nowhere/", 404),
        ("/crash/", 500),
        ("/favicon.ico", 200),
        ("/static/js/htmx-2.0.11.min.js", 200),
        ("/healthz", 200),
        ("/en/admin/", 302),
    ],
    ids=["page", "french 404", "404", "500", "favicon", "static file", "health", "redirect"],
)
def test_every_response_turns_off_powerful_features(site, settings, address, status):
    settings.WHITENOISE_USE_FINDERS = True  # static files answered by WhiteNoise, as deployed

    response = site.get(address)

    assert response.status_code == status
    policy = features(response)
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "autoplay"):
        assert policy[feature] == "()"
    assert {feature for feature, allowed in policy.items() if allowed == "()"} == set(FEATURES_OFF)
    assert policy["fullscreen"] == policy["picture-in-picture"] == "(self)"


@pytest.mark.django_db
def test_a_refused_form_post_carries_the_policy_too(client):
    client.handler.enforce_csrf_checks = True

    response = client.post(reverse("accounts:login"), {"username": "a@example.ca"})

    assert response.status_code == 403
    assert features(response)["camera"] == "()"
