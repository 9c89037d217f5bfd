"""The search's FilterSet and form, made for each search without copying their definitions.

django-filter deep-copies every filter of a FilterSet for each instance, and Django every field
of a form, so that an instance may change its own without touching the others'. The search
changes neither per search, and those copies took about 7 % of a search page's time (some 800
objects copied a page): here an instance gets a shallow copy of each filter (it sets its own
model and parent on it) and shares the form's fields.
"""

import copy

from django_filters.filters import Filter, FilterMethod


class SharedFields(dict):
    """A form's fields, shared by its instances: no search changes its own."""

    def __deepcopy__(self, memo):
        return dict(self)


class ShallowFilters(dict):
    """A FilterSet's filters, copied shallowly for each instance."""

    def __deepcopy__(self, memo):
        return {name: filter_copy(each) for name, each in self.items()}


def filter_copy(original: Filter) -> Filter:
    copied = copy.copy(original)
    if copied.method is not None:  # its method is looked up on the copy's own parent
        copied.filter = FilterMethod(copied)
    return copied


def fields_shared(form_class: type) -> type:
    """The form class, its instances sharing its fields."""
    form_class.base_fields = SharedFields(form_class.base_fields)
    return form_class


def filters_shallow(filterset_class: type) -> type:
    """The FilterSet class, its instances copying its filters shallowly."""
    filterset_class.base_filters = ShallowFilters(filterset_class.base_filters)
    return filterset_class
