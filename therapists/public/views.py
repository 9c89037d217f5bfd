"""The public side of the directory: the home page, the search and the profiles."""

from django.conf import settings
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView, ListView, TemplateView

from directory.text import alphabetical
from therapists.inquiries.forms import MESSAGE_MAX_LENGTH, InquiryForm
from therapists.inquiries.services import inquiry_create, inquiry_purpose, inquiry_rate_limited
from therapists.listing import listing_checklist, listing_state
from therapists.models import Therapist, designations_coverage
from therapists.public.profile_views import profile_view_record
from therapists.public.seo import profile_structured_data
from therapists.search.cache import (
    cache_key,
    cached_response,
    partial_wanted,
    remember_response,
)
from therapists.search.cards import CardsMixin
from therapists.search.counts import provinces_with_therapists
from therapists.search.facet_counts import search_counts
from therapists.search.facets import all_facets, widenings
from therapists.search.filters import TherapistFilter
from therapists.search.pagination import NearestPageMixin
from therapists.search.spelling import Correction, search_correction


class HomeView(TemplateView):
    """The search's front door."""

    template_name = "therapists/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"provinces": provinces_with_therapists()}


def without_blanks(query: QueryDict) -> QueryDict:
    """The search's parameters less the empty ones a submitted form sends along."""
    kept = QueryDict(mutable=True)
    for key, values in query.lists():
        kept.setlist(key, [value for value in values if value.strip()])
    return QueryDict(kept.urlencode())


class TherapistListView(CardsMixin, NearestPageMixin, ListView):
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
        self.filterset = TherapistFilter(self.request.GET)
        self.total, self.counts = search_counts(self.filterset)
        self.correction = None if self.total else self.spelling_corrected()
        return self.filterset.results(count=self.total)

    def spelling_corrected(self) -> Correction | None:
        """A search that found no one, run again with its misspelt words corrected, if any."""
        correction = search_correction(self.request.GET, self.filterset.form)
        if correction:
            self.filterset = TherapistFilter(correction.data)
            self.total, self.counts = search_counts(self.filterset)
        return correction

    def known_count(self) -> int:
        return self.total  # counted with the facets, in the same query

    def get_template_names(self):
        if partial_wanted(self.request):
            return [f"{self.template_name}#search"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        return context | {
            "filter": self.filterset,
            "facets": all_facets(self.request.GET, self.counts, self.vocabulary),
            "widenings": [] if page.paginator.count else widenings(self.filterset),
            "place": self.filterset.place_point,
            "place_suggestions": self.filterset.place_suggestions(),
            "correction": self.correction,
            "sort": self.filterset.sort_key(),
            "sort_chosen": self.filterset.sort_chosen(),
        }


class TherapistDetailView(DetailView):
    """A listed therapist's profile; anyone else's is a 404, except to its owner, as a preview."""

    context_object_name = "therapist"

    def get_queryset(self):
        return Therapist.objects.listed().with_profile_details()

    def get_object(self, queryset=None):
        try:
            therapist = super().get_object(queryset)
        except Http404:
            therapist = self.owners_preview()
            self.preview = True
        else:
            self.preview = self.request.user.is_authenticated and (
                therapist.owner_id == self.request.user.pk
            )
        return therapist

    def owners_preview(self) -> Therapist:
        """The signed-in owner sees their unlisted profile as the public would."""
        user = self.request.user
        if not user.is_authenticated:
            raise Http404
        mine = Therapist.objects.filter(owner=user)
        return get_object_or_404(mine.with_profile_details(), slug=self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.preview:
            patch_cache_control(response, no_store=True, private=True)
        else:
            profile_view_record(therapist=self.object)
        return response

    def get_context_data(self, **kwargs):
        therapist = self.object
        return super().get_context_data(**kwargs) | {
            "preview": self.preview,
            "listing_state": listing_state(therapist, listing_checklist(therapist))
            if self.preview
            else None,
            # The reader's alphabetical order, as on the cards and in the search.
            "approaches": alphabetical(therapist.approaches.all(), name=lambda a: a.label),
            "concerns": alphabetical(therapist.concerns.all()),
            "languages": alphabetical(therapist.languages.all()),
            "communities": alphabetical(therapist.communities.all()),
            "insurers": alphabetical(therapist.direct_billing.all()),
            "coverage": designations_coverage(therapist.valid_credentials),
            "video": therapist.approved_video,
            "online_provinces": therapist.online_provinces(),
            "form": kwargs.get("form") or InquiryForm(),
            "retention_days": settings.INQUIRY_RETENTION_DAYS,
            "structured_data": profile_structured_data(therapist, self.request),
            "canonical_url": self.request.build_absolute_uri(therapist.get_absolute_url()),
            "photo_url": self.request.build_absolute_uri(therapist.photo.url)
            if therapist.photo
            else None,
        }


@require_http_methods(["GET", "POST"])
def inquiry_send(request, slug):
    """A consultation request: stored, then the therapist is emailed; the client is told so.

    The address is also where a refused request is shown again, so switching language or
    reloading there (a GET) leads to the profile's request form."""
    therapist = Therapist.objects.listed().filter(slug=slug).first()
    if therapist is None:
        return inquiry_unavailable(request)
    if request.method == "GET":
        return redirect(therapist.get_absolute_url() + "#contact")
    purpose = inquiry_purpose(therapist)
    if purpose is None:  # stopped taking new clients while the request was written
        return inquiry_unavailable(request, closed=True)
    form = InquiryForm(request.POST)
    if not form.is_valid():
        view = TherapistDetailView(request=request, kwargs={"slug": slug})
        view.object = view.get_object()
        context = view.get_context_data(form=form)
        return render(request, "therapists/therapist_detail.html", context, status=400)
    if inquiry_rate_limited(request, therapist):
        return render(request, "429.html", {"therapist": therapist}, status=429)
    if not form.is_spam:
        data = {name: form.cleaned_data[name] for name in InquiryForm.Meta.fields}
        inquiry_create(therapist=therapist, purpose=purpose, **data)
    return redirect("therapists:inquiry_sent", slug=therapist.slug)


def inquiry_unavailable(request, *, closed: bool = False):
    """The profile is not listed (paused while the request was written, say), or takes no new
    clients: nothing is sent, and what was typed is shown back so that it is not lost."""
    if request.method == "GET":
        raise Http404
    message = request.POST.get("message", "")[:MESSAGE_MAX_LENGTH]
    context = {"message": message, "closed": closed}
    status = 409 if closed else 404  # the profile is there; it takes no requests now
    return render(request, "therapists/inquiry_unavailable.html", context, status=status)


class InquirySentView(DetailView):
    """What happens next, after a request was sent."""

    context_object_name = "therapist"
    template_name = "therapists/inquiry_sent.html"

    def get_queryset(self):
        return Therapist.objects.listed()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "retention_days": settings.INQUIRY_RETENTION_DAYS
        }
