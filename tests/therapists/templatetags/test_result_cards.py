"""Result cards drawn in Python: every value escaped as a template escapes it, the fixed words in
the visitor's language, and the profile's address as the profile itself gives it."""

import pytest
from django.template import Context, Template
from django.utils import translation

from tests import factories
from therapists.models import RegulatoryBody, Therapist
from therapists.search.cards import Vocabulary, cards_make
from therapists.templatetags.markup import escaped, joined, markup

pytestmark = pytest.mark.django_db

CARDS = Template(
    "{% load result_cards %}{% result_cards therapists province=province place=place %}"
)


def card_profile(**fields) -> Therapist:
    """A profile as the search hands it to the cards (listed, its credential read), with
    labels given."""
    made = factories.TherapistFactory(**fields)
    factories.VerifiedCredentialFactory(therapist=made)
    [profile] = cards_make([made], Vocabulary())
    profile.card_approaches = ["ACT"]
    profile.card_concerns = ["Anxiety", "Grief & loss"]
    profile.card_languages = ["English", "French"]
    profile.has_video = False
    return profile


def cards(*therapists, province="", place=None, language="en") -> str:
    with translation.override(language):
        return CARDS.render(
            Context({"therapists": therapists, "province": province, "place": place})
        )


def test_what_a_therapist_typed_is_escaped_never_trusted():
    profile = card_profile(
        display_name='<b>Sam</b> "the" O\'Neil & co',
        pronouns="<i>they</i>",
        headline="<script>alert(1)</script>",
    )
    profile.card_concerns = ["<img src=x onerror=alert(1)>"]

    card = cards(profile)

    assert "<script>" not in card and "<b>" not in card and "<i>" not in card
    assert "<img src=x" not in card
    assert "&lt;b&gt;Sam&lt;/b&gt; &quot;the&quot; O&#x27;Neil &amp; co</a>" in card
    assert '<span class="pronouns">(&lt;i&gt;they&lt;/i&gt;)</span>' in card
    assert '<p class="card__headline">&lt;script&gt;alert(1)&lt;/script&gt;</p>' in card
    assert "&lt;img src=x onerror=alert(1)&gt;" in card


def test_a_card_links_to_the_profile_with_the_province_searched_from():
    profile = card_profile()

    assert f'<a href="{profile.get_absolute_url()}">' in cards(profile)
    assert f'<a href="{profile.get_absolute_url()}?province=QC">' in cards(profile, province="QC")
    with translation.override("fr"):
        french_address = profile.get_absolute_url()
    assert french_address.startswith("/fr/")
    assert f'<a href="{french_address}">' in cards(profile, language="fr")


def test_a_card_shows_its_facts_in_the_visitors_language():
    profile = card_profile(fee=120, fee_floor=90, offers_in_person=True, offers_online=True)
    profile.distance = 2.46

    english = cards(profile, place="Toronto")
    french = cards(profile, place="Toronto", language="fr")

    assert "<dt>Fee</dt><dd>$120 per session, sliding scale from $90</dd>" in english
    assert "<dt>Sessions</dt><dd>In person · Online</dd>" in english
    assert "<dt>Distance</dt><dd>2.5 km</dd>" in english
    # French puts the amount first, a no-break space before the sign.
    assert "<dd>120\u00a0$ par séance, échelle mobile à partir de 90\u00a0$</dd>" in french
    assert "<dd>En personne · En ligne</dd>" in french
    assert "<dd>2,5\u00a0km</dd>" in french  # the decimal comma, as floatformat writes it
    assert "<dd>Anxiety, Grief &amp; loss</dd>" in english


def test_a_card_without_a_fee_photo_or_place_says_so_plainly():
    profile = card_profile(display_name="Élise Roy", fee=None, offers_online=False)

    card = cards(profile)

    assert '<span class="card__initials" aria-hidden="true">É</span>' in card
    assert "<dt>Fee</dt><dd>Not given</dd>" in card
    assert "<dt>Distance</dt>" not in card  # no place searched, no distance


def test_a_voluntary_association_is_named_as_such():
    body = factories.RegulatoryBodyFactory(kind=RegulatoryBody.Kind.ASSOCIATION, acronym="CCPA")
    made = factories.TherapistFactory()
    factories.VerifiedCredentialFactory(therapist=made, regulatory_body=body, designation="CCC")
    [profile] = cards_make([made], Vocabulary())

    card = cards(profile, language="fr")

    assert '<p class="card__credential">CCC · CCPA (association à adhésion volontaire)</p>' in card


def test_the_place_pages_card_is_the_same_card():
    profile = card_profile()
    one = Template(
        "{% load result_cards %}{% result_card therapist province=province place=place %}"
    )
    drawn = one.render(Context({"therapist": profile, "province": "ON", "place": None}))
    assert cards(profile, province="ON") == f"\n{drawn}\n"


def test_escaping_matches_djangos_own():
    from django.utils.html import conditional_escape, format_html
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    for value in ["a<b>&\"'", mark_safe("<em>kept</em>"), 42, gettext_lazy("Fee")]:
        assert escaped(value) == conditional_escape(value)
    assert markup("<p>{}</p>{x}", "<b>", x=mark_safe("<br>")) == format_html(
        "<p>{}</p>{x}", "<b>", x=mark_safe("<br>")
    )
    assert joined(["<a>", mark_safe("<b>")], " ") == "&lt;a&gt; <b>"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_distances_and_fees_are_written_as_floatformat_and_localize_write_them(language):
    """The cards write numbers once per language and value: exactly as the filters would,
    halves rounded up from the float's shortest form, and a whole distance with its tenth."""
    from random import Random

    from django.template.defaultfilters import floatformat
    from django.utils.formats import localize

    from therapists.templatetags.result_cards import distance_text, number_text

    random = Random(7)
    distances = [0.0, 0.05, 0.25, 2.45, 2.46, 3.0, 12.35, 99.95, 1234.56]
    distances += [random.uniform(0, 300) for _ in range(2000)]
    with translation.override(language):
        for distance in distances:
            assert distance_text(distance) == floatformat(distance, 1), distance
        for fee in (3, 0, 95, 120, 1500):
            assert number_text(language, fee) == localize(fee)
        assert distance_text(3) == floatformat(3, 1)  # "3.0", not the fee 3's "3"
    assert distance_text(None) == ""
