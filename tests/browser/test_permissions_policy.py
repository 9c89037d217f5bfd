"""Chromium reads the site's Permissions-Policy whole: every feature named is one it knows, the
powerful ones are off, and the intro video may still go full screen."""

import pytest

from directory.headers import FEATURES_OFF

pytestmark = pytest.mark.browser


def test_chromium_applies_the_policy_without_a_complaint(page, transactional_db):
    complaints = []
    page.on("console", lambda message: complaints.append(message.text))

    page.goto("/en/")
    allowed = page.evaluate("document.featurePolicy.allowedFeatures()")
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert not page.evaluate(f"document.featurePolicy.allowsFeature('{feature}')")

    assert [text for text in complaints if "Permissions-Policy" in text] == []
    assert "fullscreen" in allowed and "picture-in-picture" in allowed
    assert set(FEATURES_OFF).isdisjoint(allowed)
