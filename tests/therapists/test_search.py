"""The client search: each filter alone and combined, with whom it must include and exclude."""

import datetime
import random

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from directory.geo import Place, place_resolve
from tests import factories
from tests.admin_forms import admin_form_data
from tests.places import destination, haversine_km
from therapists.models import CredentialStatus, ModerationStatus, Therapist
from therapists.search.filters import TherapistFilter
from therapists.search.nearest import SMALLER_CIRCLES
from therapists.search.text import (
    plain_text_search,
    search_texts_refresh,
    search_vectors_refresh,
    words_apart,
)
from therapists.selfservice.profile import therapist_pause
from therapists.verification.credentials import credential_approve

pytestmark = pytest.mark.django_db

TORONTO = (43.70011, -79.4163)
MISSISSAUGA = (43.5789, -79.6583)
HAMILTON = (43.25011, -79.84963)
OTTAWA = (45.41117, -75.69812)
MONTREAL = (45.50884, -73.58781)


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


def therapist(name="Sam Therapist", *, province="ON", office_in=None, **fields):
    """A listed therapist (verified credential in the province), with an office if given."""
    person = factories.TherapistFactory(display_name=name, **fields)
    factories.VerifiedCredentialFactory(therapist=person, jurisdiction=province)
    if office_in is not None:
        factories.OfficeFactory(therapist=person, city=office_in)
    search_vectors_refresh([person.pk])
    return person


def link(person, **many):
    for field, values in many.items():
        getattr(person, field).add(*values)
    search_vectors_refresh([person.pk])
    return person


def search(client, **params):
    cache.clear()  # these tests look at the search itself, not at cached pages
    response = client.get(reverse("therapists:list"), params)
    assert response.status_code == 200
    return response


def names(response):
    return {t.display_name for t in response.context["therapists"]}


# Place -------------------------------------------------------------------------------------


def test_a_city_finds_therapists_within_the_radius(client, cities):
    therapist("Downtown", office_in=cities["toronto"])
    therapist("Nearby", office_in=cities["mississauga"])  # ~22 km
    therapist("Farther", office_in=cities["hamilton"])  # ~58 km
    therapist("Capital", office_in=cities["ottawa"])

    assert names(search(client, place="Toronto")) == {"Downtown", "Nearby"}
    assert names(search(client, place="Toronto", radius=10)) == {"Downtown"}
    assert names(search(client, place="toronto", radius=100)) == {"Downtown", "Nearby", "Farther"}


def test_cards_show_the_distance_to_the_nearest_office(client, cities):
    person = therapist("Two offices", office_in=cities["hamilton"])
    factories.OfficeFactory(therapist=person, city=cities["mississauga"])
    [card] = search(client, place="Toronto", radius=50).context["therapists"]
    expected = haversine_km(Place("t", "ON", *TORONTO), Place("m", "ON", *MISSISSAUGA))
    assert card.distance == pytest.approx(expected, abs=0.5)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [(TORONTO, MONTREAL, 504), (TORONTO, OTTAWA, 352), (OTTAWA, MONTREAL, 166)],
)
def test_distances_match_known_city_pairs(a, b, km):
    assert haversine_km(Place("a", "", *a), Place("b", "", *b)) == pytest.approx(km, rel=0.02)


def test_nearest_is_the_default_order_with_a_place(client, cities):
    therapist("Far", office_in=cities["hamilton"])
    therapist("Near", office_in=cities["toronto"])
    therapist("Middle", office_in=cities["mississauga"])
    page = search(client, place="Toronto", radius=100).context["therapists"]
    assert [t.display_name for t in page] == ["Near", "Middle", "Far"]


def test_a_place_typed_into_a_search_in_the_suggested_order_sorts_nearest_first(client, cities):
    """The form sends its sort choice with every search: the suggested one is empty."""
    therapist("Far", office_in=cities["hamilton"])
    therapist("Near", office_in=cities["toronto"])

    cache.clear()
    suggested = client.get(
        reverse("therapists:list"), {"place": "Toronto", "radius": 100, "sort": ""}, follow=True
    )
    chosen = search(client, place="Toronto", radius=100, sort="fee")

    assert [t.display_name for t in suggested.context["therapists"]] == ["Near", "Far"]
    html = suggested.content.decode()
    assert '<option value="" selected>Suggested: Nearest</option>' in html
    assert '<option value="fee" selected>' in chosen.content.decode()
    assert '<option value="" selected>' not in chosen.content.decode()


