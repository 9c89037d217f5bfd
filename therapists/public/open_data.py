"""The open data page: the licence, the refresh schedule, the fields, and the latest files."""

from django.views.generic import TemplateView

from therapists.public.opendata.export import LICENCE
from therapists.public.opendata.publish import DAYS_KEPT, open_data_latest
from therapists.public.opendata.schema import HSDS_VERSION
from therapists.public.opendata.taxonomy import vocabulary_taxonomies, vocabulary_terms


class OpenDataView(TemplateView):
    template_name = "therapists/open_data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "latest": open_data_latest(),
            "licence": LICENCE,
            "hsds_version": HSDS_VERSION,
            "days_kept": DAYS_KEPT,
            "taxonomies": taxonomies_with_terms(),
        }


def taxonomies_with_terms() -> list[dict]:
    """Each published taxonomy with its terms, listed on the page under the anchor its URI names."""
    terms = list(vocabulary_terms().values())
    return [
        {
            **taxonomy,
            "anchor": taxonomy["uri"].rpartition("#")[2],
            "terms": [term for term in terms if term["taxonomy_id"] == taxonomy["id"]],
        }
        for taxonomy in vocabulary_taxonomies()
    ]
