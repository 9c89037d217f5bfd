"""The client search: one FilterSet over the listed therapists, driven by GET parameters.

Within a group of options (approaches, concerns, languages...) any chosen option matches; across
groups every group must match. A place narrows to therapists with an office within the radius
(its province only tells same-named cities apart); a province alone narrows to the therapists
who see people from it, in person or online. A field that does not validate is reported on
the page and the rest of the search still applies.
"""

from dataclasses import dataclass
from functools import cached_property

import django_filters
from django import forms
from django.db.models import Exists, F, Min, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.geo import Place, bounding_box, distance_km, place_resolve
from directory.models import Province, province_in
from modalities.models import Approach, Concern
from modalities.vocabulary import vocabulary_terms
from therapists.models import (
    Community,
    Credential,
    GenderIdentity,
    Insurer,
    IntroVideo,
    Language,
    ModerationStatus,
    Office,
    Therapist,
    link_table,
)
from therapists.search.nearest import NearestFirst
from therapists.search.text import text_search

RADIUS_CHOICES = [(km, _("%(km)s km") % {"km": km}) for km in (5, 10, 25, 50, 100)]
DEFAULT_RADIUS = 25
ACCEPTING_CONFIRMED_WITHIN_DAYS = 30


class Sort:
    BEST = "best"
    NEAREST = "nearest"
    FEE = "fee"
    RECENT = "recent"
    CHOICES = [
        (BEST, _("Best match")),
        (NEAREST, _("Nearest")),
        (RECENT, _("Recently confirmed availability")),
        (FEE, _("Lowest fee")),
    ]


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


def linked_to(through_field: str, values) -> Exists:
    """Profiles linked to any of the values through one of Therapist's many-to-many fields."""
    through, column = link_table(through_field)
    return Exists(through.objects.filter(therapist=OuterRef("pk"), **{f"{column}__in": values}))


def search_data(parameters: dict) -> QueryDict:
    """The search's GET parameters for a page that links into it or runs it pre-filled."""
    data = QueryDict(mutable=True)
    data.update(parameters)
    return data


def serving_province(code: str) -> Q:
    """Sees people from the province: an office there, or online with a credential valid there."""
    office_there = Office.objects.registered().filter(therapist=OuterRef("pk"), city__province=code)
    valid_there = Credential.objects.valid().filter(therapist=OuterRef("pk"), jurisdiction=code)
    return Q(Exists(office_there)) | Q(offers_online=True) & Q(Exists(valid_there))


class FeeFilter(django_filters.NumberFilter):
    """A fee in whole dollars. The field's own maximum says what is allowed, so django-filter's
    extra bound (1e50, against overflow) would only add a second, stranger message."""

    def get_max_validator(self):
        return None


class TherapistFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name, approach or concern"), method="filter_text", max_length=200
    )
    place = django_filters.CharFilter(
        label=_("City or postal code"), method="filter_nothing", max_length=100
    )
    province = django_filters.ChoiceFilter(
        label=_("Province"), choices=Province.choices, method="filter_nothing"
    )
    radius = django_filters.TypedChoiceFilter(
        label=_("Within"),
        choices=RADIUS_CHOICES,
        coerce=int,
        empty_value=DEFAULT_RADIUS,
        method="filter_nothing",
    )
    online = django_filters.ChoiceFilter(
        label=_("Online sessions for people in"), choices=Province.choices, method="filter_online"
    )
    serving = django_filters.ChoiceFilter(
        label=_("In person or online in"), choices=Province.choices, method="filter_serving"
    )
    approach = django_filters.ModelMultipleChoiceFilter(
        label=_("Approach"),
        queryset=Approach.objects.for_labels(),
        to_field_name="slug",
        method="filter_nothing",
    )
    related = django_filters.BooleanFilter(
        label=_("Include related approaches"), widget=forms.CheckboxInput, method="filter_nothing"
    )
    concern = django_filters.ModelMultipleChoiceFilter(
        label=_("Concern"),
        queryset=Concern.objects.all(),
        to_field_name="slug",
        method="filter_m2m",
    )
    language = django_filters.ModelMultipleChoiceFilter(
        label=_("Language"),
        queryset=Language.objects.all(),
        to_field_name="code",
        method="filter_m2m",
    )
    gender = django_filters.MultipleChoiceFilter(
        label=_("Therapist's gender"),
        choices=GenderIdentity.choices,
        field_name="gender_identity",
        widget=forms.CheckboxSelectMultiple,
    )
    age = django_filters.MultipleChoiceFilter(
        label=_("Age group"),
        choices=[(key, label) for key, (_field, label) in AGE_GROUPS.items()],
        method="filter_flags",
        widget=forms.CheckboxSelectMultiple,
    )
    format = django_filters.MultipleChoiceFilter(
        label=_("Session format"),
        choices=[(key, label) for key, (_field, label) in SESSION_FORMATS.items()],
        method="filter_flags",
        widget=forms.CheckboxSelectMultiple,
    )
    community = django_filters.ModelMultipleChoiceFilter(
        label=_("Identity and community"),
        queryset=Community.objects.all(),
        to_field_name="slug",
        method="filter_m2m",
        widget=forms.CheckboxSelectMultiple,
    )
    fee_max = FeeFilter(
        label=_("Fee up to ($)"),
        help_text=_("A sliding scale counts from its lowest fee."),
        method="filter_fee",
        min_value=0,
        max_value=1000,
        decimal_places=0,
        error_messages={"max_decimal_places": _("Enter a whole number of dollars, e.g. 120.")},
    )
    insurer = django_filters.ModelChoiceFilter(
        label=_("Direct billing with"),
        queryset=Insurer.objects.all(),
        to_field_name="slug",
        field_name="direct_billing",
    )
    accepting = django_filters.BooleanFilter(
        label=_("Accepting new clients"), widget=forms.CheckboxInput, method="filter_accepting"
    )
    free_consultation = django_filters.BooleanFilter(
        label=_("Free consultation"), widget=forms.CheckboxInput, method="filter_when_ticked"
    )
    video = django_filters.BooleanFilter(
        label=_("Has an intro video"), widget=forms.CheckboxInput, method="filter_video"
    )
    wheelchair = django_filters.BooleanFilter(
        label=_("Wheelchair-accessible office"),
        widget=forms.CheckboxInput,
        method="filter_wheelchair",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=Sort.CHOICES, method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Therapist
        form = SearchForm
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("radius"):
            data = data.copy()
            data["radius"] = str(DEFAULT_RADIUS)
        super().__init__(data, *args, **kwargs)

    # Filters whose effect depends on other fields are applied in filter_queryset.
    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_text(self, queryset, name, value):
        return text_search(queryset, value)

    def filter_m2m(self, queryset, name, value):
        field = {"concern": "concerns", "language": "languages", "community": "communities"}[name]
        return queryset.filter(linked_to(field, value)) if value else queryset

    def filter_flags(self, queryset, name, value):
        flags = AGE_GROUPS if name == "age" else SESSION_FORMATS
        any_of = Q()
        for key in value:
            any_of |= Q(**{flags[key][0]: True})
        return queryset.filter(any_of)

    def filter_online(self, queryset, name, value):
        valid_there = Credential.objects.valid().filter(
            therapist=OuterRef("pk"), jurisdiction=value
        )
        return queryset.filter(offers_online=True).filter(Exists(valid_there))

    def filter_serving(self, queryset, name, value):
        return queryset.filter(serving_province(value))

    def filter_fee(self, queryset, name, value):
        return queryset.filter(Q(fee__lte=value) | Q(fee_floor__lte=value))

    def filter_accepting(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.accepting_clients(within_days=ACCEPTING_CONFIRMED_WITHIN_DAYS)

    def filter_when_ticked(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def filter_video(self, queryset, name, value):
        approved = IntroVideo.objects.filter(
            therapist=OuterRef("pk"), status=ModerationStatus.APPROVED
        )
        return queryset.filter(Exists(approved)) if value else queryset

    def filter_wheelchair(self, queryset, name, value):
        if not value or self.place_point:  # with a place, the office must also be near
            return queryset
        accessible = Office.objects.registered().filter(
            therapist=OuterRef("pk"), wheelchair_accessible=True
        )
        return queryset.filter(Exists(accessible))

    @property
    def place_point(self) -> Place | None:
        """The resolved place; read after validation, which resolves it."""
        return self.form.place_point

    @property
    def radius_km(self) -> int:
        return self.form.cleaned_data.get("radius") or DEFAULT_RADIUS

    def chosen_approaches(self):
        """The approaches asked for, widened to related ones when asked."""
        chosen = self.form.cleaned_data.get("approach")
        if not chosen:
            return None
        approaches = Approach.objects.filter(pk__in=[a.pk for a in chosen])
        if self.form.cleaned_data.get("related"):
            return approaches.with_related()
        return approaches

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        province = self.form.cleaned_data.get("province")
        if province and not self.place_point:  # the province alone: who sees people from it
            queryset = queryset.filter(serving_province(province))
        approaches = self.chosen_approaches()
        if approaches is not None:
            queryset = queryset.filter(linked_to("approaches", approaches.values("pk")))
        self.unplaced = queryset
        if self.place_point:
            queryset = self.near(queryset, self.place_point, self.radius_km)
        return queryset.order_by(*self.ordering())

    def near(self, queryset, place: Place, km: int):
        """Therapists with an office within km of the place, with the nearest one's distance.

        One join to the offices in the bounding box (its index), grouped by profile: each
        office's distance is computed once, and the nearest is both the filter and the order.
        """
        offices = {f"offices__{bound}": value for bound, value in bounding_box(place, km).items()}
        offices["offices__registered_until__gte"] = timezone.localdate()  # see Office.registered
        if self.form.cleaned_data.get("wheelchair"):
            offices["offices__wheelchair_accessible"] = True
        nearest = Min(distance_km(place, "offices__latitude", "offices__longitude"))
        return queryset.filter(**offices).annotate(distance=nearest).filter(distance__lte=km)

    def nearest_within(self, km: float):
        """The results within km of the place (at most the radius), nearest first."""
        self.qs  # noqa: B018 (filters the queryset, keeping it before the place is applied)
        return self.near(self.unplaced, self.place_point, min(km, self.radius_km)).order_by(
            *self.ordering()
        )

    def results(self, *, count: int | None = None):
        """The results as shown, with each card's details. Nearest first with a place, a page
        is read from the smallest circle around it that holds the page (search/nearest.py).
        """
        queryset = self.qs  # validates the form, which resolves the place
        if self.place_point and self.sort_key() == Sort.NEAREST:
            return NearestFirst(self.nearest_within, self.radius_km, count=count)
        return queryset.with_card_details()

    def sort_options(self) -> list[tuple[str, str]]:
        """The orders that make sense for this search: best match needs text, nearest a place."""
        has_text = bool(self.form.cleaned_data.get("q"))
        return [
            (key, label)
            for key, label in Sort.CHOICES
            if (key != Sort.BEST or has_text) and (key != Sort.NEAREST or self.place_point)
        ]

    def sort_chosen(self) -> str:
        """The order the visitor chose, if it applies to this search; else empty."""
        asked = self.form.cleaned_data.get("sort")
        return asked if asked in {key for key, _label in self.sort_options()} else ""

    def sort_key(self) -> str:
        """The order chosen, or the natural one: best match for text, nearest for a place.

        The form offers the natural order as its own empty choice, so typing a place or words
        into a search sorted by default gives nearest or best match first, not the old order."""
        return self.sort_chosen() or self.sort_options()[0][0]

    def sort_natural_label(self) -> str:
        return _("Suggested: %(order)s") % {"order": self.sort_options()[0][1]}

    def ordering(self) -> list:
        return {
            Sort.BEST: [F("rank").desc(), "pk"],
            Sort.NEAREST: ["distance", "pk"],
            Sort.FEE: [F("lowest_fee").asc(nulls_last=True), "pk"],
            Sort.RECENT: [F("availability_confirmed_at").desc(nulls_last=True), "pk"],
        }[self.sort_key()]

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self.queryset = self.queryset.annotate(lowest_fee=Coalesce("fee_floor", "fee"))
            self._qs = super().qs
        return self._qs