def therapist_at(name, km, city, *, bearing=0, **fields):
    """A listed therapist whose one office lies km from the city along the compass bearing."""
    person = therapist(name, **fields)
    point = destination(Place("", "", city.latitude, city.longitude), km, bearing)
    factories.OfficeFactory(
        therapist=person, city=city, latitude=point.latitude, longitude=point.longitude
    )
    return person


def test_nearest_first_pages_match_the_full_order_wherever_they_are_read(client, cities):
    """Pages come from the smallest circle that fills them; they must be the same pages as a
    plain sort of everyone within the radius, filters and listing rules included."""
    rng = random.Random(7)
    toronto = cities["toronto"]
    french = factories.LanguageFactory(code="fr", name="French")
    expected = []
    for n in range(70):
        km = round(rng.choice([rng.uniform(0, 0.3), rng.uniform(0.3, 6), rng.uniform(6, 30)]), 3)
        person = therapist_at(f"P{n:02d}", km, toronto)
        if n % 5:
            link(person, languages=[french])
            if km <= 25:
                expected.append((km, person.pk, person.display_name))
    unlisted = therapist_at("Unlisted nearby", 0.01, toronto, is_published=False)
    link(unlisted, languages=[french])
    ordered = [name for _km, _pk, name in sorted(expected)]

    shown = []
    for page in (1, 2, 3):
        response = search(client, place="Toronto", radius=25, language="fr", page=page)
        shown += [t.display_name for t in response.context["therapists"]]
        distances = [t.distance for t in response.context["therapists"]]
        assert distances == sorted(distances)
    assert shown == ordered


def test_offices_at_the_edge_of_a_small_circle_are_in_it_whatever_their_bearing(client, cities):
    """A page from a small circle must hold everyone within it, up to its edge on every side:
    here the first page comes from the 25/64 km circle, and its last place is due north, east,
    south or west at the circle's very edge."""
    toronto, edge = cities["toronto"], 25 / 64
    for n in range(19):
        therapist_at(f"Near {n:02d}", 0.01 * (n + 1), toronto)
    for bearing in (0, 90, 180, 270):
        therapist_at(f"Edge {bearing:03d}", edge * 0.9995, toronto, bearing=bearing)
    for bearing in (45, 135, 225, 315):
        therapist_at(f"Edge {bearing:03d}", edge * 0.9999, toronto, bearing=bearing)
    therapist_at("Beyond", 5, toronto)
    shown = []
    for page in (1, 2):
        shown += names_in_order(search(client, place="Toronto", radius=25, page=page))
    assert shown[:19] == [f"Near {n:02d}" for n in range(19)]
    assert sorted(shown[19:23]) == ["Edge 000", "Edge 090", "Edge 180", "Edge 270"]
    assert sorted(shown[23:27]) == ["Edge 045", "Edge 135", "Edge 225", "Edge 315"]
    assert shown[27:] == ["Beyond"]


def names_in_order(response) -> list[str]:
    return [t.display_name for t in response.context["therapists"]]


def test_a_dense_first_page_is_read_from_a_small_circle(cities, monkeypatch):
    toronto = cities["toronto"]
    for n in range(25):
        therapist_at(f"Close {n}", n * 0.01, toronto)
    therapist_at("Farther", 10, toronto)
    filterset = TherapistFilter(
        QueryDict("place=Toronto&radius=25"), queryset=Therapist.objects.listed()
    )
    asked = []
    within = filterset.nearest_within
    monkeypatch.setattr(filterset, "nearest_within", lambda km: asked.append(km) or within(km))

    results = filterset.results(count=26)  # as the view passes the total it has counted
    first = results[0:20]
    assert [t.display_name for t in first] == [f"Close {n}" for n in range(20)]
    circles, details = asked[:-1], asked[-1]
    assert circles == [25 / 64]
    assert details == pytest.approx(0.19)  # the details come from the page's own circle
    asked.clear()
    last = results[20:40]  # a page that cannot be full is read from the radius itself
    assert [t.display_name for t in last] == [*(f"Close {n}" for n in range(20, 25)), "Farther"]
    assert asked[:-1] == [25]
    assert asked[-1] == pytest.approx(10)


