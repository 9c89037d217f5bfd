"""What the therapist's dashboard says: where the listing stands and what is still missing."""

import datetime

from django.db.models import Sum
from django.utils import timezone

from therapists.models import Availability, InquiryStatus, Therapist

VIEWS_DAYS = 30


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
    """True when the therapist says they take new clients (now or by a waitlist), or never
    said, and clients no longer believe it: not confirmed lately."""
    return therapist.availability == Availability.UNCONFIRMED
