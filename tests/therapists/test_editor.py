"""The profile editor: sections, offices, publishing, preview."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from directory.models import User
from tests import factories
from therapists.models import Therapist
from therapists.selfservice.forms import OfficeForm

pytestmark = pytest.mark.django_db


def test_a_new_account_starts_a_profile_by_giving_its_name(client):
    user = factories.UserFactory()
    client.force_login(user)

    assert client.get(reverse("therapists:dashboard")).url == reverse("therapists:start")
    response = client.post(reverse("therapists:start"), {"display_name": "Ana Silva, RP"})

    assert response.url == reverse("therapists:dashboard")
    therapist = Therapist.objects.get(owner=user)
    assert (therapist.slug, therapist.is_published) == ("ana-silva-rp", False)
    assert client.get(reverse("therapists:start")).url == reverse("therapists:dashboard")


def test_identity_section_saves_and_refreshes_search(owner_client, owner):
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "identity"}),
        {"display_name": "Ana Silva", "headline": "Gentle help", "bio": "Thérapie douce."},
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.bio == "Thérapie douce."
    assert Therapist.objects.filter(pk=owner.pk, search_vector__isnull=False).exists()


def test_save_and_next_goes_to_the_following_section(owner_client):
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "identity"}),
        {"display_name": "Ana Silva", "save_next": "1"},
    )

    assert response.url == reverse("therapists:editor", kwargs={"section": "practice"})


def test_an_unknown_section_is_a_404(owner_client):
    response = owner_client.get(reverse("therapists:editor", kwargs={"section": "nope"}))

    assert response.status_code == 404


def test_at_most_twelve_concerns(owner_client, owner):
    concerns = [factories.ConcernFactory() for _ in range(13)]
    approach = factories.ApproachFactory()

    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "approaches"}),
        {"approaches": [approach.pk], "concerns": [c.pk for c in concerns]},
    )

    assert response.status_code == 400
    assert "choose at most 12" in response.text
    assert not owner.concerns.exists() and not owner.approaches.exists()
    assert f'value="{approach.pk}" id="id_approaches_0" checked' in response.text


def test_twelve_concerns_are_kept(owner_client, owner):
    concerns = [factories.ConcernFactory() for _ in range(12)]

    owner_client.post(
        reverse("therapists:editor", kwargs={"section": "approaches"}),
        {"concerns": [c.pk for c in concerns]},
    )

    assert owner.concerns.count() == 12


@pytest.mark.parametrize(
    ("fee", "floor", "message"),
    [
        ("", "80", "Give your usual fee as well"),
        ("100", "120", "cannot be above your fee"),
        ("-5", "", "greater than or equal to 0"),
        ("abc", "", "Enter a whole number"),
    ],
)
def test_fees_are_checked(owner_client, owner, fee, floor, message):
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "fees"}),
        {"fee": fee, "fee_floor": floor, "session_minutes": "50"},
    )

    assert response.status_code == 400
    assert message in response.text
    owner.refresh_from_db()
    assert owner.fee is None


def test_fees_and_direct_billing_save(owner_client, owner):
    insurer = factories.InsurerFactory()

    owner_client.post(
        reverse("therapists:editor", kwargs={"section": "fees"}),
        {"fee": "140", "fee_floor": "90", "session_minutes": "50", "direct_billing": [insurer.pk]},
    )

    owner.refresh_from_db()
    assert (owner.fee, owner.fee_floor, list(owner.direct_billing.all())) == (140, 90, [insurer])


def test_a_session_is_at_least_fifteen_minutes(owner_client, owner):
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "fees"}),
        {"fee": "120", "session_minutes": "0"},
    )

    assert response.status_code == 400
    assert "greater than or equal to 15" in response.text
    owner.refresh_from_db()
    assert (owner.fee, owner.session_minutes) == (None, 50)


@pytest.mark.parametrize(
    ("phone", "kept"),
    [
        ("call me maybe", None),
        ("12", None),
        ("416-555-0123 sexpot", None),  # letters of "ext" and "poste", but no extension
        ("(416) 555-0123 ext. 4", "(416) 555-0123 ext. 4"),
        ("514 555-0199 poste 22", "514 555-0199 poste 22"),
    ],
)
def test_the_public_phone_is_a_phone_number(owner_client, owner, phone, kept):
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "practice"}),
        {"contact_preference": owner.contact_preference, "public_phone": phone},
    )

    owner.refresh_from_db()
    if kept is None:
        assert response.status_code == 400
        assert "Enter a phone number, e.g. 416-555-0123." in response.text
        assert owner.public_phone == ""
    else:
        assert response.status_code == 302
        assert owner.public_phone == kept


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


def complete(therapist):
    therapist.bio = "I work with adults."
    therapist.fee = 120
    therapist.offers_online = True
    therapist.photo = "photos/x.jpg"
    therapist.save()
    therapist.approaches.add(factories.ApproachFactory())
    factories.CredentialFactory(therapist=therapist)


def test_publishing_is_refused_while_steps_are_missing(owner_client, owner):
    response = owner_client.post(reverse("therapists:publish"), {"action": "publish"})

    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    owner.refresh_from_db()
    assert not owner.is_published
    assert "Before publishing: Add a photo." in response.text
    assert "Before publishing: Give your fee." in response.text


def test_publishing_a_complete_profile_waits_for_verification(owner_client, owner):
    complete(owner)

    response = owner_client.post(reverse("therapists:publish"), {"action": "publish"}, follow=True)

    owner.refresh_from_db()
    assert owner.is_published
    assert "Published, pending verification" in response.text
    assert not Therapist.objects.listed().filter(pk=owner.pk).exists()


def test_publishing_needs_a_confirmed_email(owner_client, owner):
    complete(owner)
    User.objects.filter(pk=owner.owner_id).update(email_confirmed_at=None)

    response = owner_client.post(reverse("therapists:publish"), {"action": "publish"}, follow=True)

    owner.refresh_from_db()
    assert not owner.is_published
    assert "Confirm your email address" in response.text


def test_pausing_hides_a_listed_profile(owner_client, owner):
    factories.VerifiedCredentialFactory(therapist=owner)
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)

    owner_client.post(reverse("therapists:publish"), {"action": "pause"})

    assert not Therapist.objects.listed().filter(pk=owner.pk).exists()


def test_preview_shows_the_unlisted_profile_to_its_owner(owner_client, owner):
    response = owner_client.get(reverse("therapists:preview"), follow=True)

    assert response.redirect_chain == [(owner.get_absolute_url(), 302)]
    assert "Preview: this is your profile as the public sees it." in response.text
    assert owner.display_name in response.text
    assert Client().get(owner.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/fr/account/", "/fr/account/profile/identity/", "/fr/account/inbox/", "/fr/account/video/"],
)
def test_own_pages_work_in_french(owner_client, path):
    response = owner_client.get(path)

    assert response.status_code == 200
    assert '<html lang="fr">' in response.text


def published(therapist, **fields):
    complete(therapist)
    Therapist.objects.filter(pk=therapist.pk).update(is_published=True, **fields)
    therapist.refresh_from_db()
    return therapist


FEES = reverse("therapists:editor", kwargs={"section": "fees"})


def test_a_published_profile_cannot_lose_its_fee(owner_client, owner):
    published(owner)

    response = owner_client.post(FEES, {"fee": "", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 400
    assert "Your profile is published, so it needs this: Give your fee." in response.text
    owner.refresh_from_db()
    assert owner.fee == 120


def test_a_paused_profile_can_lose_its_fee(owner_client, owner):
    complete(owner)

    response = owner_client.post(FEES, {"fee": "", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.fee is None


def test_what_was_already_missing_does_not_block_other_edits(owner_client, owner):
    published(owner, photo="")

    response = owner_client.post(FEES, {"fee": "90", "fee_floor": "", "session_minutes": "50"})

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.fee == 90


def test_the_last_office_of_a_published_in_person_profile_stays(owner_client, owner):
    published(owner, offers_online=False)
    office = factories.OfficeFactory(therapist=owner)

    response = owner_client.post(reverse("therapists:office_delete", kwargs={"pk": office.pk}))

    assert response.status_code == 400
    assert "Add an office, or offer online sessions" in response.text
    assert owner.offices.filter(pk=office.pk).exists()


def test_the_photo_of_a_published_profile_stays(owner_client, owner):
    published(owner)

    response = owner_client.post(reverse("therapists:photo"), {"remove": "1"})

    assert response.status_code == 400
    assert "needs this: Add a photo." in response.text
    owner.refresh_from_db()
    assert owner.photo.name == "photos/x.jpg"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("display_name", "Dana Lee\nBcc: someone@example.com"),
        ("pronouns", "she/her\r\nX-Extra: 1"),
        ("headline", "Gentle\tsupport"),
    ],
)
def test_one_line_texts_refuse_line_breaks(owner_client, owner, field, value):
    data = {
        "display_name": owner.display_name,
        "pronouns": owner.pronouns,
        "headline": owner.headline,
        "bio": owner.bio,
    }
    response = owner_client.post(
        reverse("therapists:editor", kwargs={"section": "identity"}), data | {field: value}
    )

    assert response.status_code == 400
    assert "Write this on one line, without line breaks or tabs." in response.text
    owner.refresh_from_db()
    assert getattr(owner, field) == data[field]


def test_the_bio_has_a_length_limit_that_the_form_names(owner_client, owner):
    url = reverse("therapists:editor", kwargs={"section": "identity"})
    data = {"display_name": owner.display_name, "bio": "word " * 1300}

    response = owner_client.post(url, data)

    assert response.status_code == 400
    assert "in up to 6,000 characters" in response.text
    assert "Ensure this value has at most 6000 characters (it has 6499)." in response.text
    owner.refresh_from_db()
    assert owner.bio != data["bio"]
    assert owner_client.post(url, data | {"bio": "word " * 1000}).status_code == 302


FRENCH_ORDER = [
    ("ADHD", "TDAH"),
    ("Anxiety", "Anxiété"),
    ("Burnout", "Épuisement"),
    ("Grief", "Deuil"),
]


def test_the_french_editor_lists_concerns_in_french_alphabetical_order(owner_client):
    for english, french in FRENCH_ORDER:
        factories.ConcernFactory(name_en=english, name_fr=french)

    page = owner_client.get("/fr/account/profile/approaches/").text

    positions = [
        page.index(f">{french}</label>") for french in ("Anxiété", "Deuil", "Épuisement", "TDAH")
    ]
    assert positions == sorted(positions)


def test_the_profile_lists_concerns_in_the_readers_alphabetical_order(client, listed_therapist):
    for english, french in FRENCH_ORDER:
        listed_therapist.concerns.add(factories.ConcernFactory(name_en=english, name_fr=french))

    page = client.get(listed_therapist.get_absolute_url().replace("/en/", "/fr/", 1)).text

    assert "Anxiété, Deuil, Épuisement, TDAH" in page


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