def test_postal_codes_resolve_whole_or_by_their_first_three_characters(client, cities):
    factories.PostalAreaFactory(code="M5V", latitude=43.6429, longitude=-79.3872)
    therapist("Downtown", office_in=cities["toronto"])
    therapist("Capital", office_in=cities["ottawa"])
    for typed in ("M5V 2T6", "m5v2t6", "M5V-2T6", "m5v"):
        assert names(search(client, place=typed)) == {"Downtown"}


def test_places_resolve_without_accents_and_with_a_province(cities):
    assert place_resolve("montreal").name == "Montréal"
    assert place_resolve("London").province == "ON"  # the larger one
    assert place_resolve("London", "NB").province == "NB"
    assert place_resolve("London, NB").province == "NB"
    assert place_resolve("Atlantis") is None


def test_an_unknown_place_is_reported_and_the_rest_of_the_search_applies(client, cities):
    therapist("Low fee", fee=80, office_in=cities["toronto"])
    therapist("High fee", fee=200, office_in=cities["toronto"])
    response = search(client, place="Atlantis", fee_max=100)
    assert names(response) == {"Low fee"}
    assert "We could not find “Atlantis”" in response.content.decode()


# Online ------------------------------------------------------------------------------------


def test_online_in_a_province_needs_a_valid_credential_there(client, cities):
    therapist("Ontario online", province="ON", offers_online=True)
    therapist("Quebec online", province="QC", offers_online=True, offers_in_person=False)
    therapist("Quebec in person only", province="QC", offers_online=False)
    lapsed = therapist("Lapsed in Quebec", province="ON", offers_online=True)
    factories.VerifiedCredentialFactory(
        therapist=lapsed, jurisdiction="QC", expires_on=timezone.localdate() - datetime.timedelta(1)
    )
    pending = therapist("Pending in Quebec", province="ON", offers_online=True)
    factories.CredentialFactory(therapist=pending, jurisdiction="QC")

    assert names(search(client, online="QC")) == {"Quebec online"}
    assert names(search(client, online="ON")) == {
        "Ontario online",
        "Lapsed in Quebec",
        "Pending in Quebec",
    }


def test_a_province_alone_finds_who_sees_people_from_it_in_person_or_online(client, cities):
    therapist("Montreal office", province="QC", office_in=cities["montreal"])
    therapist("Online for Quebec", province="QC", offers_online=True, offers_in_person=False)
    therapist("Toronto office", province="ON", office_in=cities["toronto"])
    therapist("Ontario online only", province="ON", offers_online=True)

    assert names(search(client, province="QC")) == {"Montreal office", "Online for Quebec"}
    near = search(client, province="ON", place="London")  # with a place, it places the place
    assert near.context["place"].province == "ON"


def test_a_postal_code_in_another_province_than_the_one_chosen_says_so(client, cities):
    factories.PostalAreaFactory(code="M5V", latitude=43.6429, longitude=-79.3872)
    therapist("Downtown", office_in=cities["toronto"])

    response = search(client, place="M5V", province="QC")

    assert names(response) == {"Downtown"}
    assert "M5V is in Ontario, not in Quebec: the search is around it." in response.text


def test_a_place_not_found_in_the_chosen_province_names_the_province(client, cities):
    response = search(client, place="Hamilton", province="QC")

    assert "We could not find “Hamilton” in Quebec." in response.text


# Approach ----------------------------------------------------------------------------------


@pytest.fixture
def approaches():
    compassion = factories.ApproachFactory(slug="compassion-based", name="Compassion-based")
    cft = factories.ApproachFactory(slug="cft", name="Compassion-Focused Therapy")
    cbt = factories.ApproachFactory(slug="cbt", name="Cognitive behavioural therapy")
    compassion.related.add(cft)
    return {"compassion": compassion, "cft": cft, "cbt": cbt}


