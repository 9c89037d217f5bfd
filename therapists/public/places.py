"""Pages for a province, a city, and a city and approach: the search, pre-filled, for visitors
arriving from a search engine. Addresses live under /therapists/in/, two or more segments deep,
so they can never collide with a profile's one-segment address."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.generic import ListView

from directory.geo import cities_like
from directory.models import City, Province, province_from_slug, province_in, province_slug
from modalities.models import Approach
from therapists.search.cards import CardsMixin
from therapists.search.counts import approaches_near, cities_with_therapists, city_search
from therapists.search.facet_counts import search_counts
from therapists.search.filters import TherapistFilter, search_data
from therapists.search.pagination import NearestPageMixin


class PlaceResultsView(CardsMixin, NearestPageMixin, ListView):
    """The search over listed therapists with the place's parameters filled in."""

    paginate_by = 20
    context_object_name = "therapists"
    template_name = "therapists/place_page.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        code = province_from_slug(kwargs["province"])
        if code is None:
            raise Http404
        self.province = code

    def search_parameters(self) -> dict:
        """Every place page is at least its province: who sees people from there."""
        return {"serving": self.province}

    def get_queryset(self):
        self.search = search_data(self.search_parameters())
        self.filterset = TherapistFilter(self.search)
        return self.filterset.results()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "province_code": self.province,
            "province_name": Province(self.province).label,
            "in_province": province_in(self.province),
            "province_url": reverse(
                "therapists:province", kwargs={"province": province_slug(self.province)}
            ),
            "search_query": self.search.urlencode(),
            "place": self.filterset.place_point,
            "filter": self.filterset,
        }


class ProvinceView(PlaceResultsView):
    """Therapists who see people from the province, in person or online."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "level": "province",
            "cities": cities_with_therapists(self.province),
        }


class CityView(PlaceResultsView):
    """Therapists with an office within the default radius of the city."""

    def approach_counts(self) -> dict[int, int]:
        """The approach facet of this page's own search: what each approach link will find."""
        return search_counts(self.filterset)[1]["approach"]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.city = City.objects.filter(province=self.province, slug=kwargs["city"]).first()

    def dispatch(self, request, *args, **kwargs):
        if self.city is None:
            return self.city_not_found()
        return super().dispatch(request, *args, **kwargs)

    def city_not_found(self):
        """A mistyped city's address: a 404 offering the pages of the cities spelled like it."""
        typed = self.kwargs["city"].replace("-", " ")
        suggestions = [(city, self.city_url(city)) for city in cities_like(typed, self.province)]
        return render(self.request, "404.html", {"suggestions": suggestions}, status=404)

    def city_url(self, city: City) -> str:
        """This page's address for another city of the province."""
        kwargs = {"province": self.kwargs["province"], "city": city.slug}
        return reverse("therapists:city", kwargs=kwargs)

    def search_parameters(self) -> dict:
        return city_search(self.city)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "level": "city",
            "city": self.city,
            "approaches": approaches_near(self.approach_counts()),
        }


class CityApproachView(CityView):
    """Therapists near the city who offer one approach."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.approach = get_object_or_404(Approach, slug=kwargs["approach"])

    def city_url(self, city: City) -> str:
        kwargs = {
            "province": self.kwargs["province"],
            "city": city.slug,
            "approach": self.approach.slug,
        }
        return reverse("therapists:city_approach", kwargs=kwargs)

    def search_parameters(self) -> dict:
        return super().search_parameters() | {"approach": self.approach.slug}

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"level": "approach", "approach": self.approach}
