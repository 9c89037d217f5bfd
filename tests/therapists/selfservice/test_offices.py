"""Offices in the editor: placed by postal code or town, explained when wrong, one per address,
and flagged where the therapist is not registered."""

import re

import pytest
from django.urls import reverse

from tests import factories
from therapists.selfservice.office_forms import OfficeForm

pytestmark = pytest.mark.django_db


def office_data(**overrides):
    return {
        "address_line1": "100 King Street West",
        "city_name": "Toronto",
        "province": "ON",
        "postal_code": "m5v2t6",
    } | overrides


def test_an_office_takes_its_point_from_the_postal_area(owner_client, owner):
    factories.CityFactory(name="Toronto", slug="toronto", latitude=43.7, longitude=-79.4)
    area = factories.PostalAreaFactory(code="M5V", latitude=43.6429, longitude=-79.3872)

    response = owner_client.post(
        reverse("therapists:office_add"), office_data(latitude="0", longitude="0")
    )

    assert response.status_code == 302
    office = owner.offices.get()
    assert (office.latitude, office.longitude) == (area.latitude, area.longitude)
    assert office.postal_code == "M5V 2T6"
    assert office.city.name == "Toronto"


def test_a_postal_code_typed_with_a_hyphen_is_understood(owner_client, owner):
    factories.CityFactory(name="Toronto", slug="toronto")
    factories.PostalAreaFactory(code="M5V")

    response = owner_client.post(
        reverse("therapists:office_add"), office_data(city_name="", postal_code="m5v-2t6")
    )

    assert response.status_code == 302
    assert owner.offices.get().postal_code == "M5V 2T6"


def test_an_office_city_can_come_from_the_postal_code_alone(owner_client, owner):
    factories.CityFactory(name="Toronto", slug="toronto")
    factories.PostalAreaFactory(code="M5V", name="Toronto")

    owner_client.post(reverse("therapists:office_add"), office_data(city_name="", province=""))

    assert owner.offices.get().city.name == "Toronto"


def test_a_typed_town_places_an_office_in_a_rural_postal_area(owner_client, owner):
    """X0A spans Nunavut's east: its centre is 750 km from Iqaluit."""
    factories.CityFactory(
        name="Iqaluit", slug="iqaluit", province="NU", latitude=63.75, longitude=-68.52
    )
    factories.PostalAreaFactory(code="X0A", province="NU", latitude=70.46, longitude=-68.48)

    owner_client.post(
        reverse("therapists:office_add"),
        office_data(city_name="Iqaluit", province="NU", postal_code="X0A 0H0"),
    )

    office = owner.offices.get()
    assert (office.city.name, office.latitude, office.longitude) == ("Iqaluit", 63.75, -68.52)


def test_a_rural_postal_code_alone_asks_for_the_town(owner_client, owner):
    factories.CityFactory(name="Clyde River", slug="clyde-river", province="NU")
    factories.PostalAreaFactory(code="X0A", province="NU", latitude=70.46, longitude=-68.48)

    response = owner_client.post(
        reverse("therapists:office_add"),
        office_data(city_name="", province="", postal_code="X0A 0H0"),
    )

    assert response.status_code == 400
    assert "This postal code covers a wide rural area: type the town of this office." in (
        response.text
    )
    assert not owner.offices.exists()


@pytest.mark.parametrize("code", ["ZZZ 999", "W1A 1AA"])
def test_a_code_that_is_not_canadian_gets_one_message_only(owner_client, owner, code):
    response = owner_client.post(
        reverse("therapists:office_add"), office_data(city_name="", province="", postal_code=code)
    )

    assert response.status_code == 400
    assert "Enter a Canadian postal code, e.g. M5V 2T6." in response.text
    assert "Type the city or town of this office." not in response.text
    assert not owner.offices.exists()