def test_an_approach_finds_its_therapists_and_related_widens(client, approaches):
    link(therapist("Compassion"), approaches=[approaches["compassion"]])
    link(therapist("CFT"), approaches=[approaches["cft"]])
    link(therapist("CBT"), approaches=[approaches["cbt"]])

    assert names(search(client, approach="compassion-based")) == {"Compassion"}
    assert names(search(client, approach="compassion-based", related="on")) == {
        "Compassion",
        "CFT",
    }
    assert names(search(client, approach=["cft", "cbt"])) == {"CFT", "CBT"}


def test_an_unknown_approach_is_reported_not_a_500(client, approaches):
    link(therapist("CBT"), approaches=[approaches["cbt"]])
    response = search(client, approach="no-such-approach")
    assert "Approach:" in response.content.decode()
    assert names(response) == {"CBT"}


# Other filters -----------------------------------------------------------------------------


def test_concern_language_and_community_filters(client):
    anxiety = factories.ConcernFactory(slug="anxiety", name="Anxiety")
    grief = factories.ConcernFactory(slug="grief", name="Grief")
    french = factories.LanguageFactory(code="fr", name="French")
    english = factories.LanguageFactory(code="en", name="English")
    lgbtq = factories.CommunityFactory(slug="lgbtq-affirming", name="LGBTQ+-affirming")
    link(therapist("Anxiety FR"), concerns=[anxiety], languages=[french], communities=[lgbtq])
    link(therapist("Anxiety EN"), concerns=[anxiety], languages=[english])
    link(therapist("Grief FR"), concerns=[grief], languages=[french])

    assert names(search(client, concern="anxiety")) == {"Anxiety FR", "Anxiety EN"}
    assert names(search(client, concern="anxiety", language="fr")) == {"Anxiety FR"}
    assert names(search(client, language=["fr", "en"])) == {"Anxiety FR", "Anxiety EN", "Grief FR"}
    assert names(search(client, community="lgbtq-affirming")) == {"Anxiety FR"}


def test_gender_age_and_format_filters(client):
    therapist("Non-binary teens", gender_identity="non-binary", serves_teens=True)
    therapist("Woman couples", gender_identity="woman", offers_couples=True)
    therapist("Man adults", gender_identity="man")

    assert names(search(client, gender="non-binary")) == {"Non-binary teens"}
    assert names(search(client, gender=["woman", "man"])) == {"Woman couples", "Man adults"}
    assert names(search(client, age="teens")) == {"Non-binary teens"}
    assert names(search(client, format="couples")) == {"Woman couples"}


def test_fee_up_to_counts_a_sliding_scale_floor(client):
    therapist("Cheap", fee=90)
    therapist("Sliding", fee=180, fee_floor=80)
    therapist("Dear", fee=220)
    assert names(search(client, fee_max=100)) == {"Cheap", "Sliding"}
    page = search(client, sort="fee").context["therapists"]
    assert [t.display_name for t in page] == ["Sliding", "Cheap", "Dear"]


def test_direct_billing_free_consultation_and_video(client):
    sun_life = factories.InsurerFactory(slug="sun-life", name="Sun Life")
    billed = link(therapist("Bills Sun Life"), direct_billing=[sun_life])
    therapist("Free call", free_consultation=True)
    with_video = therapist("Has video")
    factories.IntroVideoFactory(therapist=with_video, status=ModerationStatus.APPROVED)
    pending_video = therapist("Video pending")
    factories.IntroVideoFactory(therapist=pending_video)

    assert names(search(client, insurer="sun-life")) == {billed.display_name}
    assert names(search(client, free_consultation="on")) == {"Free call"}
    assert names(search(client, video="on")) == {"Has video"}


def test_accepting_new_clients_only_counts_when_recently_confirmed(client):
    therapist("Fresh", accepting_new_clients=True)
    therapist(
        "Stale",
        accepting_new_clients=True,
        availability_confirmed_at=timezone.now() - datetime.timedelta(days=31),
    )
    therapist("Full", accepting_new_clients=False)
    assert names(search(client, accepting="on")) == {"Fresh"}


def test_wheelchair_accessible_office_near_the_place(client, cities):
    person = therapist("Accessible far", office_in=cities["ottawa"])
    person.offices.update(wheelchair_accessible=True)
    near = therapist("Near, stairs only", office_in=cities["toronto"])
    factories.OfficeFactory(therapist=near, city=cities["ottawa"], wheelchair_accessible=True)
    therapist("Accessible near", office_in=cities["toronto"]).offices.update(
        wheelchair_accessible=True
    )
    assert names(search(client, wheelchair="on")) == {
        "Accessible far",
        "Near, stairs only",
        "Accessible near",
    }
    assert names(search(client, wheelchair="on", place="Toronto")) == {"Accessible near"}


