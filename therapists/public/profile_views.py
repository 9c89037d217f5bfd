"""Views of public profiles, counted by day for the therapist's dashboard: how many, never who."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from therapists.models import ProfileViewDay, Therapist


def profile_view_record(*, therapist: Therapist, on=None) -> None:
    """Count one view of a public profile today: one row per day, no visitor data kept.

    For the public profile page to call; the therapist's dashboard shows the recent days' counts.
    """
    day = on or timezone.localdate()
    days = ProfileViewDay.objects.filter(therapist=therapist, date=day)
    if days.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            ProfileViewDay.objects.create(therapist=therapist, date=day, views=1)
    except IntegrityError:  # another request created today's row a moment ago
        days.update(views=F("views") + 1)
