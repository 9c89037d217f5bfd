"""Result cards, drawn in Python: the search page shows 20 of them, the place pages too.

Drawn by a template, a card cost about a quarter of a millisecond (some forty variables,
conditions and translations, and a URL reversed); here it is one string format, with its fixed
words translated once per language and its profile address built from one reversed prefix.
Every value is escaped as the template escaped it (conditional_escape's rules); the words a
template passed through {% translate %} are escaped too, and the sentences it passed through
{% blocktranslate %} take escaped values, as those tags do.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from django import template
from django.http import QueryDict
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.formats import localize
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from therapists.public.shortlist import SHORTLIST_PARAMETER, shortlist_or_empty
from therapists.templatetags.markup import escaped, joined, markup
from therapists.templatetags.shortlist import keep_links

register = template.Library()

CARD = """<li class="card">
  <article aria-labelledby="therapist-{pk}">
    <div class="card__photo">
      {photo}
    </div>
    <div class="card__body">
      <h3 class="card__name" id="therapist-{pk}"><a href="{url}">{name}</a>{pronouns}</h3>
      {credential}
      {headline}
      <dl class="card__facts">
        <div><dt>{approaches_word}</dt><dd>{approaches}</dd></div>
        <div><dt>{concerns_word}</dt><dd>{concerns}</dd></div>
        <div><dt>{languages_word}</dt><dd>{languages}</dd></div>
        <div><dt>{fee_word}</dt><dd>{fee}</dd></div>
        <div><dt>{sessions_word}</dt><dd>{sessions}</dd></div>
        {distance}
      </dl>
      <p class="card__badges">
        <span class="badge badge--{availability}">{availability_label}</span>
        {free_consultation}
        {video}
      </p>
      <p class="card__keep">{keep}</p>
    </div>
  </article>
