"""Every page names its address in each language for search engines: absolute, itself included,
with the English page as x-default."""

import re

import pytest

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def alternates(response):
    """The page's hreflang links, as {hreflang: href}."""
    return dict(ALTERNATE.findall(response.text))


@pytest.mark.parametrize("path", ["/en/", "/fr/"])
def test_the_home_page_names_itself_and_each_language_with_absolute_addresses(client, path):
    links = alternates(client.get(path))

    assert links == {
        "en": "http://testserver/en/",
        "fr": "http://testserver/fr/",
        "x-default": "http://testserver/en/",
    }


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_link_for_the_current_language_is_the_page_itself(client, language):
    path = f"/{language}/therapists/?language=fr"
    links = alternates(client.get(path))

    assert links[language] == f"http://testserver{path}"


def test_the_language_switcher_still_links_to_the_other_language_by_path(client):
    body = client.get("/en/").text

    switcher = body[body.index('id="language-switcher"') :]
    assert '<a href="/fr/" hreflang="fr" lang="fr">' in switcher
    assert 'href="/en/" hreflang="en"' not in switcher
