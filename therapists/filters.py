"""The client search: one FilterSet over the listed therapists, driven by GET parameters."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from therapists.models import Therapist


class TherapistFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name, approach or concern"), method="filter_text", max_length=200
    )

    class Meta:
        model = Therapist
        fields = ["q"]

    def filter_text(self, queryset, name, value):
        """Plain matching on names and headline."""
        words = value.split()[:10]
        for word in words:
            queryset = queryset.filter(
                Q(display_name__icontains=word)
                | Q(headline__icontains=word)
                | Q(approaches__name__icontains=word)
                | Q(concerns__name__icontains=word)
            )
        return queryset.distinct() if words else queryset
