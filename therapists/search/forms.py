"""The search form and its choices: what the visitor may choose, and the typed place resolved.

The form's fields are declared by the FilterSet (therapists/search/filters.py), which draws them
on this form."""

from dataclasses import dataclass
from functools import cached_property, partial

from django import forms
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.geo import Place, place_resolve
from directory.models import province_in
from modalities.vocabulary import vocabulary_stamp, vocabulary_terms

# The compare shortlist (therapists/public/shortlist.py) rides along in a search's address; it
# chooses no results.
SHORTLIST_PARAMETER = "t"
RADIUS_CHOICES = [(km, _("%(km)s km") % {"km": km}) for km in (5, 10, 25, 50, 100)]
DEFAULT_RADIUS = 25


class Sort(models.TextChoices):
    BEST = "best", _("Best match")
    NEAREST = "nearest", _("Nearest")
    RECENT = "recent", _("Recently confirmed availability")
    FEE = "fee", _("Lowest fee")


class AcceptingChoice(models.TextChoices):
    """The new-clients filter; "on" is the value of the checkbox it was, so old links still work."""

    NOW = "on", _("Accepting new clients")
    OR_WAITLIST = "waitlist", _("Accepting or waitlist")


# Search parameter value -> (Therapist's yes-or-no field, label).
AGE_GROUPS = {
    "children": ("serves_children", _("Children")),
    "teens": ("serves_teens", _("Teens")),
    "adults": ("serves_adults", _("Adults")),
    "older-adults": ("serves_older_adults", _("Older adults")),
}
SESSION_FORMATS = {
    "individual": ("offers_individual", _("Individual")),
    "couples": ("offers_couples", _("Couples")),
    "family": ("offers_family", _("Family")),
    "group": ("offers_group", _("Group")),
}


@dataclass(frozen=True, eq=False)
class Choices:
    """One field's options in one language, as (value, label) pairs in the order shown.

    Compared by identity: a new object is made whenever the options may have changed, so what
    is drawn from one (the options' HTML, therapists/templatetags/search_form.py) can be kept
    with it."""

    pairs: tuple[tuple[str, str], ...]


# The fields the search page draws from their choices (a select or checkboxes of each).
CHOICE_FIELDS = (
    "province",
    "radius",
    "online",
    "serving",
    "gender",
    "age",
    "format",
    "community",
    "insurer",
    "plan",
    "plan_province",
)

_built: dict[str, tuple[tuple[int, int], dict[str, Choices]]] = {}


def search_choices(fields: dict[str, forms.Field]) -> dict[str, Choices]:
    """Every choice field's options in the active language, from the search form's fields
    (the same on every search).

    They are the same for every search in a language (about 150 of them; only which are chosen
    differs), so each process builds them once per language and keeps them while the
    vocabularies' stamp (their generation and the cache's epoch) stays the same: one round
    trip to the cache a page, instead of reading and translating every option."""
    language = get_language()
    stamp = vocabulary_stamp()
    if stamp is None:  # a cache that keeps nothing: nothing tells when to build again
        return choices_read(fields)
    held = _built.get(language)
    if held is None or held[0] != stamp:
        held = _built[language] = (stamp, choices_read(fields))
    return held[1]


def choices_read(fields: dict[str, forms.Field]) -> dict[str, Choices]:
    """Every choice field's options, read and translated now (a field's empty choice aside)."""
    return {name: Choices(tuple(field_choices(fields[name]))) for name in CHOICE_FIELDS}


def field_choices(field: forms.Field):
    """A field's (value, label) pairs, a vocabulary's from the shared cache, not the database."""
    if isinstance(field, VocabularyMixin):  # by name, in the reader's order
        choices = vocabulary_choices(field.model, field.key)
    else:
        choices = field.choices
    return ((str(key), str(label)) for key, label in choices if str(key))


def vocabulary_choices(model, key: str) -> list[tuple[str, str]]:
    return [(term.key, term.name) for term in vocabulary_terms(model, key).values()]


class VocabularyMixin:
    """A choice among the terms of a vocabulary kept in the shared cache (modalities/vocabulary.py),
    by their address key (slug or code), cleaned to the terms' ids: no query, no queryset to copy
    with every form, and the search tests the ids against its rows' sets."""

    def __init__(self, *, model, key: str, **kwargs):
        self.model, self.key = model, key
        super().__init__(choices=partial(vocabulary_choices, model, key), **kwargs)

    def term_ids(self) -> dict[str, int]:
        return {term.key: pk for pk, term in vocabulary_terms(self.model, self.key).items()}


class VocabularyMultipleField(VocabularyMixin, forms.MultipleChoiceField):
    def clean(self, value) -> list[int]:
        keys = super().clean(value)
        ids = self.term_ids()
        return [ids[key] for key in keys]


class VocabularyField(VocabularyMixin, forms.ChoiceField):
    def clean(self, value) -> int | None:
        key = super().clean(value)
        return self.term_ids()[key] if key else None


class SearchForm(forms.Form):
    """Resolves the typed place to a point, or says plainly that it could not (and then the
    search finds no one rather than the whole country: filters.py)."""

    place_point: Place | None = None
    place_unknown: str = ""  # the place as typed, when it names none

    @cached_property
    def choices(self) -> dict[str, Choices]:
        """Each choice field's options; the template tags mark the visitor's choices."""
        return search_choices(self.fields)

    def chosen(self, name: str) -> set[str]:
        """The values the visitor chose in a field, as the search address gives them."""
        value = self[name].value()
        return {str(v) for v in (value if isinstance(value, list | tuple) else [value])}

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("place") or ""
        province = cleaned.get("province") or None
        if text:
            self.place_point = place_resolve(text, province)
            if self.place_point is None:
                self.place_unknown = text
                self.add_error("place", place_unknown(text, province))
            elif province and self.place_point.province != province:  # a postal code
                self.add_error(
                    "province",
                    _("%(place)s is %(in_its)s, not %(in_chosen)s: the search is around it.")
                    % {
                        "place": self.place_point.name,
                        "in_its": province_in(self.place_point.province),
                        "in_chosen": province_in(province),
                    },
                )
        self.plan_check(cleaned)
        return cleaned

    def plan_check(self, cleaned: dict) -> None:
        """A plan's coverage is asked of a province: chosen with it, or the search's own."""
        known = (
            cleaned.get("plan_province")
            or cleaned.get("online")
            or cleaned.get("serving")
            or cleaned.get("province")
            or self.place_point
        )
        if cleaned.get("plan") and not known:
            self.add_error(
                "plan_province",
                _("Choose your province too: what a plan reimburses depends on it."),
            )


def place_unknown(text: str, province: str | None) -> str:
    if province:
        return _(
            "We could not find “%(place)s” %(in_province)s. Try a city, or a postal code such "
            "as M5V 2T6."
        ) % {"place": text[:60], "in_province": province_in(province)}
    return _("We could not find “%(place)s”. Try a city, or a postal code such as M5V 2T6.") % {
        "place": text[:60]
    }
