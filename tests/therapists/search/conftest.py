"""Fixtures for the search tests: cities at known distances, and approaches, one related."""

import pytest

from tests import factories
from tests.therapists.search.searching import HAMILTON, MISSISSAUGA, MONTREAL, OTTAWA, TORONTO


@pytest.fixture
def cities():
    def city(name, province, point, population):
        return factories.CityFactory(
            name=name,
            slug=name.lower(),
            province=province,
            latitude=point[0],
            longitude=point[1],
            population=population,
        )

    return {
        "toronto": city("Toronto", "ON", TORONTO, 2_600_000),
        "mississauga": city("Mississauga", "ON", MISSISSAUGA, 700_000),
        "hamilton": city("Hamilton", "ON", HAMILTON, 500_000),
        "ottawa": city("Ottawa", "ON", OTTAWA, 800_000),
        "montreal": city("Montréal", "QC", MONTREAL, 1_700_000),
        "london_on": city("London", "ON", (42.98339, -81.23304), 350_000),
        "london_nb": city("London", "NB", (46.0, -66.0), 1_000),
    }


@pytest.fixture
def approaches():
    compassion = factories.ApproachFactory(slug="compassion-based", name="Compassion-based")
    cft = factories.ApproachFactory(slug="cft", name="Compassion-Focused Therapy")
    cbt = factories.ApproachFactory(slug="cbt", name="Cognitive behavioural therapy")
    compassion.related.add(cft)
    return {"compassion": compassion, "cft": cft, "cbt": cbt}
