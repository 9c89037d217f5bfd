"""The search page (results, filters, facet counts), a place page and profiles, in English and
French, are valid HTML to the Nu HTML Checker: no error at all."""

import pytest

from tests.nu_html import nu_errors
from tests.therapists.public.demo_pages import in_language, small_demo  # noqa: F401 (a fixture)
from therapists.models import Office, Therapist

pytestmark = pytest.mark.django_db


def test_the_search_places_and_profiles_have_no_html_errors(client, small_demo, tmp_path):  # noqa: F811
    office = Office.objects.filter(city__slug="toronto", therapist__in=Therapist.objects.listed())
    therapist = office.select_related("therapist").first().therapist
    approach = therapist.approaches.first()
    bilingual = Therapist.objects.listed().exclude(bio_other="").first()
    documents = {}
    for language in ("en", "fr"):
        search = in_language(language, "therapists:list")
        for name, params in {
            "search": {},
            "search by place and approach": {
                "place": "Toronto",
                "radius": "25",
                "approach": approach.slug,
                "sort": "nearest",
            },
            "search by words": {"q": therapist.display_name.split()[0]},
        }.items():
            response = client.get(search, params)
            assert response.status_code == 200
            assert '<li class="card">' in response.text, name  # with results
            documents[f"{language} {name}"] = response.text
        place = client.get(in_language(language, "therapists:city", "ontario", "toronto"))
        assert '<li class="card">' in place.text
        documents[f"{language} place page"] = place.text
        for profile in (therapist, bilingual):
            response = client.get(in_language(language, "therapists:detail", slug=profile.slug))
            assert response.status_code == 200
            documents[f"{language} profile {profile.slug}"] = response.text

    assert nu_errors(documents, tmp_path) == []
