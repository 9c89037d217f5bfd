"""The client search: one FilterSet over the listed therapists, driven by GET parameters.

Within a group of options (approaches, concerns, languages...) any chosen option matches; across
groups every group must match. A place narrows to therapists with an office within the radius
(its province only tells same-named cities apart); a province alone narrows to the therapists
who see people from it, in person or online. A field that does not validate is reported on
the page and the rest of the search still applies.
"""

from functools import cached_property

import django_filters
from django import forms
from django.db.models import F, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from directory.geo import Place, cities_like
from directory.models import City, Province
from modalities.models import Approach, Concern
from therapists.models import (
    SESSION_TIME_NUMBERS,
    Community,
    GenderIdentity,
    Insurer,
    Language,
    SearchRow,
    SessionTime,
)
from therapists.models.availability import accepting_q
from therapists.search.conditions import (
    covered_by,
    holding_any,
    online_in,
    serving_province,
    wheelchair_office,
)
from therapists.search.forms import (
    AGE_GROUPS,
    DEFAULT_RADIUS,
    RADIUS_CHOICES,
    SESSION_FORMATS,
    AcceptingChoice,
    SearchForm,
    Sort,
    VocabularyField,
    VocabularyMultipleField,
)
from therapists.search.index.search import IndexedResults, IndexedSearch, indexed_search
from therapists.search.nearest import NearestFirst
from therapists.search.shared import fields_shared, filters_shallow
from therapists.search.text import text_search


def search_data(parameters: dict) -> QueryDict:
    """The search's GET parameters for a page that links into it or runs it pre-filled."""
    data = QueryDict(mutable=True)
    data.update(parameters)
    return data


# The faceted groups' parameters -> the row's set each chooses from (and its vocabulary, in
# therapists/search/cards.py).
FACET_SETS = {"approach": "approaches", "concern": "concerns", "language": "languages"}
# The faceted group of fixed choices: session times (the row holds their numbers).
TIMES = "times"


# The API's schema (docs/api.md) names what each filter takes: vocabulary slugs, a radius in km.
@extend_schema_field({"type": "array", "items": {"type": "string"}})
class VocabularyMultipleFilter(django_filters.MultipleChoiceFilter):
    """Any of several terms of a vocabulary, cleaned to their ids (search/forms.py)."""

    field_class = VocabularyMultipleField


@extend_schema_field(OpenApiTypes.INT)
class RadiusFilter(django_filters.TypedChoiceFilter):
    """A distance in km, among the radii the form offers."""


@extend_schema_field(OpenApiTypes.STR)
class VocabularyFilter(django_filters.ChoiceFilter):
    """One term of a vocabulary, cleaned to its id."""

    field_class = VocabularyField


class FeeFilter(django_filters.NumberFilter):
    """A fee in whole dollars. The field's own maximum says what is allowed, so django-filter's
    extra bound (1e50, against overflow) would only add a second, stranger message."""

    def get_max_validator(self):
        return None


