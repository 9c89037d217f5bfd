"""The approach and concern vocabularies, kept by staff in the admin, in both languages."""

import pytest
from django.urls import reverse

from modalities.models import Approach, Concern

pytestmark = pytest.mark.django_db

TEXTS = ["name", "summary", "what_it_is", "how_it_helps", "who_it_helps", "session_looks_like"]


def approach_data(*languages) -> dict:
    data = {"slug": "narrative-therapy", "family": "systemic"}
    for language in languages:
        data |= {f"{field}_{language}": f"{field} ({language})" for field in TEXTS}
    return data


def test_an_approach_needs_its_french_texts_or_french_pages_would_show_english(admin_client):
    add = reverse("admin:modalities_approach_add")

    english_only = admin_client.post(add, approach_data("en"))
    both = admin_client.post(add, approach_data("en", "fr"))

    assert english_only.status_code == 200  # the form again, with its errors
    errors = english_only.context["adminform"].form.errors
    assert set(errors) == {f"{field}_fr" for field in TEXTS}
    assert both.status_code == 302
    approach = Approach.objects.get()
    assert (approach.name_en, approach.name_fr) == ("name (en)", "name (fr)")


def test_a_concern_needs_its_french_name(admin_client):
    add = reverse("admin:modalities_concern_add")

    english_only = admin_client.post(add, {"slug": "loneliness", "name_en": "Loneliness"})

    assert set(english_only.context["adminform"].form.errors) == {"name_fr"}
    assert not Concern.objects.exists()
