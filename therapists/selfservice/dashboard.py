"""What the therapist's dashboard says: where the listing stands and what is still missing."""

import datetime
from dataclasses import dataclass

from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from therapists.models import (
    AVAILABILITY_TRUSTED_DAYS,
    Credential,
    CredentialStatus,
    InquiryStatus,
    Therapist,
)

VIEWS_DAYS = 30


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


class ListingState:
    LISTED = "listed"
    WAITING = "waiting"  # published, but no valid credential yet
    PAUSED = "paused"
    DRAFT = "draft"


def listing_state(therapist: Therapist, checklist: list[ChecklistItem]) -> str:
    if therapist.is_published:
        listed = Therapist.objects.listed().filter(pk=therapist.pk).exists()
        return ListingState.LISTED if listed else ListingState.WAITING
    if all(item.done for item in checklist if item.blocks_publishing):
        return ListingState.PAUSED
    return ListingState.DRAFT


def profile_views(therapist: Therapist, *, days: int = VIEWS_DAYS) -> dict:
    """Daily view counts over the last `days` days (zeros included), and their total."""
    today = timezone.localdate()
    since = today - datetime.timedelta(days=days - 1)
    counted = dict(therapist.view_days.filter(date__gte=since).values_list("date", "views"))
    series = [
        {
            "date": since + datetime.timedelta(days=n),
            "views": counted.get(since + datetime.timedelta(days=n), 0),
        }
        for n in range(days)
    ]
    peak = max((row["views"] for row in series), default=0) or 1
    for row in series:
        row["percent"] = round(100 * row["views"] / peak)
    total = therapist.view_days.filter(date__gte=since).aggregate(total=Sum("views"))["total"]
    return {"days": series, "total": total or 0}


def inquiry_counts(therapist: Therapist) -> dict:
    inquiries = therapist.inquiries
    return {
        "total": inquiries.count(),
        "unread": inquiries.filter(status=InquiryStatus.NEW).count(),
        "last_30_days": inquiries.filter(
            created_at__gte=timezone.now() - datetime.timedelta(days=VIEWS_DAYS)
        ).count(),
    }


def availability_reminder(therapist: Therapist) -> bool:
    """True when the therapist says they accept clients but has not confirmed it lately."""
    if not therapist.accepting_new_clients:
        return False
    confirmed = therapist.availability_confirmed_at
    limit = timezone.now() - datetime.timedelta(days=AVAILABILITY_TRUSTED_DAYS)
    return confirmed is None or confirmed < limit
