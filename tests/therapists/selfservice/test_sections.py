"""The profile editor's sections: a profile started by its name, then each section checked and
saved."""

import pytest
from django.urls import reverse

from tests import factories
from therapists.models import Therapist

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


@pytest.mark.parametrize(
    "path",
    ["/fr/account/", "/fr/account/profile/identity/", "/fr/account/inbox/", "/fr/account/video/"],
)
def test_own_pages_work_in_french(owner_client, path):
    response = owner_client.get(path)

    assert response.status_code == 200
    assert '<html lang="fr">' in response.text


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
