"""Who is listed, kept on each profile as the last day it may be listed (Therapist.listed_until).

Listed means: the therapist published the profile, the account is active, and at least one
credential is verified and not expired. That takes three tables to decide, and every search,
count and profile page asks it, so each profile carries the answer as a date: the latest expiry
among its verified credentials (a database constraint gives each one an expiry) while it is
published and its owner active, else empty. Therapist.objects.listed(on=day) is then
`listed_until >= day`, one indexed column, and an expiry takes effect at midnight with nothing
to run.

Offices follow the same way: a therapist sees clients in person only where registered, so each
office keeps the last day of its therapist's verified registration in its province
(Office.registered_until), refreshed with the listing, and only registered offices are searched,
counted and shown.

Every function that changes a credential, publishing or an account's activity calls
therapist_listing_refresh() in the same transaction, and so do the admin's forms for profiles,
credentials and accounts. A form that saves a whole profile writes back the listed_until it was
loaded with, so the editor refreshes it after saving too. The daily credential sweep refreshes
every profile as well, and says how many it had to correct (none, unless a change missed its
call).
"""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, DateField, Exists, F, Max, OuterRef, Q, Subquery, When

from therapists.models import Credential, CredentialStatus, Office, Therapist
from therapists.search.cache import search_cache_clear


def listed_until_expected():
    """The value listed_until must hold, computed from the profile's own rows."""
    active_owner = get_user_model().objects.filter(pk=OuterRef("owner_id"), is_active=True)
    latest_expiry = (
        Credential.objects.filter(therapist=OuterRef("pk"), status=CredentialStatus.VERIFIED)
        .values("therapist")
        .annotate(until=Max("expires_on"))
        .values("until")
    )
    return Case(
        When(Q(is_published=True) & Q(Exists(active_owner)), then=Subquery(latest_expiry)),
        default=None,
        output_field=DateField(),
    )


def registered_until_expected(province: str):
    """The value registered_until must hold on an office in the province: the latest expiry
    among its therapist's verified credentials for that province."""
    latest_expiry = (
        Credential.objects.filter(
            therapist=OuterRef("therapist_id"),
            status=CredentialStatus.VERIFIED,
            jurisdiction=province,
        )
        .values("therapist")
        .annotate(until=Max("expires_on"))
        .values("until")
    )
    return Subquery(latest_expiry, output_field=DateField())


def offices_registration_refresh(profiles) -> None:
    """Bring registered_until up to date on the offices of a queryset's profiles, a province at
    a time (an update cannot read the office's city through a join)."""
    offices = Office.objects.filter(therapist__in=profiles.values("pk"))
    for province in offices.order_by().values_list("city__province", flat=True).distinct():
        offices.filter(city__province=province).update(
            registered_until=registered_until_expected(province)
        )


def listing_refresh(profiles) -> int:
    """Bring listed_until up to date on the profiles of a queryset, and registered_until on
    their offices; returns how many profiles changed."""
    offices_registration_refresh(profiles)
    drifted = profiles.annotate(expected=listed_until_expected()).filter(
        Q(listed_until__isnull=True, expected__isnull=False)
        | Q(listed_until__isnull=False, expected__isnull=True)
        | Q(listed_until__isnull=False, expected__isnull=False) & ~Q(listed_until=F("expected"))
    )
    return Therapist.objects.filter(pk__in=drifted.values("pk")).update(
        listed_until=listed_until_expected()
    )


@transaction.atomic
def locked_listing_refresh(profiles) -> int:
    """Refresh the profiles' listings, their rows locked first (in id order): a decision on one
    credential and a change to another of the same profile, made at once, then compute one after
    the other, and the second sees what the first committed."""
    list(profiles.select_for_update().order_by("pk").values_list("pk", flat=True))
    return listing_refresh(profiles)


def therapist_listing_refresh(*, therapist_ids: Iterable[int]) -> int:
    """After a change to the profiles' credentials, publishing or owners' accounts."""
    return locked_listing_refresh(Therapist.objects.filter(pk__in=list(therapist_ids)))


def owner_listing_refresh(*, owner) -> int:
    """After a change to an account's activity."""
    return locked_listing_refresh(Therapist.objects.filter(owner=owner))


def listings_refresh_all() -> int:
    """Every profile checked again: the daily safety net. Returns how many were corrected, and
    clears the cached search pages if any was."""
    corrected = listing_refresh(Therapist.objects.all())
    if corrected:
        transaction.on_commit(search_cache_clear, robust=True)
    return corrected
