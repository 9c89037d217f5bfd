"""Which version of a therapist's text a page shows, and when it marks the text's language."""

from django.utils import translation

from therapists.models.written import written_for_page


def test_a_page_shows_its_own_version_untagged():
    with translation.override("fr"):
        shown = written_for_page({"en": "Gentle support", "fr": "Un soutien doux"})

    assert (shown.text, shown.language, shown.lang_attribute) == ("Un soutien doux", "fr", "")


def test_a_page_without_its_own_version_shows_the_other_tagged():
    with translation.override("fr-ca"):
        shown = written_for_page({"en": "Gentle support", "fr": "  "})

    assert (str(shown), shown.language) == ("Gentle support", "en")
    assert shown.lang_attribute == ' lang="en"'


def test_no_text_at_all_shows_nothing():
    with translation.override("en"):
        shown = written_for_page({"fr": "", "en": ""})

    assert not shown
    assert shown.lang_attribute == ""
