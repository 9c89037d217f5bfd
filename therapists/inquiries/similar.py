"""The search a client is offered when a therapist declines or does not answer: therapists like
this one, built from the search's own URL and parameters so it is an ordinary result page."""

from django.conf import settings
from django.urls import reverse

from therapists.models import Credential, Office, Therapist
from therapists.search.counts import city_search
from therapists.search.filters import search_data
from therapists.search.forms import DEFAULT_RADIUS


def similar_search_parameters(therapist: Therapist) -> dict:
    """Same first approach; near the first registered office, else online in the province of
    the first valid credential; accepting new clients."""
    parameters = {"accepting": "on"}
    approach = therapist.approaches.order_by("slug").first()
    if approach:
        parameters["approach"] = approach.slug
    office = (
        Office.objects.registered()
        .filter(therapist=therapist)
        .select_related("city")
        .order_by("pk")
        .first()
    )
    if office:
        return parameters | city_search(office.city) | {"radius": str(DEFAULT_RADIUS)}
    credential = Credential.objects.valid().filter(therapist=therapist).order_by("pk").first()
    if credential:
        parameters["online"] = credential.jurisdiction
    return parameters


def similar_search_url(therapist: Therapist) -> str:
    """The absolute address of that search, in the active language (call it inside the reader's
    translation.override())."""
    query = search_data(similar_search_parameters(therapist)).urlencode()
    return f"{settings.SITE_URL}{reverse('therapists:list')}?{query}"
