"""office_save: an office and the listing it changes, saved together or not at all."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories
from therapists.models import Office
from therapists.selfservice.profile import office_save

pytestmark = pytest.mark.django_db


def office_for(therapist, city, **fields):
    return Office(
        therapist=therapist,
        address_line1=fields.pop("address_line1", "100 King Street West"),
        city=city,
        postal_code="M5V 2T6",
        latitude=city.latitude,
        longitude=city.longitude,
        **fields,
    )


def test_an_office_is_registered_where_its_therapist_is_verified(owner):
    credential = factories.VerifiedCredentialFactory(therapist=owner, jurisdiction="ON")
    toronto = factories.CityFactory(name="Toronto")
    gatineau = factories.CityFactory(name="Gatineau", province="QC")

    in_ontario = office_save(office=office_for(owner, toronto))
    in_quebec = office_save(office=office_for(owner, gatineau, address_line1="25 rue Laurier"))

    in_ontario.refresh_from_db()
    in_quebec.refresh_from_db()
    assert in_ontario.registered_until == credential.expires_on
    assert in_quebec.registered_until is None


def test_an_office_moved_to_another_province_is_registered_there(owner):
    factories.VerifiedCredentialFactory(therapist=owner, jurisdiction="ON")
    office = office_save(office=office_for(owner, factories.CityFactory(province="ON")))

    office.city = factories.CityFactory(province="QC")
    office_save(office=office)

    office.refresh_from_db()
    assert office.registered_until is None


def test_the_same_address_twice_is_refused_in_plain_words(owner):
    toronto = factories.CityFactory(name="Toronto")
    office_save(office=office_for(owner, toronto))

    with pytest.raises(ValidationError) as refused:
        office_save(office=office_for(owner, toronto, address_line1="100 KING STREET WEST"))

    assert refused.value.messages == ["You already have an office at this address."]
    assert owner.offices.count() == 1
