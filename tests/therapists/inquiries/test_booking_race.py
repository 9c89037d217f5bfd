"""Two clients book the same time at the same moment, each in its own connection (PostgreSQL).

Both pass the check of the free times before either inserts, so the only thing between them is
the partial unique constraint on (therapist, start): one wins, the other is told and shown the
next free times, and exactly one booking exists.
"""

import threading

import pytest
from django.db import connection

from tests.bookings import offering_therapist
from therapists.inquiries import bookings
from therapists.inquiries.bookings import SlotTaken, booking_create
from therapists.inquiries.slots import offer_free_starts
from therapists.models import Booking

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_clients_booking_one_time_at_once_get_one_booking(monkeypatch):
    therapist = offering_therapist()
    start = offer_free_starts(therapist.consultation_offer)[0]
    both_checked = threading.Barrier(2, timeout=10)
    checked = bookings.start_check

    def check_then_wait(*args, **kwargs):
        checked(*args, **kwargs)
        both_checked.wait()  # neither inserts until both have seen the time free

    monkeypatch.setattr(bookings, "start_check", check_then_wait)
    outcomes = []

    def client(email):
        try:
            booking_create(
                therapist=therapist,
                start=start,
                name="Client",
                email=email,
                way="video",
                consent=True,
            )
            outcomes.append("booked")
        except SlotTaken as refusal:
            outcomes.append(refusal)
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(f"c{n}@example.ca",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes, key=str).count("booked") == 1
    (refusal,) = [outcome for outcome in outcomes if outcome != "booked"]
    assert "just booked" in refusal.message
    assert refusal.next_starts and start not in refusal.next_starts
    assert Booking.objects.filter(starts_at=start).count() == 1
