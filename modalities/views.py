"""Plain-language pages about each approach."""

from django.views.generic import DetailView, ListView

from modalities.models import Approach, Family


class ApproachListView(ListView):
    """Every approach, grouped by family, each with its one-line summary."""

    context_object_name = "approaches"

    def get_queryset(self):
        return Approach.objects.order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by_family = {value: [] for value in Family.values}
        for approach in context["approaches"]:
            by_family[approach.family].append(approach)
        families = [
            {"name": Family(value).label, "slug": value, "approaches": approaches}
            for value, approaches in by_family.items()
            if approaches
        ]
        return context | {"families": families}


class ApproachDetailView(DetailView):
    queryset = Approach.objects.prefetch_related("related", "resources")
    context_object_name = "approach"