</li>"""

# The profile address with this in place of its slug (a slug of its own: the URL accepts it).
SLUG_MARK = "slug-mark"


def sentence(text: str, **values) -> SafeString:
    """A translated sentence with its values escaped, as {% blocktranslate %} writes it (the
    sentence itself is the translators', trusted as the templates trust it)."""
    return SafeString(text % {name: escaped(value) for name, value in values.items()})


@lru_cache(maxsize=8)
def card_words(language: str) -> dict[str, SafeString | str]:
    """The cards' fixed words in a language, read once: escaped as {% translate %} gives them,
    and the sentences that take a value as {% blocktranslate %} takes them."""
    words = {
        "approaches": _("Approaches"),
        "concerns": _("Concerns"),
        "languages": _("Languages"),
        "fee": _("Fee"),
        "sessions": _("Sessions"),
        "distance": _("Distance"),
        "not_given": _("Not given"),
        "in_person": _("In person"),
        "online": _("Online"),
        "free_consultation": _("Free consultation"),
        "video": _("Intro video"),
        "voluntary": _("voluntary association"),
    }
    sentences = {
        "per_session": _("$%(fee)s per session"),
        "sliding_scale": _("sliding scale from $%(floor)s"),
        "km": _("%(km)s km"),
    }
    return {key: SafeString(escaped(word)) for key, word in words.items()} | sentences


def card_html(therapist, *, url: str, place, words: dict, keep) -> SafeString:
    """One result card: the profile, its first credential, labels, fee, sessions, distance from
    the place searched (if any), badges and its keep link (`keep` draws it)."""
    return markup(
        CARD,
        pk=therapist.pk,
        photo=photo_html(therapist),
        url=url,
        name=therapist.display_name,
        pronouns=markup(' <span class="pronouns">({})</span>', therapist.pronouns)
        if therapist.pronouns
        else "",
        credential=credential_html(therapist, words),
        headline=headline_html(therapist.shown_headline),
        approaches_word=words["approaches"],
        approaches=joined(getattr(therapist, "card_approaches", ())),
        concerns_word=words["concerns"],
        concerns=joined(getattr(therapist, "card_concerns", ())),
        languages_word=words["languages"],
        languages=joined(getattr(therapist, "card_languages", ())),
        fee_word=words["fee"],
        fee=fee_html(therapist, words),
        sessions_word=words["sessions"],
        sessions=sessions_html(therapist, words),
        distance=markup(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            words["distance"],
            sentence(words["km"], km=distance_text(getattr(therapist, "distance", None))),
        )
        if place
        else "",
        availability=therapist.availability,
        availability_label=therapist.availability_label,
        free_consultation=badge(words["free_consultation"]) if therapist.free_consultation else "",
        video=badge(words["video"]) if getattr(therapist, "has_video", False) else "",
        keep=keep(therapist),
    )


TENTH = Decimal("0.1")


def distance_text(distance: float | None) -> str:
    """The distance in km to a tenth, as floatformat(distance, 1) writes it in the page's
    language: rounded half up from the float's shortest decimal form."""
    if distance is None:
        return ""
    tenths = Decimal(repr(distance)).quantize(TENTH, rounding=ROUND_HALF_UP)
    return number_text(get_language(), tenths)


@lru_cache(maxsize=8192, typed=True)
def number_text(language: str, number: int | Decimal) -> str:
    """A fee or a distance as the language writes it (localize's result), worked out once per
    language and value: a page has some sixty of them, from a few thousand in all."""
    if isinstance(number, Decimal):
        return floatformat(number, 1)
    return localize(number)


def headline_html(headline) -> SafeString | str:
    """The headline in the page's language or, failing that, the other, marked with its own."""
    if not headline:
        return ""
    return markup('<p class="card__headline"{}>{}</p>', headline.lang_attribute, headline.text)


def photo_html(therapist) -> SafeString:
    """The thumbnail, or the name's first letter in its place."""
    if therapist.photo_thumbnail:
        return markup('<img src="{}" alt="" width="96" height="96">', therapist.photo_thumbnail.url)
    return markup(
        '<span class="card__initials" aria-hidden="true">{}</span>', therapist.display_name[:1]
    )


def badge(word: SafeString) -> SafeString:
    return markup('<span class="badge">{}</span>', word)


def credential_html(therapist, words) -> SafeString | str:
    """The first valid credential: designation and body, a voluntary association said so."""
    credential = getattr(therapist, "card_credential", None)
    if credential is None:
        return ""
    return markup(
        '<p class="card__credential">{} · {}{}</p>',
        credential.designation,
        credential.acronym,
        "" if credential.is_regulator else markup(" ({})", words["voluntary"]),
    )


def fee_html(therapist, words) -> SafeString:
    if therapist.fee is None:
        return words["not_given"]
    fee = sentence(words["per_session"], fee=number_text(get_language(), therapist.fee))
    if therapist.fee_floor is None:
        return fee
    floor = sentence(words["sliding_scale"], floor=number_text(get_language(), therapist.fee_floor))
    return markup("{}, {}", fee, floor)


def sessions_html(therapist, words) -> SafeString:
    offered = (
        (words["in_person"], therapist.offers_in_person),
        (words["online"], therapist.offers_online),
    )
    return SafeString(" · ".join(word for word, yes in offered if yes))


def profile_links(province: str, query=None):
    """A function giving a profile's address, with the province searched from when there is
    one (its consultation times are then shown in that province's zone) and the visitor's
    shortlist: the address is reversed once for the page, not once a card."""
    prefix, _mark, suffix = reverse("therapists:detail", kwargs={"slug": SLUG_MARK}).rpartition(
        SLUG_MARK
    )
    shortlist = shortlist_or_empty(query) if query is not None else ()
    params = ([f"province={province}"] if province else []) + (
        [f"{SHORTLIST_PARAMETER}={','.join(shortlist.slugs)}"] if shortlist else []
    )
    query = f"?{'&'.join(params)}" if params else ""
    return lambda therapist: f"{prefix}{therapist.slug}{suffix}{query}"


@register.simple_tag
def result_cards(therapists, *, province: str = "", place=None, query=None) -> SafeString:
    """The cards of a page of results, each on lines of its own; `query`, the page's own (its
    shortlist and search travel with the keep links)."""
    words = card_words(get_language())
    link = profile_links(province, query)
    keep = keep_links(query if query is not None else QueryDict())
    return SafeString(
        "".join(
            f"\n{card_html(therapist, url=link(therapist), place=place, words=words, keep=keep)}\n"
            for therapist in therapists
        )
    )


@register.simple_tag
def result_card(therapist, *, province: str = "", place=None, query=None) -> SafeString:
    """One result card."""
    return card_html(
        therapist,
        url=profile_links(province, query)(therapist),
        place=place,
        words=card_words(get_language()),
        keep=keep_links(query if query is not None else QueryDict()),
    )
