"""Counts a therapist sees on their dashboard; no data about visitors is kept."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from therapists.models import ProfileViewDay, Therapist


def profile_view_record(*, therapist: Therapist) -> None:
    """Add one to today's view count of the profile."""
    today = timezone.localdate()
    days = ProfileViewDay.objects.filter(therapist=therapist, date=today)
    if days.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            ProfileViewDay.objects.create(therapist=therapist, date=today, views=1)
    except IntegrityError:  # another request created today's row first
        days.update(views=F("views") + 1)
