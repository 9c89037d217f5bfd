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
listing_refresh() in the same transaction, and so do the admin's forms for profiles,
credentials and accounts. A form that saves a whole profile writes back the listed_until it was
loaded with, so the editor refreshes it after saving too. The daily credential sweep refreshes
every profile as well, and says how many it had to correct (none, unless a change missed its
call).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Case, DateField, Exists, F, Max, OuterRef, Q, Subquery, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from therapists.models import Credential, CredentialStatus, Office, Therapist
from therapists.search.cache import search_cache_clear
from therapists.search.rows import search_rows_refresh


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


def listing_recompute(profiles) -> int:
    """Bring listed_until up to date on the profiles of a queryset, registered_until on their
    offices, and their search rows; returns how many profiles' listing changed."""
    offices_registration_refresh(profiles)
    drifted = profiles.annotate(expected=listed_until_expected()).filter(
        Q(listed_until__isnull=True, expected__isnull=False)
        | Q(listed_until__isnull=False, expected__isnull=True)
        | Q(listed_until__isnull=False, expected__isnull=False) & ~Q(listed_until=F("expected"))
    )
    corrected = Therapist.objects.filter(pk__in=drifted.values("pk")).update(
        listed_until=listed_until_expected()
    )
    search_rows_refresh(profiles.values_list("pk", flat=True))
    return corrected


@transaction.atomic
def listing_refresh(*, therapist_ids: Iterable[int]) -> int:
    """After a change to profiles' credentials, publishing, offices or owners' accounts, or to
    anything else the search reads of them (their search rows: therapists/search/rows.py).

    The rows are locked first (in id order): a decision on one credential and a change to another
    of the same profile, made at once, then compute one after the other, and the second sees
    what the first committed."""
    profiles = Therapist.objects.filter(pk__in=list(therapist_ids))
    list(profiles.select_for_update().order_by("pk").values_list("pk", flat=True))
    return listing_recompute(profiles)


def listing_refresh_all() -> int:
    """Every profile checked again: the daily safety net. Returns how many were corrected, and
    clears the cached search pages if any was."""
    corrected = listing_recompute(Therapist.objects.all())
    if corrected:
        transaction.on_commit(search_cache_clear, robust=True)
    return corrected


@dataclass(frozen=True)
class ChecklistItem:
    """One thing a listing needs, whether it is done, and where to do it."""

    key: str
    label: str
    done: bool
    url: str
    # Verification is the directory's step, not the therapist's: it does not block publishing.
    blocks_publishing: bool = True


def listing_checklist(therapist: Therapist) -> list[ChecklistItem]:
    """Everything a profile needs before the public can find it, in the order to do it."""
    credentials = list(therapist.credentials.all())
    valid = Credential.objects.valid().filter(therapist=therapist).exists()
    submitted = any(
        c.status in {CredentialStatus.PENDING, CredentialStatus.VERIFIED} for c in credentials
    )
    section = lambda name: reverse("therapists:editor", kwargs={"section": name})  # noqa: E731
    return [
        ChecklistItem(
            "email",
            _("Confirm your email address"),
            therapist.owner.email_confirmed_at is not None,
            reverse("therapists:dashboard"),
        ),
        ChecklistItem(
            "photo", _("Add a photo"), bool(therapist.photo), reverse("therapists:photo")
        ),
        ChecklistItem(
            "bio", _("Write about yourself"), bool(therapist.bio.strip()), section("identity")
        ),
        ChecklistItem(
            "approach",
            _("Choose at least one approach"),
            therapist.approaches.exists(),
            section("approaches"),
        ),
        ChecklistItem(
            "where",
            _("Add an office, or offer online sessions"),
            therapist.offers_online or therapist.offices.exists(),
            reverse("therapists:offices"),
        ),
        ChecklistItem("fees", _("Give your fee"), therapist.fee is not None, section("fees")),
        ChecklistItem(
            "credential",
            _("Add a credential for us to verify"),
            submitted or valid,
            reverse("therapists:credential_add"),
        ),
        ChecklistItem(
            "verified",
            _("Have a credential verified by our team"),
            valid,
            reverse("therapists:dashboard") + "#credentials",
            blocks_publishing=False,
        ),
    ]


def publish_blockers(therapist: Therapist) -> list[ChecklistItem]:
    """What the therapist must still do before publishing."""
    return [i for i in listing_checklist(therapist) if i.blocks_publishing and not i.done]


class ListingState(models.TextChoices):
    LISTED = "listed", _("Listed")
    WAITING = "waiting", _("Waiting for verification")  # published, no valid credential yet
    PAUSED = "paused", _("Paused")
    DRAFT = "draft", _("Draft")


def listing_state(therapist: Therapist, checklist: list[ChecklistItem]) -> str:
    """Where the listing stands, in the dashboard's words."""
    if therapist.is_published:
        listed = Therapist.objects.listed().filter(pk=therapist.pk).exists()
        return ListingState.LISTED if listed else ListingState.WAITING
    if all(item.done for item in checklist if item.blocks_publishing):
        return ListingState.PAUSED
    return ListingState.DRAFT
