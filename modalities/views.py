"""Plain-language pages about each approach."""

from django.views.generic import DetailView, ListView

from modalities.models import Modality


class ModalityListView(ListView):
    model = Modality
    context_object_name = "modalities"


class ModalityDetailView(DetailView):
    queryset = Modality.objects.prefetch_related("related", "resources")
    context_object_name = "modality"
