"""A client keeps a few therapists from a search and compares them, in a real Chromium: with
JavaScript (toggle buttons, the list in the browser's storage) and without it (links that add
to the list in the address); the compare page's address, opened in a fresh browser, shows the
same comparison, on a phone and on a wide screen, in English and French."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser

NAMES = ("Amira Haddad", "Boris Chen", "Chloé Martin-Leblanc", "Dmitri Okonkwo-Villeneuve")
WORDS = {
    "en": {"keep": "Keep", "compare": "Compare", "back": "Back to the search", "kept": "Kept"},
    "fr": {
        "keep": "Garder",
        "compare": "Comparer",
        "back": "Retour à la recherche",
        "kept": "Gardé",
    },
}
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def therapists(db):
    """Four listed therapists with an office in Toronto, each a little different."""
    toronto = factories.CityFactory(name="Toronto", latitude=43.70011, longitude=-79.4163)
    made = []
    for n, name in enumerate(NAMES):
        therapist = factories.TherapistFactory(
            display_name=name,
            slug=f"person-{n}",
            fee=120 + 20 * n,
            fee_floor=80 if n % 2 else None,
            offers_online=bool(n % 2),
        )
        factories.VerifiedCredentialFactory(therapist=therapist)
        factories.OfficeFactory(therapist=therapist, city=toronto)
        made.append(therapist)
    return made


def shown_comparison(tab) -> str:
    """The comparison as the reader sees it: the table on a wide screen, cards on a phone."""
    wide = tab.locator("table.compare")
    return wide.inner_text() if wide.is_visible() else tab.locator(".compare-cards").inner_text()


def fits_the_screen(tab) -> bool:
    return tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def opened_elsewhere(chromium, live_server, url: str, *, viewport, javascript: bool) -> str:
    """The comparison a fresh browser (no storage, no history) shows at that address."""
    context = chromium.new_context(
        base_url=live_server.url, viewport=viewport, java_script_enabled=javascript
    )
    tab = context.new_page()
    tab.goto(url)
    shown = shown_comparison(tab)
    assert fits_the_screen(tab)
    context.close()
    return shown


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keep_three_compare_and_share_the_address(
    chromium, live_server, therapists, assert_accessible, language, viewport
):
    words = WORDS[language]
    context = chromium.new_context(base_url=live_server.url, viewport=viewport)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    tab.goto(f"/{language}/therapists/?place=Toronto")
    for name in (NAMES[2], NAMES[0], NAMES[3]):
        keep = tab.get_by_role("button", name=f"{words['keep']} {name}", exact=True)
        keep.click()
        expect(keep).to_have_attribute("aria-pressed", "true")
    status = tab.locator("[data-shortlist-status]")
    expect(status).to_contain_text(NAMES[3])
    expect(status).to_contain_text("3")
    expect(
        tab.get_by_role("button", name=f"{words['keep']} {NAMES[1]}", exact=True)
    ).to_have_attribute("aria-pressed", "false")
    assert_accessible(tab)

    tab.get_by_role("link", name=f"{words['compare']} (3)").click()

    expect(tab).to_have_url(re.compile(r"/compare/\?place=Toronto&t=person-2,person-0,person-3$"))
    shown = shown_comparison(tab)
    for name in (NAMES[2], NAMES[0], NAMES[3]):
        assert name in shown
    assert NAMES[1] not in shown
    assert shown.index(NAMES[2]) < shown.index(NAMES[0]) < shown.index(NAMES[3])
    assert re.search(r"0[.,]0 km", shown)  # the office's distance from Toronto
    assert fits_the_screen(tab)
    assert_accessible(tab)

    for javascript in (True, False):
        assert (
            opened_elsewhere(
                chromium, live_server, tab.url, viewport=viewport, javascript=javascript
            )
            == shown
        )
    context.close()


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keep_three_and_compare_with_javascript_off(
    chromium, live_server, therapists, assert_accessible, language, viewport
):
    words = WORDS[language]
    context = chromium.new_context(
        base_url=live_server.url, viewport=viewport, java_script_enabled=False
    )
    context.set_default_timeout(10_000)
    tab = context.new_page()
    tab.goto(f"/{language}/therapists/?place=Toronto")
    for kept, name in enumerate((NAMES[1], NAMES[3], NAMES[0]), start=1):
        tab.get_by_role("link", name=f"{words['keep']} {name}", exact=True).click()
        expect(tab.get_by_role("heading", level=1)).to_have_text(
            "Compare therapists" if language == "en" else "Comparer des thérapeutes"
        )
        expect(tab.locator("table.compare thead th")).to_have_count(kept)
        if kept < 3:
            tab.get_by_role("link", name=words["back"]).click()
            # Back on the search, those kept already say so and lead to the comparison.
            expect(
                tab.get_by_role("link", name=re.compile(rf"\({re.escape(name)}\)$"))
            ).to_have_text(re.compile(words["kept"]))
            searched_with_two_kept = tab.url

    expect(tab).to_have_url(re.compile(r"/compare/\?place=Toronto&t=person-1,person-3,person-0$"))
    shown = shown_comparison(tab)
    assert shown.index(NAMES[1]) < shown.index(NAMES[3]) < shown.index(NAMES[0])
    assert fits_the_screen(tab)

    for javascript in (False, True):
        assert (
            opened_elsewhere(
                chromium, live_server, tab.url, viewport=viewport, javascript=javascript
            )
            == shown
        )
    # axe runs as a script: the same pages in a browser that runs scripts but not the shortlist's.
    checker = chromium.new_context(base_url=live_server.url, viewport=viewport)
    checker.route(re.compile(r"/js/shortlist[^/]*\.js$"), lambda route: route.abort())
    check = checker.new_page()
    for address in (searched_with_two_kept, tab.url):
        check.goto(address)
        expect(check.locator("a[data-keep], a[data-shortlist-remove]").first).to_be_attached()
        assert_accessible(check)
    checker.close()
    context.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_six_long_names_fit_a_320_pixel_screen(chromium, live_server, db, language):
    slugs = []
    for n in range(6):
        therapist = factories.TherapistFactory(
            display_name=f"Marie-Françoise Tremblay-Desrosiers {n}",
            slug=f"long-{n}",
            headline="Psychothérapie interpersonnelle et approches centrées sur la compassion",
        )
        factories.VerifiedCredentialFactory(
            therapist=therapist, designation="Psychothérapeute autorisé(e) (RP)"
        )
        slugs.append(therapist.slug)
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640})
    tab = context.new_page()

    tab.goto(f"/{language}/therapists/compare/?t={','.join(slugs)},gone")

    expect(tab.locator(".compare-cards > li")).to_have_count(6)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_a_seventh_is_refused_with_a_spoken_reason_and_results_swapped_in_stay_kept(
    page, db, assert_accessible
):
    for n in range(8):
        therapist = factories.TherapistFactory(display_name=f"Person {n}", slug=f"p-{n}")
        factories.VerifiedCredentialFactory(therapist=therapist)
    page.goto("/en/therapists/")
    for n in range(6):
        page.get_by_role("button", name=f"Keep Person {n}", exact=True).click()
    seventh = page.get_by_role("button", name="Keep Person 6", exact=True)

    seventh.click()

    expect(seventh).to_have_attribute("aria-pressed", "false")
    expect(page.locator("[data-shortlist-status]")).to_have_text(
        "Your shortlist holds 6 therapists at most: remove one to keep another."
    )
    expect(page.get_by_role("link", name="Compare (6)")).to_be_visible()

    # Un-keep one, then change a filter: htmx swaps the results in, still showing what is kept.
    page.get_by_role("button", name="Keep Person 2", exact=True).click()
    page.get_by_label("Accepting new clients").check()
    expect(page).to_have_url(re.compile(r"accepting=on"))
    expect(page.get_by_role("button", name="Keep Person 0", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.get_by_role("button", name="Keep Person 2", exact=True)).to_have_attribute(
        "aria-pressed", "false"
    )
    page.get_by_role("link", name="Compare (5)").click()
    expect(page).to_have_url(re.compile(r"accepting=on&t=p-0,p-1,p-3,p-4,p-5$"))
    assert_accessible(page)