def test_an_office_in_a_city_without_a_known_postal_area_uses_the_city(owner_client, owner):
    city = factories.CityFactory(name="Sudbury", slug="sudbury", latitude=46.49, longitude=-80.99)

    owner_client.post(
        reverse("therapists:office_add"), office_data(city_name="sudbury", postal_code="P3A 1A1")
    )

    office = owner.offices.get()
    assert (office.city, office.latitude, office.longitude) == (city, 46.49, -80.99)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"city_name": "Atlantis"}, "We do not know a place called Atlantis"),
        ({"postal_code": "12345"}, "Enter a Canadian postal code"),
        ({"province": "QC"}, "This postal code is in Ontario, not in Quebec"),
        ({"address_line1": ""}, "This field is required"),
    ],
)
def test_bad_office_details_are_explained_and_nothing_saved(owner_client, owner, data, message):
    factories.CityFactory(name="Toronto", slug="toronto")
    factories.PostalAreaFactory(code="M5V")

    response = owner_client.post(reverse("therapists:office_add"), office_data(**data))

    assert response.status_code == 400
    assert message in response.text
    assert not owner.offices.exists()
    assert "King Street West" in response.text or data.get("address_line1") == ""


def test_the_same_address_twice_is_refused_and_an_office_keeps_its_own(owner_client, owner):
    """A form sent again (a replayed request, a second tab) does not make a second office."""
    factories.CityFactory(name="Toronto", slug="toronto")
    factories.PostalAreaFactory(code="M5V")
    first = owner_client.post(reverse("therapists:office_add"), office_data())

    again = owner_client.post(
        reverse("therapists:office_add"),
        office_data(address_line1="100 KING STREET WEST", postal_code="M5V 2T6"),
    )
    office = owner.offices.get()
    edited = owner_client.post(
        reverse("therapists:office_edit", kwargs={"pk": office.pk}),
        office_data(label="Downtown"),
    )

    assert (first.status_code, again.status_code, edited.status_code) == (302, 400, 302)
    assert "You already have an office at this address." in again.text
    assert owner.offices.get().label == "Downtown"


def test_an_address_saved_alongside_is_refused_by_the_database(owner_client, owner, monkeypatch):
    """Two requests both checked before either saved: the constraint refuses the second."""
    factories.CityFactory(name="Toronto", slug="toronto")
    factories.PostalAreaFactory(code="M5V")
    owner_client.post(reverse("therapists:office_add"), office_data())
    monkeypatch.setattr(OfficeForm, "address_taken", lambda form, cleaned: False)

    response = owner_client.post(reverse("therapists:office_add"), office_data())

    assert response.status_code == 400
    assert "You already have an office at this address." in response.text
    assert owner.offices.count() == 1


def test_offices_can_be_edited_and_removed(owner_client, owner):
    office = factories.OfficeFactory(therapist=owner)
    factories.CityFactory(name="Toronto", slug="toronto")

    owner_client.post(
        reverse("therapists:office_edit", kwargs={"pk": office.pk}),
        office_data(label="Downtown"),
    )
    office.refresh_from_db()
    assert office.label == "Downtown"

    owner_client.post(reverse("therapists:office_delete", kwargs={"pk": office.pk}))
    assert not owner.offices.exists()


def test_removing_an_office_asks_once_more_before_it_is_deleted(owner_client, owner):
    office = factories.OfficeFactory(therapist=owner, address_line1="616 Bank Street")

    page = owner_client.get(reverse("therapists:offices")).text

    step = re.search(r'<details class="confirm">(.*?)</details>', page, re.S).group(1)
    assert "<summary>Remove 616 Bank Street</summary>" in step
    assert f'action="{reverse("therapists:office_delete", kwargs={"pk": office.pk})}"' in step
    assert "Yes, remove this office" in step
    assert owner.offices.filter(pk=office.pk).exists()  # looking deletes nothing


def test_an_office_saved_where_the_therapist_is_registered_is_listed_and_others_are_flagged(
    owner_client, owner
):
    factories.VerifiedCredentialFactory(therapist=owner, jurisdiction="ON")
    factories.CityFactory(name="Toronto", slug="toronto", latitude=43.7, longitude=-79.4)
    factories.CityFactory(
        name="Gatineau", slug="gatineau", province="QC", latitude=45.48, longitude=-75.7
    )

    owner_client.post(reverse("therapists:office_add"), office_data())
    owner_client.post(
        reverse("therapists:office_add"),
        office_data(
            address_line1="25 rue Laurier",
            city_name="Gatineau",
            province="QC",
            postal_code="J8X 1A1",
        ),
    )

    toronto, gatineau = owner.offices.order_by("pk")
    assert toronto.is_registered and not gatineau.is_registered
    page = owner_client.get(reverse("therapists:offices")).text
    assert page.count("Not shown to clients") == 1
    assert "none of your verified credentials is for Quebec" in page
