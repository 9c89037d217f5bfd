"""A small demo directory (the seed command's own plans) and the reading of its pages."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from directory.models import City
from modalities.reference import modalities_load
from therapists.demo.seed import demo_seed
from therapists.reference import therapist_vocabulary_load

DEMO_CITIES = [
    ("ON", "Toronto", "toronto", 43.70, -79.42),
    ("QC", "Montréal", "montreal", 45.51, -73.59),
    ("BC", "Vancouver", "vancouver", 49.25, -123.12),
    ("AB", "Calgary", "calgary", 51.05, -114.09),
    ("NS", "Halifax", "halifax", 44.65, -63.57),
]
PLACE_PAGES = [("ontario", "toronto"), ("quebec", "montreal")]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}


@pytest.fixture
def small_demo(db):
    """Sixty demo therapists over five cities, with the reference vocabularies."""
    modalities_load()
    therapist_vocabulary_load()
    for province, name, slug, latitude, longitude in DEMO_CITIES:
        City.objects.create(
            name=name,
            slug=slug,
            province=province,
            latitude=latitude,
            longitude=longitude,
            population=500_000,
        )
    demo_seed(count=60, seed=7)


def in_language(language: str, name: str, *args, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, args=args, kwargs=kwargs)


class TextLanguages(HTMLParser):
    """Each text of a page, whitespace collapsed, with the language its nearest `lang` gives."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            language = next((lang for _tag, lang in reversed(self.open) if lang), "")
            self.texts.append((text, language))


def text_languages(html: str) -> list[tuple[str, str]]:
    parser = TextLanguages()
    parser.feed(html)
    parser.close()
    return parser.texts
