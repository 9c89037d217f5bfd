"""The 503 page that a visitor sees while a service is out passes axe-core, in both languages."""

import pytest
from playwright.sync_api import expect

from tests.outages import redis_down_caches

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Please try again in a minute"), ("fr", "Veuillez réessayer dans une minute")],
)
def test_sign_up_without_the_rate_limit_store_shows_an_accessible_503_page(
    page, assert_accessible, settings, transactional_db, language, heading
):
    settings.CACHES = redis_down_caches()
    page.goto(f"/{language}/account/signup/")
    page.locator("input[name=email]").fill("new@example.ca")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.locator("form[method=post] [type=submit]").last.click()
    assert answer.value.status == 503
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_accessible(page)
