"""The search form and its choices: what the visitor may choose, and the typed place resolved.

The form's fields are declared by the FilterSet (therapists/search/filters.py), which draws them
on this form."""

from dataclasses import dataclass
from functools import cached_property

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.geo import Place, place_resolve
from directory.models import province_in
from modalities.vocabulary import vocabulary_terms

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


@dataclass(frozen=True)
class Option:
    """One choice of a select or a group of checkboxes, as the search form shows it."""

    value: str
    label: str
    chosen: bool


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
)


class SearchForm(forms.Form):
    """Resolves the typed place to a point, or says plainly that it could not."""

    place_point: Place | None = None

    @cached_property
    def options(self) -> dict[str, list[Option]]:
        """Each choice field's options with the visitor's choices marked, for the template to
        draw as plain HTML (a page has over a hundred of them; widget templates cost more)."""
        return {name: self.options_of(name) for name in CHOICE_FIELDS}

    def options_of(self, name: str) -> list[Option]:
        value = self[name].value()
        chosen = {str(v) for v in (value if isinstance(value, list | tuple) else [value])}
        field = self.fields[name]
        if isinstance(field, forms.ModelChoiceField) and field.to_field_name:  # a vocabulary
            terms = vocabulary_terms(field.queryset.model, field.to_field_name).values()
            choices = [(term.key, term.name) for term in terms]
        else:
            choices = field.choices
        return [
            Option(str(key), str(label), str(key) in chosen) for key, label in choices if str(key)
        ]

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("place") or ""
        province = cleaned.get("province") or None
        if text:
            self.place_point = place_resolve(text, province)
            if self.place_point is None:
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
        return cleaned


def place_unknown(text: str, province: str | None) -> str:
    if province:
        return _(
            "We could not find “%(place)s” %(in_province)s. Try a city, or a postal code such "
            "as M5V 2T6."
        ) % {"place": text[:60], "in_province": province_in(province)}
    return _("We could not find “%(place)s”. Try a city, or a postal code such as M5V 2T6.") % {
        "place": text[:60]
    }
