"""The language a therapist's headline and about text are written in, and their translations:
asked by the editor, defaulting to the account's language."""

import re

import pytest
from django.urls import reverse

from tests import factories
from therapists.models import Therapist

pytestmark = pytest.mark.django_db

IDENTITY = reverse("therapists:editor", kwargs={"section": "identity"})


def element_language(page: str, tag: str, name: str) -> str:
    """The `lang` of the form's element of that name."""
    element = re.search(rf'<{tag}\b[^>]*\bname="{name}"[^>]*>', page).group(0)
    return re.search(r'\blang="([^"]*)"', element).group(1)


def identity_post(client, therapist, **fields):
    data = {"display_name": therapist.display_name, "headline": "", "bio": ""}
    return client.post(IDENTITY, data | fields)


def test_a_profile_started_from_a_french_account_is_written_in_french(client):
    user = factories.UserFactory(language="fr")
    client.force_login(user)

    client.post(reverse("therapists:start"), {"display_name": "Julie Roy"})

    assert Therapist.objects.get(owner=user).text_language == "fr"
    page = client.get(IDENTITY).text
    assert '<option value="fr" selected>' in page
    assert "The language you write your headline and about text in." in page
    assert element_language(page, "textarea", "bio") == "fr"
    assert element_language(page, "input", "headline_other") == "en"


def test_the_editor_saves_the_language_and_both_versions(owner_client, owner):
    response = identity_post(
        owner_client,
        owner,
        text_language="fr",
        headline="Un soutien doux",
        bio="Je travaille avec des adultes.",
        headline_other="Gentle support",
        bio_other="I work with adults.",
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.text_language, owner.headline, owner.headline_other) == (
        "fr",
        "Un soutien doux",
        "Gentle support",
    )
    assert owner.bio_other == "I work with adults."


@pytest.mark.parametrize("given", [{}, {"text_language": ""}])
def test_a_post_without_the_language_keeps_the_profiles(owner_client, owner, given):
    Therapist.objects.filter(pk=owner.pk).update(text_language="fr")

    assert identity_post(owner_client, owner, headline="Un soutien", **given).status_code == 302

    owner.refresh_from_db()
    assert (owner.text_language, owner.headline) == ("fr", "Un soutien")


@pytest.mark.parametrize("language", ["de", "english", "fr-ca"])
def test_an_unknown_language_is_refused_and_nothing_is_saved(owner_client, owner, language):
    response = identity_post(owner_client, owner, text_language=language, headline="Changed")

    assert response.status_code == 400
    owner.refresh_from_db()
    assert (owner.text_language, owner.headline) == ("en", "")


def test_the_translated_texts_have_the_limits_of_the_originals(owner_client, owner):
    response = identity_post(
        owner_client, owner, headline_other="Deux\nlignes", bio_other="mot " * 1600
    )

    assert response.status_code == 400
    assert "Write this on one line, without line breaks or tabs." in response.text
    assert "Ensure this value has at most 6000 characters (it has 6399)." in response.text
    owner.refresh_from_db()
    assert (owner.headline_other, owner.bio_other) == ("", "")
