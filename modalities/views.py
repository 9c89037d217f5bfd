"""Plain-language pages about each approach."""

from django.views.generic import DetailView, ListView

from modalities.models import Family, Modality


class ModalityListView(ListView):
    """Every approach, grouped by family, each with its one-line summary."""

    context_object_name = "modalities"

    def get_queryset(self):
        return Modality.objects.order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by_family = {value: [] for value in Family.values}
        for modality in context["modalities"]:
            by_family[modality.family].append(modality)
        families = [
            {"name": Family(value).label, "slug": value, "modalities": modalities}
            for value, modalities in by_family.items()
            if modalities
        ]
        return context | {"families": families}


class ModalityDetailView(DetailView):
    queryset = Modality.objects.prefetch_related("related", "resources")
    context_object_name = "modality"
