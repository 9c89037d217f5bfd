"""What search engines read on the pages meant to be found (home, profile, approach and place
pages, in both languages): the checks of Lighthouse's SEO audits, so a score of 100 stays. Each
page has a title, a description and its language, is not kept out of the index, names itself and
its translations with absolute addresses, and its links are crawlable with descriptive text."""

from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest

from modalities.models import Approach
from tests.therapists.public.demo_pages import (
    PLACE_PAGES,
    in_language,
    small_demo,  # noqa: F401 (a fixture)
)
from therapists.models import Therapist

pytestmark = pytest.mark.django_db

# Link texts that say nothing of where they lead (Lighthouse's "link-text" audit lists these).
VAGUE_LINK_TEXTS = {
    "click here", "click this", "go", "here", "information", "learn more", "more", "more info",
    "more information", "read more", "right here", "see more", "start", "this",
    "cliquez ici", "cliquez", "ici", "plus", "en savoir plus", "lire la suite", "suite", "ceci",
}  # fmt: skip


class PageHead(HTMLParser):
    """The parts of a page its SEO audits read: head tags and every link's address and text."""

    def __init__(self):
        super().__init__()
        self.lang, self.title, self.meta, self.links, self.anchors = "", "", {}, [], []
        self.in_title, self.anchor = False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        elif tag == "title":
            self.in_title = True
        elif tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a" and "href" in attrs:
            self.anchor = [attrs["href"], ""]

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag == "a" and self.anchor:
            self.anchors.append((self.anchor[0], " ".join(self.anchor[1].split())))
            self.anchor = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.anchor:
            self.anchor[1] += data


def page_paths(language: str) -> list[str]:
    therapist = Therapist.objects.listed().order_by("pk").first()
    approach = Approach.objects.order_by("slug").first()
    province, city = PLACE_PAGES[0]
    return [
        in_language(language, "therapists:home"),
        in_language(language, "therapists:detail", slug=therapist.slug),
        in_language(language, "modalities:detail", slug=approach.slug),
        in_language(language, "therapists:province", province=province),
        in_language(language, "therapists:city", province=province, city=city),
    ]


@pytest.mark.usefixtures("small_demo")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pages_meant_to_be_found_pass_the_seo_audits(client, language):
    for path in page_paths(language):
        response = client.get(path)
        assert response.status_code == 200, path
        page = PageHead()
        page.feed(response.text)

        assert page.lang == language and page.title.strip(), path
        assert page.meta.get("description", "").strip(), path
        assert "noindex" not in page.meta.get("robots", "") + response.get("X-Robots-Tag", "")
        alternates = {
            link["hreflang"]: link["href"] for link in page.links if link.get("rel") == "alternate"
        }
        assert set(alternates) == {"en", "fr", "x-default"}, path
        assert alternates[language] == f"http://testserver{path}"
        assert all(urlparse(href).scheme == "http" for href in alternates.values())
        for link in page.links:
            if link.get("rel") == "canonical":
                assert link["href"] == f"http://testserver{path}", path
        for href, text in page.anchors:
            assert href and not href.startswith("javascript:"), (path, href)
            assert text.lower() not in VAGUE_LINK_TEXTS, (path, href, text)
