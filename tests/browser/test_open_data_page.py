"""The open data page in a real Chromium, in English and French, passes axe-core."""

import datetime

import pytest
from playwright.sync_api import expect

from therapists.public.opendata.publish import open_data_publish

pytestmark = pytest.mark.browser


def test_the_open_data_page_is_accessible_in_both_languages(
    page, assert_accessible, listed_therapist
):
    open_data_publish(on=datetime.date(2026, 12, 7))

    page.goto("/en/")
    page.get_by_role("link", name="Open data: the listings as Open Referral HSDS").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open data")
    expect(page.get_by_role("link", name="HSDS JSON", exact=False)).to_be_visible()
    assert_accessible(page)

    page.goto("/fr/open-data/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Données ouvertes")
    assert_accessible(page)
