"""Language of parts (WCAG 2.2, 3.1.2): on the demo's pages in either language, every headline and
about text a therapist wrote sits under a `lang` that names its own language: untagged on a page
of its language, tagged on a page of the other; a profile written in both shows each page its own.
"""

import math

import pytest

from tests.therapists.public.demo_pages import (
    PLACE_PAGES,
    in_language,
    small_demo,  # noqa: F401 (a fixture)
    text_languages,
)
from therapists.models import Therapist

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr")
PAGE_SIZE = 20


def paragraphs(text: str) -> list[str]:
    """A text as its page prints it: its paragraphs, whitespace collapsed."""
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def written_texts(therapists) -> dict[str, str]:
    """Every headline and about paragraph of these profiles -> the language it is written in."""
    texts = {}
    for therapist in therapists:
        versions = {
            therapist.text_language: (therapist.headline, therapist.bio),
            therapist.other_language: (therapist.headline_other, therapist.bio_other),
        }
        for language, (headline, bio) in versions.items():
            for text in [*paragraphs(headline), *paragraphs(bio)]:
                texts[text] = language
    return texts


def pages_of(client, language: str, listed: int, profiles) -> dict[str, str]:
    """The search's every page, the place pages and the profiles, in one language."""
    search = in_language(language, "therapists:list")
    paths = [f"{search}?page={n}" for n in range(1, math.ceil(listed / PAGE_SIZE) + 1)]
    paths += [in_language(language, "therapists:city", *place) for place in PLACE_PAGES]
    paths += [in_language(language, "therapists:detail", slug=p.slug) for p in profiles]
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        pages[path] = response.text
    return pages


def demo_profiles():
    """Listed demo profiles written in French only, in English only, and in both."""
    listed = Therapist.objects.listed()
    return [
        listed.filter(text_language="fr", bio_other="").first(),
        listed.filter(text_language="en", bio_other="").first(),
        listed.filter(text_language="fr").exclude(bio_other="").first(),
        listed.filter(text_language="en").exclude(bio_other="").first(),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_of_the_other_language_goes_untagged(client, small_demo, language):  # noqa: F811
    """And a profile written in both shows each page its own version."""
    listed = list(Therapist.objects.listed())
    profiles = demo_profiles()
    assert all(profiles), "the demo has profiles in French, in English and in both"
    written = written_texts(listed)

    pages = pages_of(client, language, len(listed), profiles)
    shown = [
        (path, text, lang)
        for path, html in pages.items()
        for text, lang in text_languages(html)
        if text in written
    ]

    mislabelled = [(path, text, lang) for path, text, lang in shown if lang != written[text]]
    assert mislabelled == []
    assert {path for path, _text, _lang in shown} == set(pages)  # every page shows some
    # Texts in the page's language, and texts of the other tagged as such.
    assert {lang for _path, _text, lang in shown} == set(LANGUAGES)
    for therapist in profiles[2:]:
        texts = dict(
            text_languages(pages[in_language(language, "therapists:detail", slug=therapist.slug)])
        )
        ours = therapist.text_language == language
        own, other = (
            (therapist.headline, therapist.headline_other)
            if ours
            else (therapist.headline_other, therapist.headline)
        )
        assert texts.get(own) == language
        assert other not in texts
        assert (paragraphs(therapist.bio)[0] in texts) == ours
        assert (paragraphs(therapist.bio_other)[0] in texts) != ours
