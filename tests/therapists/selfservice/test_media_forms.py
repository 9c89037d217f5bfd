"""The intro video's language selects: the blank choice first, with a label saying what it means,
then the languages in the reader's alphabetical order."""

import pytest
from django.utils import translation

from tests import factories
from therapists.selfservice.forms import alphabetical_choices
from therapists.selfservice.media_forms import CaptionsForm, VideoForm

pytestmark = pytest.mark.django_db


@pytest.fixture
def languages(db):
    for code, name in [("zh", "chinese"), ("es", "Spanish"), ("ar", "Arabic"), ("el", "Éwé")]:
        factories.LanguageFactory(code=code, name=name)


def labels(form) -> list[str]:
    return [str(label) for _value, label in form.fields["language"].choices]


@pytest.mark.parametrize(
    ("form_class", "empty_label"),
    [(VideoForm, "Your account's language"), (CaptionsForm, "The video's language")],
)
def test_the_blank_choice_comes_first_then_the_languages_alphabetically(
    languages, form_class, empty_label
):
    assert labels(form_class()) == [empty_label, "Arabic", "chinese", "Éwé", "Spanish"]


def test_the_blank_choice_is_first_even_where_it_sorts_last():
    choices = [("b", "Bengali"), ("", "Zulu would sort here"), ("a", "arabic")]
    assert alphabetical_choices(choices) == [
        ("", "Zulu would sort here"),
        ("a", "arabic"),
        ("b", "Bengali"),
    ]


def test_the_blank_choice_keeps_its_label_in_french(languages):
    with translation.override("fr"):
        assert labels(CaptionsForm())[0] == "La langue de la vidéo"
