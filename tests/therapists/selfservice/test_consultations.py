"""The therapist's consultation times and bookings: their own only, saved whole or not at all."""

import pytest
from django.core import mail
from django.urls import reverse

from directory.models import Province
from tests import factories
from tests.bookings import booking_for, offering_therapist
from therapists.inquiries.slots import offer_free_starts
from therapists.models import BookingStatus, ConsultationOffer

pytestmark = pytest.mark.django_db

SETTINGS = {
    "minutes": "20",
    "time_zone": "America/Vancouver",
    "horizon_days": "14",
    "notice_hours": "24",
    "by_video": "on",
    "windows-TOTAL_FORMS": "1",
    "windows-INITIAL_FORMS": "0",
    "windows-0-weekday": "1",
    "windows-0-starts": "12:00",
    "windows-0-ends": "14:00",
    "days_off-TOTAL_FORMS": "1",
    "days_off-INITIAL_FORMS": "0",
    "days_off-0-day": "2026-12-24",
}


@pytest.fixture
def offering(client):
    therapist = offering_therapist(zone="America/Vancouver")
    client.force_login(therapist.owner)
    return therapist


def test_a_new_offer_starts_in_the_zone_of_the_first_office(owner_client, owner):
    city = factories.CityFactory(province=Province.BC)
    factories.OfficeFactory(therapist=owner, city=city)
    page = owner_client.get(reverse("therapists:consultations")).content.decode()
    assert '<option value="America/Vancouver" selected>' in page


def test_the_offer_windows_and_days_off_are_saved_together(owner_client, owner):
    response = owner_client.post(reverse("therapists:consultations"), SETTINGS)
    assert response.status_code == 302
    offer = ConsultationOffer.objects.get(therapist=owner)
    assert (offer.minutes, offer.time_zone, offer.ways) == (20, "America/Vancouver", ["video"])
    assert [str(window) for window in offer.windows.all()] == ["Tuesday 12:00-14:00"]
    assert [str(day.day) for day in offer.exceptions.all()] == ["2026-12-24"]


@pytest.mark.parametrize(
    "change",
    [
        {"minutes": "45"},
        {"horizon_days": "60"},
        {"by_video": ""},
        {"time_zone": "Europe/Paris"},
        {"windows-0-ends": "11:00"},
        {"windows-0-weekday": "9"},
    ],
)
def test_a_bad_offer_saves_nothing(owner_client, owner, change):
    response = owner_client.post(reverse("therapists:consultations"), SETTINGS | change)
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert not ConsultationOffer.objects.filter(therapist=owner).exists()


def test_the_pages_need_a_login(client):
    for name in ("therapists:consultations", "therapists:bookings"):
        assert client.get(reverse(name)).status_code == 302


def test_the_therapist_sees_their_own_upcoming_bookings_only(client, offering):
    other = offering_therapist()
    booking_for(offering, offer_free_starts(offering.consultation_offer)[0], name="Mine Client")
    booking_for(other, offer_free_starts(other.consultation_offer)[0], name="Their Client")
    page = client.get(reverse("therapists:bookings")).content.decode()
    assert "Mine Client" in page and "Their Client" not in page and "Pacific time" in page
    dashboard = client.get(reverse("therapists:dashboard")).content.decode()
    assert "Mine Client" in dashboard


def test_the_inbox_shows_the_upcoming_bookings_beside_the_requests(client, offering):
    booking_for(offering, offer_free_starts(offering.consultation_offer)[0], name="Mine Client")
    inbox = client.get(reverse("therapists:inbox")).content.decode()
    assert "Mine Client" in inbox and "Free consultations" in inbox
    archived = client.get(reverse("therapists:inbox"), {"status": "archived"}).content.decode()
    assert "Mine Client" not in archived


def test_a_cancellation_needs_a_message(client, offering):
    booking = booking_for(offering, offer_free_starts(offering.consultation_offer)[0])
    url = reverse("therapists:booking_cancel", kwargs={"pk": booking.pk})
    response = client.post(url, {"reason": ""})
    assert response.status_code == 400
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED


def test_the_therapist_cancels_and_the_client_is_told(
    client, offering, django_capture_on_commit_callbacks
):
    booking = booking_for(offering, offer_free_starts(offering.consultation_offer)[0])
    url = reverse("therapists:booking_cancel", kwargs={"pk": booking.pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "I am away that day.", "next": "dashboard"})
    assert response.status_code == 302 and response.url == reverse("therapists:dashboard")
    booking.refresh_from_db()
    assert (booking.status, booking.cancelled_by) == (BookingStatus.CANCELLED, "therapist")
    to_client = next(m for m in mail.outbox if m.to == [booking.email])
    assert "I am away that day." in to_client.body


def test_another_therapists_booking_cannot_be_cancelled(client, offering):
    other = offering_therapist()
    booking = booking_for(other, offer_free_starts(other.consultation_offer)[0])
    url = reverse("therapists:booking_cancel", kwargs={"pk": booking.pk})
    assert client.post(url, {"reason": "Mine now."}).status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED


def test_the_account_export_holds_the_bookings(client, offering):
    start = offer_free_starts(offering.consultation_offer)[0]
    booking_for(offering, start, name="Mine Client")
    data = client.get(reverse("therapists:account_export")).json()
    assert [(b["name"], b["starts_at"]) for b in data["profile"]["bookings"]] == [
        ("Mine Client", start.isoformat())
    ]
