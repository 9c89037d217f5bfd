"""The public side of the directory: the home page, the search and the profiles."""

from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from therapists.facets import all_facets, search_counts, widenings
from therapists.filters import TherapistFilter
from therapists.models import Credential, IntroVideo, ModerationStatus, Therapist
from therapists.search_cache import cache_key, cached_response, remember_response


class HomeView(TemplateView):
    """The search's front door."""

    template_name = "therapists/home.html"


def with_card_details(queryset):
    """What a result card shows, fetched in a fixed number of queries whatever the page size."""
    approved_video = IntroVideo.objects.filter(
        therapist=OuterRef("pk"), status=ModerationStatus.APPROVED
    )
    valid_credentials = Credential.objects.valid().select_related("regulatory_body")
    return queryset.annotate(has_video=Exists(approved_video)).prefetch_related(
        "approaches",
        "concerns",
        "languages",
        Prefetch("credentials", queryset=valid_credentials, to_attr="valid_credentials"),
    )


def without_blanks(query: QueryDict) -> QueryDict:
    """The search's parameters less the empty ones a submitted form sends along."""
    kept = QueryDict(mutable=True)
    for key, values in query.lists():
        kept.setlist(key, [value for value in values if value.strip()])
    return QueryDict(kept.urlencode())


class TherapistListView(ListView):
    """Listed therapists matching the search, a page at a time. htmx gets the partial."""

    paginate_by = 20
    context_object_name = "therapists"
    template_name = "therapists/therapist_list.html"

    def get(self, request, *args, **kwargs):
        """Short shareable URLs (blanks dropped), nonsense refused, repeat searches cached."""
        if any("\x00" in value for _key, values in request.GET.lists() for value in values):
            return HttpResponseBadRequest(
                _("This address contains characters a search cannot use.")
            )
        clean = without_blanks(request.GET)
        short_url = f"{request.path}?{clean.urlencode()}" if clean else request.path
        if not request.htmx and clean.urlencode() != request.GET.urlencode():
            return redirect(short_url)
        key = cache_key(request)
        if cached := cached_response(key, request):
            return cached
        response = super().get(request, *args, **kwargs)
        if request.htmx:
            response["HX-Push-Url"] = short_url
        remember_response(key, request, response)
        return response

    def get_queryset(self):
        self.base = Therapist.objects.listed()
        self.filterset = TherapistFilter(self.request.GET, queryset=self.base)
        self.total, self.counts = search_counts(self.filterset, base=self.base)
        return with_card_details(self.filterset.qs)

    def paginate_queryset(self, queryset, page_size):
        """An unknown or out-of-range page number shows the nearest page, with a note."""
        paginator = self.get_paginator(queryset, page_size)
        paginator.count = self.total  # counted with the facets, in the same query
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_template_names(self):
        htmx = self.request.htmx
        if htmx and not htmx.boosted and not htmx.history_restore_request:
            return [f"{self.template_name}#search"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        return context | {
            "filter": self.filterset,
            "page_corrected": str(page.number) != self.request.GET.get("page", "1"),
            "facets": all_facets(self.request.GET, self.counts),
            "widenings": [] if page.paginator.count else widenings(self.filterset, base=self.base),
            "place": self.filterset.place_point,
            "sort": self.filterset.sort_key(),
        }


class TherapistDetailView(DetailView):
    """A listed therapist's profile; anyone else's is a 404 to the public."""

    context_object_name = "therapist"

    def get_queryset(self):
        return with_card_details(Therapist.objects.listed()).prefetch_related("offices__city")