@filters_shallow
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
    radius = RadiusFilter(
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
    approach = VocabularyMultipleFilter(
        label=_("Approach"), model=Approach, key="slug", method="filter_nothing"
    )
    related = django_filters.BooleanFilter(
        label=_("Include related approaches"), widget=forms.CheckboxInput, method="filter_nothing"
    )
    concern = VocabularyMultipleFilter(
        label=_("Concern"), model=Concern, key="slug", method="filter_nothing"
    )
    language = VocabularyMultipleFilter(
        label=_("Language"), model=Language, key="code", method="filter_nothing"
    )
    gender = django_filters.MultipleChoiceFilter(
        label=_("Therapist's gender"),
        choices=GenderIdentity.choices,
        field_name="gender_identity",
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a column of the row itself: no join to repeat it
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
    community = VocabularyMultipleFilter(
        label=_("Identity and community"),
        model=Community,
        key="slug",
        method="filter_communities",
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
    insurer = VocabularyFilter(
        label=_("Direct billing with"), model=Insurer, key="slug", method="filter_insurer"
    )
    plan = VocabularyFilter(
        label=_("My plan's insurer"),
        help_text=_(
            "Keeps therapists whose designation this insurer reimburses in your province, as "
            "the insurer publishes it. What you get back depends on your own plan."
        ),
        model=Insurer,
        key="slug",
        method="filter_nothing",
    )
    plan_province = django_filters.ChoiceFilter(
        label=_("My province"),
        help_text=_("Leave it as it is to use the province of your search."),
        choices=Province.choices,
        method="filter_nothing",
    )
    times = django_filters.MultipleChoiceFilter(
        label=_("Session times"),
        choices=SessionTime.choices,
        method="filter_nothing",
        widget=forms.CheckboxSelectMultiple,
    )
    accepting = django_filters.ChoiceFilter(
        label=_("New clients"), choices=AcceptingChoice.choices, method="filter_nothing"
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
        label=_("Sort by"), choices=Sort.choices, method="filter_nothing", empty_label=None
    )

    class Meta:
        model = SearchRow
        form = SearchForm
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        """Over the listed profiles' search rows, unless given a narrower queryset of them."""
        if data is not None and not data.get("radius"):
            data = data.copy()
            data["radius"] = str(DEFAULT_RADIUS)
        queryset = SearchRow.objects.listed() if queryset is None else queryset
        super().__init__(data, queryset, **kwargs)

    _form_class: type | None = None

    def get_form_class(self):
        """One form class, its fields shared by every search (therapists/search/shared.py)."""
        cls = type(self)
        if cls.__dict__.get("_form_class") is None:
            cls._form_class = fields_shared(super().get_form_class())
        return cls._form_class

    # Filters whose effect depends on other fields, and the faceted groups, are applied in
    # filter_queryset.
    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_text(self, queryset, name, value):
        return text_search(queryset, value)

    def filter_communities(self, queryset, name, value):
        return queryset.filter(holding_any("communities", value)) if value else queryset

    def filter_flags(self, queryset, name, value):
        flags = AGE_GROUPS if name == "age" else SESSION_FORMATS
        any_of = Q()
        for key in value:
            any_of |= Q(**{flags[key][0]: True})
        return queryset.filter(any_of)

    def filter_online(self, queryset, name, value):
        return queryset.filter(online_in(value))

    def filter_serving(self, queryset, name, value):
        return queryset.filter(serving_province(value))

    def filter_fee(self, queryset, name, value):
        return queryset.filter(lowest_fee__lte=value)  # a sliding scale's floor, else the fee

    def filter_insurer(self, queryset, name, value):
        return queryset.filter(holding_any("insurers", [value])) if value else queryset

    def filter_when_ticked(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def filter_video(self, queryset, name, value):
        return queryset.filter(has_video=True) if value else queryset

    def filter_wheelchair(self, queryset, name, value):
        if not value or self.place_point:  # with a place, the office must also be near
            return queryset
        return queryset.filter(wheelchair_office())

    @property
    def place_point(self) -> Place | None:
        """The resolved place; read after validation, which resolves it."""
        return self.form.place_point

    def place_suggestions(self) -> list[City]:
        """The cities spelled like a typed place that names none, to search instead."""
        if not self.form.place_unknown:
            return []
        return cities_like(self.form.place_unknown, self.form.cleaned_data.get("province") or None)

    @property
    def visitor_province(self) -> str:
        """The province the visitor searched from, "" when none: online or serving as chosen,
        else the place's (a profile opened from the results shows its times in that zone)."""
        data = getattr(self.form, "cleaned_data", {})
        place = self.place_point
        chosen = data.get("online") or data.get("serving") or data.get("province")
        return chosen or (place.province if place else "")

    @property
    def plan_province_code(self) -> str:
        """The province whose coverage the plan filter asks about: chosen, else the search's."""
        return self.form.cleaned_data.get("plan_province") or self.visitor_province

    @property
    def radius_km(self) -> int:
        return self.form.cleaned_data.get("radius") or DEFAULT_RADIUS

    def facet_conditions(self) -> dict[str, Q]:
        """The faceted groups with choices, each as the condition a row must meet: the results
        meet them all; a group's counts are counted among the rows meeting the others'
        (therapists/search/facets.py)."""
        data = self.form.cleaned_data
        conditions = {}
        if data.get("approach"):  # with related ones: the row's approaches widened
            held = "approaches_widened" if data.get("related") else "approaches"
            conditions["approach"] = holding_any(held, data["approach"])
        for name in ("concern", "language"):
            if data.get(name):
                conditions[name] = holding_any(FACET_SETS[name], data[name])
        if data.get(TIMES):
            numbers = [SESSION_TIME_NUMBERS[time] for time in data[TIMES]]
            conditions[TIMES] = holding_any("session_times", numbers)
        if data.get("accepting"):
            waitlist = data["accepting"] == AcceptingChoice.OR_WAITLIST
            conditions["accepting"] = accepting_q(waitlist=waitlist)
        return conditions

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.form.place_unknown:  # never the whole country instead: nothing, and nothing counted
            queryset = queryset.none()
        province = self.form.cleaned_data.get("province")
        if province and not self.place_point:  # the province alone: who sees people from it
            queryset = queryset.filter(serving_province(province))
        plan = self.form.cleaned_data.get("plan")
        if plan and self.plan_province_code:  # else the form says a province is needed
            queryset = queryset.filter(covered_by(plan, self.plan_province_code))
        self.conditions = self.facet_conditions()
        self.common = self.near(queryset, self.radius_km) if self.place_point else queryset
        queryset = queryset.filter(*self.conditions.values())
        self.unplaced = queryset
        if self.place_point:
            queryset = self.near(queryset, self.radius_km)
        return queryset.order_by(*self.ordering())

    def near(self, queryset, km: float):
        """The profiles with an office within km of the place; with the wheelchair filter, an
        accessible office."""
        wheelchair = bool(self.form.cleaned_data.get("wheelchair"))
        return queryset.near(self.place_point, km, wheelchair_accessible=wheelchair)

    def nearest_within(self, km: float):
        """The results within km of the place (at most the radius), nearest first."""
        self.qs  # noqa: B018 (filters the queryset, keeping it before the place is applied)
        return self.near(self.unplaced, min(km, self.radius_km)).order_by(*self.ordering())

    @cached_property
    def indexed_search(self) -> IndexedSearch | None:
        """The search answered from the index while it is at hand (search/index/)."""
        return indexed_search(self)

    def results(self, *, count: int | None = None):
        """The results' ids in order (cards.py reads the rest). Nearest first with a place, a
        page is read from the smallest circle around it that holds the page (search/nearest.py).
        """
        if self.indexed_search is not None:
            return IndexedResults(self.indexed_search, count=count)
        queryset = self.qs  # validates the form, which resolves the place
        if self.place_point and self.sort_key() == Sort.NEAREST:
            return NearestFirst(self.nearest_within, self.radius_km, count=count)
        return queryset.only("pk")  # the cards read the rest, with the profiles (cards.py)

    def sort_options(self) -> list[tuple[str, str]]:
        """The orders that make sense for this search: best match needs text, nearest a place."""
        has_text = bool(self.form.cleaned_data.get("q"))
        return [
            (key, label)
            for key, label in Sort.choices
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
            Sort.BEST: [F("rank").desc(), "therapist_id"],
            Sort.NEAREST: ["distance", "therapist_id"],
            Sort.FEE: [F("lowest_fee").asc(nulls_last=True), "therapist_id"],
            Sort.RECENT: [F("availability_confirmed_at").desc(nulls_last=True), "therapist_id"],
        }[self.sort_key()]