# Free text ---------------------------------------------------------------------------------


def test_text_finds_stems_accents_and_misspelled_names(client):
    anxiety = factories.ConcernFactory(slug="anxiety", name="Anxiety", keywords="anxious, worry")
    link(therapist("Jonathan Mercer"), concerns=[anxiety])
    therapist("John Smith", headline="Support through depression")
    therapist("Élise Tremblay", bio="Thérapie pour adultes en français.")

    assert names(search(client, q="anxious")) == {"Jonathan Mercer"}
    assert names(search(client, q="therapie")) == {"Élise Tremblay"}
    assert names(search(client, q="Jonh Smyth")) == {"John Smith"}
    assert names(search(client, q="depressed")) == {"John Smith"}


def test_a_profession_finds_the_therapists_verified_in_it_in_either_language(client, verifier):
    psychology = factories.RegulatoryBodyFactory(
        name_en="College of Psychologists of Ontario",
        name_fr="Ordre des psychologues de l'Ontario",
        acronym="CPO",
        profession="psychology",
        protected_titles=["Psychologist"],
    )
    person = factories.TherapistFactory(display_name="Dr Ada Lund")
    factories.VerifiedCredentialFactory(therapist=person, regulatory_body=psychology)
    search_vectors_refresh([person.pk])
    therapist("Sam Counsellor")  # a psychotherapy college
    claim = factories.CredentialFactory(
        therapist=therapist("Pending Claim"), regulatory_body=psychology
    )

    for typed in ("psychologist", "psychologue", "CPO"):
        assert names(search(client, q=typed)) == {"Dr Ada Lund"}, typed
    credential_approve(credential=claim, reviewer=verifier)  # a claim counts once checked
    assert names(search(client, q="psychologue")) == {"Dr Ada Lund", "Pending Claim"}


def test_a_hyphenated_word_asks_for_both_words_and_a_quoted_phrase_for_the_phrase(client):
    therapist("Hyphen Together", bio="Self-compassion for anxious perfectionists.")
    therapist("Words Apart", bio="Compassion for yourself: self-care when anxious.")
    therapist("Grief Only", bio="Self-compassion for grief.")

    assert names(search(client, q="self-compassion anxious")) == {"Hyphen Together", "Words Apart"}
    assert names(search(client, q='"self-compassion" anxious')) == {"Hyphen Together"}
    assert names(search(client, q="self-compassion -grief")) == {"Hyphen Together", "Words Apart"}
    assert names(search(client, q="compassion -self-compassion")) == {"Words Apart"}


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("self-compassion anxious", "self compassion anxious"),
        ('"self-compassion" -cbt', '"self-compassion" -cbt'),
        ("Marie-Ève x-y", "Marie Ève x y"),
        ("- anxious -", "- anxious -"),
        ("anxiety -self-harm", "anxiety -self-harm"),
        ("-self-harm self-care", "-self-harm self care"),
    ],
)
def test_words_apart_splits_only_hyphens_inside_unquoted_words(typed, searched):
    assert words_apart(typed) == searched


def test_best_match_ranks_names_above_passing_mentions(client):
    therapist("Grace Anxiety-Free", headline="Calm")
    therapist("Other Person", bio="Sometimes clients mention anxiety.")
    page = search(client, q="Grace").context["therapists"]
    assert page[0].display_name == "Grace Anxiety-Free"


# Listing rules -----------------------------------------------------------------------------


