"""The public side of the directory: the home page and the search over listed therapists."""

from django.views.generic import TemplateView
from django_filters.views import FilterView

from therapists.filters import TherapistFilter
from therapists.models import Therapist


class HomeView(TemplateView):
    """The search's front door."""

    template_name = "therapists/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=TherapistFilter().form, **kwargs)


class TherapistListView(FilterView):
    """Listed therapists matching the search, a page at a time."""

    queryset = Therapist.objects.listed().order_by("display_name", "pk")
    filterset_class = TherapistFilter
    paginate_by = 20
    context_object_name = "therapists"
    template_name = "therapists/therapist_list.html"
