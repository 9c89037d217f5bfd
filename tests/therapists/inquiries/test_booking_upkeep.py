"""Day-before reminders go once to each person, however often the job runs or stops half-way;
old bookings are deleted on the requests' schedule."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.bookings import booking_for, offering_therapist
from therapists.inquiries import booking_upkeep
from therapists.inquiries.booking_upkeep import bookings_remind_due
from therapists.inquiries.bookings import booking_move
from therapists.inquiries.slots import offer_free_starts
from therapists.models import Booking

pytestmark = pytest.mark.django_db

BOOKED_ON = datetime.datetime(2026, 10, 26, 15, tzinfo=datetime.UTC)  # a Monday


@pytest.fixture
def booking():
    """Booked on Monday for a time on Thursday, with nothing sent yet."""
    with time_machine.travel(BOOKED_ON, tick=False):
        therapist = offering_therapist(zone="America/Toronto", horizon_days=21)
        start = next(s for s in offer_free_starts(therapist.consultation_offer) if s.weekday() == 3)
        return booking_for(therapist, start, created_at=timezone.now())


def reminders():
    return [message for message in mail.outbox if "Reminder" in message.subject]


def test_the_reminders_go_once_the_day_before(booking):
    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=30), tick=False):
        assert bookings_remind_due() == 0
    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=23), tick=False):
        assert bookings_remind_due() == 1
        call_command("remind_bookings")
        assert bookings_remind_due() == 0
    assert sorted(message.to[0] for message in reminders()) == sorted(
        [booking.email, booking.therapist.owner.email]
    )


def test_a_job_stopped_before_queueing_loses_nothing_and_sends_once(booking, monkeypatch):
    class DyingQueue:
        def enqueue(self, *args):
            raise SystemExit("the worker was stopped")

    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=20), tick=False):
        monkeypatch.setattr(booking_upkeep, "booking_notify", DyingQueue())
        with pytest.raises(SystemExit):
            bookings_remind_due()
        monkeypatch.undo()
        assert Booking.objects.get().reminded_at is None  # the claim went with the queueing
        assert bookings_remind_due() == 1
        assert bookings_remind_due() == 0
    assert len(reminders()) == 2


def test_a_cancelled_booking_is_not_reminded(booking):
    Booking.objects.update(status="cancelled", cancelled_by="client")
    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=20), tick=False):
        assert bookings_remind_due() == 0


def test_a_moved_booking_is_reminded_of_its_new_time(booking):
    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=20), tick=False):
        bookings_remind_due()
    with time_machine.travel(booking.starts_at - datetime.timedelta(hours=60), tick=False):
        later = offer_free_starts(booking.therapist.consultation_offer)[-1]
        booking_move(booking=booking, start=later)
    assert Booking.objects.get().reminded_at is None


def test_old_bookings_are_purged_with_requests(booking):
    with time_machine.travel(booking.ends_at + datetime.timedelta(days=181)):
        call_command("purge_inquiries")
    assert not Booking.objects.exists()
