"""Booking, moving and cancelling a free consultation: the rules, the emails and their .ics."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError, transaction

from tests.bookings import booking_for, offering_therapist
from therapists.inquiries.booking_links import (
    LINK_MAX_AGE,
    LinkRefused,
    booking_from_token,
    booking_token,
)
from therapists.inquiries.bookings import (
    BookingRefused,
    SlotTaken,
    booking_cancel,
    booking_create,
    booking_move,
)
from therapists.inquiries.slots import offer_free_starts
from therapists.models import Booking, BookingStatus, CancelledBy, ConsultationZone

pytestmark = pytest.mark.django_db

CLIENT = {"name": "Alex", "email": "alex@example.ca", "phone": "", "way": "video", "consent": True}


@pytest.fixture
def therapist():
    return offering_therapist(zone=ConsultationZone.PACIFIC)


@pytest.fixture
def notify(django_capture_on_commit_callbacks):
    """Run the emails queued on commit, as the immediate task backend does after a request."""

    def run(function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(**kwargs)

    return run


def free(therapist, index=0):
    return offer_free_starts(therapist.consultation_offer)[index]


def book(therapist, start, **changes):
    return booking_create(therapist=therapist, start=start, **CLIENT | changes)


def calendar_event(message):
    ((name, content, mimetype),) = message.attachments
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    return icalendar.Calendar.from_ical(content).events[0]


def test_a_free_time_is_booked_and_both_people_are_emailed(therapist, notify):
    start = free(therapist)
    booking = notify(
        booking_create,
        therapist=therapist,
        start=start,
        client_zone=ConsultationZone.ATLANTIC,
        **CLIENT,
    )
    assert booking.status == BookingStatus.BOOKED
    assert booking.ends_at - booking.starts_at == datetime.timedelta(minutes=30)
    to_client, to_therapist = sorted(mail.outbox, key=lambda m: m.to[0] != "alex@example.ca")
    assert "Atlantic time" in to_client.body and "Pacific time" not in to_client.body
    assert "Pacific time" in to_therapist.body and "Atlantic time" not in to_therapist.body
    assert "/bookings/" in to_client.body and "/bookings/" not in to_therapist.body
    for message in (to_client, to_therapist):
        event = calendar_event(message)
        assert event.start == start and event.end == booking.ends_at
        assert event.start.tzinfo is not None and event.start.utcoffset() == datetime.timedelta(0)


def test_the_email_says_the_local_time_each_reader_sees(therapist, notify):
    start = free(therapist)
    notify(book, therapist=therapist, start=start, client_zone=ConsultationZone.ATLANTIC)
    to_client = next(m for m in mail.outbox if m.to == ["alex@example.ca"])
    to_therapist = next(m for m in mail.outbox if m.to != ["alex@example.ca"])
    halifax = start.astimezone(ZoneInfo("America/Halifax"))
    vancouver = start.astimezone(ZoneInfo("America/Vancouver"))
    assert f"{halifax:%H:%M}, Atlantic time" in to_client.subject
    assert f"{vancouver:%H:%M}, Pacific time" in to_therapist.subject


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"consent": False}, "tick the box"),
        ({"way": "phone"}, "phone number"),
        ({"client_zone": "Europe/Paris"}, "time zone"),
    ],
)
def test_bad_details_book_nothing(therapist, change, message):
    with pytest.raises(BookingRefused, match=message):
        book(therapist, free(therapist), **change)
    assert not Booking.objects.exists()


def test_a_way_the_therapist_does_not_offer_is_refused(therapist):
    therapist.consultation_offer.by_phone = False
    therapist.consultation_offer.save()
    with pytest.raises(BookingRefused, match="does not offer"):
        book(therapist, free(therapist), way="phone", phone="416-555-0100")


@pytest.mark.parametrize(
    ("shift", "message"),
    [
        (datetime.timedelta(days=-1), "already passed"),
        (datetime.timedelta(minutes=5), "not offered"),
        (datetime.timedelta(days=30), "too far ahead"),
    ],
)
def test_a_time_not_offered_is_refused(therapist, shift, message):
    with pytest.raises(BookingRefused, match=message):
        book(therapist, free(therapist) + shift)
    assert not Booking.objects.exists()


def test_a_time_inside_the_notice_is_refused(therapist):
    soon = free(therapist)
    therapist.consultation_offer.notice_hours = 168
    therapist.consultation_offer.save()
    with pytest.raises(BookingRefused, match="too soon"):
        book(therapist, soon)


def test_a_taken_time_is_refused_with_the_next_free_times(therapist):
    start = free(therapist)
    book(therapist, start)
    with pytest.raises(SlotTaken) as refusal:
        book(therapist, start, email="sam@example.ca")
    assert start not in refusal.value.next_starts
    assert refusal.value.next_starts[0] == free(therapist)
    assert Booking.objects.count() == 1


def test_a_therapist_who_stopped_offering_consultations_takes_no_bookings(therapist):
    start = free(therapist)
    therapist.free_consultation = False
    therapist.save()
    with pytest.raises(BookingRefused, match="not taking"):
        book(therapist, start)


def test_the_database_refuses_a_time_booked_twice(therapist):
    start = free(therapist)
    booking_for(therapist, start)
    with pytest.raises(IntegrityError), transaction.atomic():
        booking_for(therapist, start)


def test_a_cancelled_booking_does_not_hold_its_time(therapist):
    start = free(therapist)
    booking_for(therapist, start, status="cancelled", cancelled_by="client")
    assert book(therapist, start).starts_at == start


def test_the_therapist_cancels_with_a_message_and_the_client_is_told(therapist, notify):
    start = free(therapist)
    booking = book(therapist, start)
    with pytest.raises(BookingRefused, match="message"):
        booking_cancel(booking=booking, by=CancelledBy.THERAPIST, reason=" ")
    notify(booking_cancel, booking=booking, by=CancelledBy.THERAPIST, reason="I am unwell.")
    to_client = next(m for m in mail.outbox if m.to == ["alex@example.ca"])
    assert "cancelled" in to_client.subject.lower() and "I am unwell." in to_client.body
    assert str(calendar_event(to_client)["status"]) == "CANCELLED"
    assert start in offer_free_starts(therapist.consultation_offer)
    with pytest.raises(BookingRefused, match="cancelled"):
        booking_cancel(booking=booking, by=CancelledBy.CLIENT)


def test_a_move_takes_the_new_time_and_frees_the_old(therapist, notify):
    old, new = free(therapist), free(therapist, 3)
    booking = book(therapist, old)
    moved = notify(booking_move, booking=booking, start=new)
    assert (moved.pk, moved.starts_at, moved.revision) == (booking.pk, new, 1)
    free_now = offer_free_starts(therapist.consultation_offer)
    assert old in free_now and new not in free_now
    to_client = next(m for m in mail.outbox if m.to == ["alex@example.ca"])
    assert "moved" in to_client.subject.lower()
    event = calendar_event(to_client)
    assert event.start == new and int(event["sequence"]) == 1


def test_a_move_to_a_taken_time_changes_nothing(therapist):
    mine, theirs = free(therapist), free(therapist, 1)
    booking = book(therapist, mine)
    book(therapist, theirs, email="sam@example.ca")
    with pytest.raises(SlotTaken):
        booking_move(booking=booking, start=theirs)
    booking.refresh_from_db()
    assert booking.starts_at == mine


def test_a_move_may_overlap_the_booking_it_replaces(therapist):
    start = free(therapist)
    booking = book(therapist, start)
    therapist.consultation_offer.minutes = 15
    therapist.consultation_offer.save()
    later = start + datetime.timedelta(minutes=15)
    assert booking_move(booking=booking, start=later).starts_at == later


def test_the_link_opens_its_booking_until_it_starts(therapist):
    booking = book(therapist, free(therapist))
    token = booking_token(booking)
    assert booking_from_token(token) == booking
    with pytest.raises(LinkRefused):
        booking_from_token(token, now=booking.starts_at)


@pytest.mark.parametrize("damage", [lambda t: t[:-2] + "xy", lambda t: "x" + t, lambda t: ""])
def test_a_forged_link_opens_nothing(therapist, damage):
    booking = book(therapist, free(therapist))
    with pytest.raises(LinkRefused):
        booking_from_token(damage(booking_token(booking)))


def test_an_old_link_has_expired(therapist):
    booking = book(therapist, free(therapist))
    token = booking_token(booking)
    later = booking.created_at + LINK_MAX_AGE + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False), pytest.raises(LinkRefused):
        booking_from_token(token, now=booking.starts_at - datetime.timedelta(hours=1))


@pytest.mark.parametrize(
    ("today", "start"),
    [
        # Tuesday 10 March, just after the spring change: 12:00 EDT is 16:00 UTC.
        (datetime.datetime(2026, 3, 6, 12, tzinfo=datetime.UTC), (2026, 3, 10, 16)),
        # Tuesday 3 November, just after the autumn change: 12:00 EST is 17:00 UTC.
        (datetime.datetime(2026, 10, 30, 12, tzinfo=datetime.UTC), (2026, 11, 3, 17)),
    ],
)
def test_times_emails_and_calendar_agree_across_a_clock_change(notify, today, start):
    # Toronto and Halifax both still change their clocks (British Columbia no longer falls
    # back: tzdata 2026b), so a Toronto noon is 13:00 in Halifax either side of each change.
    with time_machine.travel(today, tick=False):
        therapist = offering_therapist(
            zone=ConsultationZone.EASTERN,
            starts=datetime.time(12),
            ends=datetime.time(12, 30),
            weekdays=[1],
        )
        instant = datetime.datetime(*start, tzinfo=datetime.UTC)
        assert instant in offer_free_starts(therapist.consultation_offer)
        notify(
            booking_create,
            therapist=therapist,
            start=instant,
            client_zone=ConsultationZone.ATLANTIC,
            **CLIENT,
        )
    to_client = next(m for m in mail.outbox if m.to == ["alex@example.ca"])
    to_therapist = next(m for m in mail.outbox if m.to != ["alex@example.ca"])
    assert "13:00, Atlantic time" in to_client.body
    assert "12:00, Eastern time" in to_therapist.body
    assert calendar_event(to_client).start == instant == calendar_event(to_therapist).start