def test_search_never_shows_unlisted_profiles(client):
    therapist("Listed Anxious Person")
    therapist_pause(therapist=therapist("Unpublished Anxious Person"))
    expired = factories.TherapistFactory(display_name="Expired Anxious Person")
    factories.CredentialFactory(
        therapist=expired,
        status=CredentialStatus.EXPIRED,
        expires_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    search_vectors_refresh([expired.pk])
    assert names(search(client, q="Anxious")) == {"Listed Anxious Person"}


# Pages, facets, empty state ----------------------------------------------------------------


def test_results_paginate_by_twenty_with_the_total(client):
    for n in range(23):
        therapist(f"Person {n:02d}")
    first, second = search(client), search(client, page=2)
    assert len(first.context["therapists"]) == 20
    assert first.context["paginator"].count == 23
    assert len(second.context["therapists"]) == 3
    assert "23 therapists found" in first.content.decode()


def test_a_page_out_of_range_shows_the_last_page_with_a_note(client):
    therapist("Only one")
    response = search(client, page=999999)
    assert names(response) == {"Only one"}
    assert "That page does not exist" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1"])
def test_a_page_below_one_shows_the_first_page(client, page):
    for n in range(21):
        therapist(f"Person {n:02}")
    response = search(client, page=page)
    assert response.context["page_obj"].number == 1
    assert "here is page 1." in response.content.decode()


def test_facet_counts_equal_the_results_they_promise(client, approaches):
    french = factories.LanguageFactory(code="fr", name="French")
    link(therapist("A"), approaches=[approaches["compassion"]], languages=[french])
    link(therapist("B"), approaches=[approaches["compassion"], approaches["cbt"]])
    link(therapist("C"), approaches=[approaches["cbt"]], languages=[french])

    facets = search(client, language="fr").context["facets"]
    for option in facets["approach"]:
        promised = search(client, language="fr", approach=option.value).context["paginator"]
        assert option.count == promised.count, option
    for option in facets["language"]:
        promised = search(client, approach=[], language=option.value).context["paginator"]
        assert option.count == promised.count, option


def test_facet_counts_with_related_approaches_count_the_widened_results(client, approaches):
    link(therapist("A"), approaches=[approaches["compassion"]])
    link(therapist("B"), approaches=[approaches["compassion"], approaches["cft"]])  # once
    link(therapist("C"), approaches=[approaches["cft"]])
    link(therapist("D"), approaches=[approaches["cbt"]])

    facets = search(client, related="on").context["facets"]

    counts = {option.value: option.count for option in facets["approach"]}
    assert counts == {"compassion-based": 3, "cft": 3, "cbt": 1}
    for option in facets["approach"]:
        promised = search(client, related="on", approach=option.value).context["paginator"]
        assert option.count == promised.count, option
    chosen = search(client, related="on", approach="cbt").context["facets"]["approach"]
    assert {option.value: option.count for option in chosen} == counts  # its group left out


def test_an_empty_search_offers_widenings_that_would_match(client, cities, approaches):
    compassion = [approaches["compassion"]]
    link(therapist("Toronto CFT", office_in=cities["toronto"]), approaches=[approaches["cft"]])
    link(therapist("Hamilton compassion", office_in=cities["hamilton"]), approaches=compassion)
    link(therapist("Online compassion", offers_online=True), approaches=compassion)

    response = search(client, place="Toronto", approach="compassion-based")

    assert names(response) == set()
    assert "No listed therapist matches all of these choices." in response.content.decode()
    offers = {w.label: w for w in response.context["widenings"]}
    assert {label: w.count for label, w in offers.items()} == {
        "Include related approaches": 1,
        "Search within 100 km": 1,
        "Online sessions in my province instead": 1,
    }
    for widening in offers.values():
        cache.clear()
        followed = client.get(reverse("therapists:list") + "?" + widening.query)
        assert followed.context["paginator"].count == widening.count


def test_an_empty_text_search_offers_the_search_without_its_words(client, cities):
    therapist("Toronto anyone", office_in=cities["toronto"])

    response = search(client, place="Toronto", q="xylophone")

    assert names(response) == set()
    [without] = [w for w in response.context["widenings"] if w.label.startswith("Without")]
    assert without.label == "Without the words “xylophone”"
    assert "q=" not in without.query and "place=Toronto" in without.query
    assert without.count == 1
    assert "Without the words “xylophone”</a> (1 therapist)" in response.text


def test_online_instead_drops_the_step_free_office_it_does_not_need(client, cities):
    therapist("Online only", offers_online=True, offers_in_person=False)

    response = search(client, place="Toronto", wheelchair="on")

    [online] = [w for w in response.context["widenings"] if w.label.startswith("Online")]
    assert "wheelchair" not in online.query and "online=ON" in online.query
    assert online.count == 1


def test_options_sort_as_a_reader_expects_accents_and_case_aside(client):
    concerns = [
        factories.ConcernFactory(name_en=name, name_fr=name)
        for name in ("Troubles alimentaires", "Épuisement professionnel", "Douleur", "Dépendances")
    ]
    link(therapist("Anyone"), concerns=concerns)  # a facet shows the options someone offers
    for name in ("Sun Life", "iA Financial Group", "Beneva"):
        factories.InsurerFactory(name_en=name, name_fr=name)
    cache.clear()

    response = client.get("/fr/therapists/")

    concerns = [option.label for option in response.context["facets"]["concern"]]
    insurers = [option.label for option in response.context["filter"].form.options["insurer"]]
    assert concerns == [
        "Dépendances",
        "Douleur",
        "Épuisement professionnel",
        "Troubles alimentaires",
    ]
    assert insurers == ["Beneva", "iA Financial Group", "Sun Life"]


def test_query_count_is_the_same_for_one_or_twenty_results(client, django_assert_max_num_queries):
    approach = factories.ApproachFactory()
    link(therapist("First"), approaches=[approach])
    params = {"approach": approach.slug, "concern": [], "language": []}
    with django_assert_max_num_queries(20) as one:
        search(client, **params)
    for n in range(19):
        link(therapist(f"More {n}"), approaches=[approach])
    with django_assert_max_num_queries(len(one.captured_queries)):
        search(client, **params)


@pytest.mark.parametrize(
    ("from_km", "extra_queries"),
    [(0.02, 0), (10, SMALLER_CIRCLES)],
    ids=["inside-the-smallest-circle", "beyond-every-smaller-circle"],
)
def test_a_place_search_takes_as_many_queries_for_twenty_results_as_for_one(
    client, cities, django_assert_max_num_queries, from_km, extra_queries
):
    """When a small circle fills the page, the same queries as for one result; otherwise one
    more for each circle too small for it."""
    toronto = cities["toronto"]
    therapist_at("Only", 0.01, toronto)
    with django_assert_max_num_queries(20) as one:
        search(client, place="Toronto")
    for n in range(24):
        therapist_at(f"More {n}", from_km + n / 100, toronto)
    with django_assert_max_num_queries(len(one.captured_queries) + extra_queries):
        search(client, place="Toronto")


def test_htmx_requests_get_the_results_partial(client):
    therapist("Partial Person")
    response = client.get(reverse("therapists:list"), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Partial Person" in body
    assert "<html" not in body
    assert 'hx-swap-oob="innerHTML"' in body


def test_a_partial_swaps_the_language_links_with_the_search_they_carry(client):
    cache.clear()
    response = client.get(
        reverse("therapists:list") + "?language=fr&radius=25", headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="language-switcher" hx-swap-oob="true"' in body
    assert 'href="/fr/therapists/?language=fr&amp;radius=25"' in body


def test_cards_say_whether_the_therapist_is_accepting_clients(client):
    therapist("Open", accepting_new_clients=True)
    therapist("Closed", accepting_new_clients=False)
    body = search(client).content.decode()
    assert "Accepting new clients" in body
    assert "Not accepting new clients" in body


def card_of(body: str, person) -> str:
    start = body.index(f'id="therapist-{person.pk}"')
    return body[start : body.index("</article>", start)]


def test_cards_show_their_own_approaches_first_concerns_and_languages_in_the_visitors_language(
    client,
):
    cft = factories.ApproachFactory(
        slug="cft",
        name_en="Compassion-Focused Therapy",
        name_fr="Thérapie axée sur la compassion",
        short_name="CFT",
    )
    act = factories.ApproachFactory(
        slug="act",
        name_en="Acceptance and Commitment Therapy",
        name_fr="Thérapie d'acceptation et d'engagement",
        short_name="ACT",
    )
    unused = factories.ApproachFactory(slug="dbt", name_en="Dialectical Behaviour Therapy")
    concerns = [
        factories.ConcernFactory(slug=slug, name_en=name, name_fr=f"{name} (fr)")
        for slug, name in [
            ("anxiety", "Anxiety"),
            ("burnout", "Burnout"),
            ("depression", "Depression"),
            ("grief", "Grief & loss"),
            ("trauma", "Trauma"),
        ]
    ]
    french = factories.LanguageFactory(code="fr", name_en="French", name_fr="Français")
    english = factories.LanguageFactory(code="en", name_en="English", name_fr="Anglais")
    person = therapist("Card Person")
    person.approaches.set([cft, act])
    person.concerns.set(reversed(concerns))
    person.languages.set([french, english])
    other = therapist("Other Person")
    other.approaches.set([unused])

    card = card_of(search(client).content.decode(), person)
    assert card.index("Acceptance and Commitment Therapy (ACT)") < card.index(
        "Compassion-Focused Therapy (CFT)"
    )
    assert "Anxiety, Burnout, Depression, Grief &amp; loss</dd>" in card  # first four, by name
    assert "Trauma" not in card
    assert "English, French</dd>" in card
    assert "Dialectical" not in card

    french_page = client.get("/fr/therapists/", HTTP_ACCEPT_LANGUAGE="fr")
    card = card_of(french_page.content.decode(), person)
    assert "Anglais, Français</dd>" in card
    assert "Thérapie axée sur la compassion (CFT)" in card
    assert "Anxiety (fr), Burnout (fr)" in card


def test_a_vocabulary_edited_in_the_admin_shows_on_the_next_search(admin_client):
    concern = factories.ConcernFactory(slug="grief", name_en="Grief", name_fr="Deuil")
    link(therapist("Grieving Helper"), concerns=[concern])
    factories.CommunityFactory(slug="bipoc", name_en="BIPOC", name_fr="PANDC")
    assert "Grief</dd>" in admin_client.get(reverse("therapists:list")).content.decode()

    url = reverse("admin:modalities_concern_change", args=[concern.pk])
    data = admin_form_data(admin_client.get(url)) | {"name_en": "Grief and loss"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    body = admin_client.get(reverse("therapists:list")).content.decode()
    assert "Grief and loss</dd>" in body  # the card
    assert "Grief and loss <span" in body  # the facet

    url = reverse("admin:therapists_community_add")
    data = {"slug": "faith", "name_en": "Faith-based", "name_fr": "Confessionnel"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302

    body = admin_client.get(reverse("therapists:list")).content.decode()
    assert 'value="faith"' in body  # the form's choices


def test_the_radius_defaults_to_25_km_in_the_form(client):
    response = search(client, place="Toronto")
    assert response.context["filter"].form["radius"].value() == "25"


def test_a_province_chosen_on_an_approach_page_is_shown_and_can_be_undone(client):
    cache.clear()
    body = client.get(reverse("therapists:list"), {"serving": "AB"}).content.decode()

    assert '<label for="id_serving">In person or online in</label>' in body
    assert '<option value="">Any province</option>' in body
    assert '<option value="AB" selected>Alberta</option>' in body


def test_the_plain_fallback_finds_abbreviations_and_other_words(approaches):
    """The search used where PostgreSQL is not (the SQLite demo), called here directly."""
    approaches["cbt"].short_name = "CBT"
    approaches["cbt"].name_fr = "Thérapie cognitivo-comportementale"
    approaches["cbt"].save()
    anxiety = factories.ConcernFactory(
        slug="anxiety", name_en="Anxiety", name_fr="Anxiété", keywords_en="anxious, worry"
    )
    abbreviated = link(therapist("Abbreviated Approach"), approaches=[approaches["cbt"]])
    other = link(
        therapist("Valérie Other", headline="Help with eating concerns"), concerns=[anxiety]
    )
    neither = therapist("Neither")
    search_texts_refresh([abbreviated.pk, other.pk, neither.pk])

    def found(text):
        return {t.display_name for t in plain_text_search(Therapist.objects.listed(), text)}

    assert found("cbt") == {"Abbreviated Approach"}
    assert found("anxious") == {"Valérie Other"}
    assert found("cbt anxious") == set()
    assert found("therapie") == found("THÉRAPIE") == {"Abbreviated Approach"}  # accents, French
    assert found("anxiete valerie") == {"Valérie Other"}
    assert found('"eating concerns"') == {"Valérie Other"}
    assert found('"concerns eating"') == set()
    assert found("-cbt") == {"Valérie Other", "Neither"}
    assert found("-") == {"Abbreviated Approach", "Valérie Other", "Neither"}
