"""What a running directory has besides profiles: waitlists, offered consultation times,
bookings, and requests in every state, so a demo shows each of them.

Drawn from its own generator after the profiles exist, for the first listed demo therapists
(by id), so the profiles themselves stay what the seed made them.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from therapists.inquiries.slots import offer_free_starts
from therapists.models import (
    Accepting,
    Booking,
    ConsultationOffer,
    ConsultationWay,
    ConsultationWindow,
    Inquiry,
    InquiryPurpose,
    InquiryStatus,
    Therapist,
)
from therapists.models.bookings import province_zone
from therapists.search.rows import search_rows_refresh

ACTIVE_THERAPISTS = 60
CLIENTS = ["Sam Tremblay", "Alex Martin", "Jordan Roy", "Maya Singh", "Léa Gagnon", "Noah Chen"]
REQUESTS = {
    "en": "I have been feeling anxious for a few months and would like to talk about it.",
    "fr": "Je me sens anxieuse depuis quelques mois et j'aimerais en parler.",
}
REPLIES = {
    "en": "Thank you for writing. I have time on Tuesday at noon; would that suit you?",
    "fr": "Merci de votre message. J'ai du temps mardi midi; cela vous conviendrait-il?",
}
# (days ago, status, answered after days): new, read, replied and declined requests.
REQUEST_STATES = [
    (1, InquiryStatus.NEW, None),
    (3, InquiryStatus.READ, None),
    (6, InquiryStatus.REPLIED, 1),
    (9, InquiryStatus.DECLINED, 2),
    (12, InquiryStatus.REPLIED, 3),
]
WINDOWS = [(1, datetime.time(12), datetime.time(14)), (3, datetime.time(18), datetime.time(20))]


def demo_activity_seed(*, seed: int) -> None:
    """Waitlists, consultation offers, bookings and requests for the first listed therapists."""
    rng = random.Random(f"{seed}:activity")
    therapists = list(
        Therapist.objects.listed()
        .order_by("pk")
        .prefetch_related("offices__city", "credentials")[:ACTIVE_THERAPISTS]
    )
    with transaction.atomic():
        for index, therapist in enumerate(therapists):
            if index % 7 == 3:
                waitlist_set(therapist, weeks=rng.choice([None, 4, 8, 12]))
            if therapist.free_consultation and therapist.accepting == Accepting.ACCEPTING:
                offer = offer_create(therapist)
                bookings_create(rng, offer, count=index % 3)
            requests_create(rng, therapist)
        search_rows_refresh(therapist.pk for therapist in therapists)  # their word on clients


def waitlist_set(therapist: Therapist, *, weeks: int | None) -> None:
    therapist.accepting = Accepting.WAITLIST
    therapist.waitlist_weeks = weeks
    therapist.save(update_fields=["accepting", "waitlist_weeks"])


def therapist_province(therapist: Therapist) -> str:
    offices = list(therapist.offices.all())
    if offices:
        return offices[0].city.province
    return next((c.jurisdiction for c in therapist.credentials.all()), "ON")


def offer_create(therapist: Therapist) -> ConsultationOffer:
    """Two weekly windows in the therapist's own zone, bookable two weeks ahead; setting them up,
    the therapist confirmed they accept clients (times show only while that is fresh)."""
    therapist.availability_confirmed_at = timezone.now()
    therapist.save(update_fields=["availability_confirmed_at"])
    offer = ConsultationOffer.objects.create(
        therapist=therapist,
        minutes=20,
        time_zone=province_zone(therapist_province(therapist)),
        horizon_days=14,
        notice_hours=24,
    )
    ConsultationWindow.objects.bulk_create(
        ConsultationWindow(offer=offer, weekday=day, starts=starts, ends=ends)
        for day, starts, ends in WINDOWS
    )
    return offer


def bookings_create(rng: random.Random, offer: ConsultationOffer, *, count: int) -> None:
    """Book some of the offered times, as clients would have."""
    starts = offer_free_starts(offer)
    now = timezone.now()
    for start in starts[:: max(len(starts) // 4, 1)][:count]:
        Booking.objects.create(
            therapist=offer.therapist,
            starts_at=start,
            ends_at=start + datetime.timedelta(minutes=offer.minutes),
            name=rng.choice(CLIENTS),
            email=f"client-{offer.therapist_id}-{start:%m%d%H%M}@demo.example.ca",
            way=rng.choice(list(ConsultationWay)),
            client_time_zone=offer.time_zone,
            language=rng.choice(["en", "fr"]),
            consent_at=now,
        )


def requests_create(rng: random.Random, therapist: Therapist) -> None:
    """One request in each state, the oldest answered, the newest waiting."""
    now = timezone.now()
    for days_ago, status, answered_after in REQUEST_STATES:
        language = rng.choice(["en", "fr"])
        received = now - datetime.timedelta(days=days_ago, hours=rng.randint(0, 8))
        answered = received + datetime.timedelta(days=answered_after or 0)
        Inquiry.objects.create(
            therapist=therapist,
            name=rng.choice(CLIENTS),
            email=f"client-{therapist.pk}-{days_ago}@demo.example.ca",
            message=REQUESTS[language],
            language=language,
            purpose=(
                InquiryPurpose.WAITLIST
                if therapist.accepting == Accepting.WAITLIST
                else InquiryPurpose.REQUEST
            ),
            consent_at=received,
            created_at=received,
            status=status,
            notified_at=received,
            replied_at=answered if status == InquiryStatus.REPLIED else None,
            reply=REPLIES[language] if status == InquiryStatus.REPLIED else "",
            declined_at=answered if status == InquiryStatus.DECLINED else None,
            answer_sent_at=answered if answered_after else None,
            # What the reminders would have sent by now is taken as sent.
            reminded_2d_at=received if days_ago >= 2 else None,
            reminded_5d_at=received if days_ago >= 5 else None,
            no_answer_told_at=received if days_ago >= 7 else None,
        )
