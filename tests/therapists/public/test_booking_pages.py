"""The client's booking pages: times on the profile, the booking form, and the signed page."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from tests.bookings import booking_for, offering_therapist
from therapists.inquiries.booking_links import booking_token
from therapists.inquiries.slots import offer_free_starts
from therapists.models import Booking, BookingStatus, ConsultationZone

pytestmark = pytest.mark.django_db

FORM = {"name": "Alex", "email": "alex@example.ca", "phone": "", "way": "video", "consent": "on"}


@pytest.fixture
def therapist():
    return offering_therapist(zone=ConsultationZone.PACIFIC)


def free(therapist, index=0):
    return offer_free_starts(therapist.consultation_offer)[index]


def book_url(therapist):
    return reverse("therapists:book", kwargs={"slug": therapist.slug})


def post_booking(client, therapist, when, zone="America/Halifax", **changes):
    data = FORM | {"start": when.isoformat(), "zone": zone} | changes
    return client.post(book_url(therapist), data)


def manage_url(booking):
    return reverse("therapists:booking_manage", kwargs={"token": booking_token(booking)})


def test_the_profile_shows_free_times_in_the_therapists_zone(client, therapist):
    page = client.get(therapist.get_absolute_url()).content.decode()
    assert "Book a free consultation" in page and "Times are shown in Pacific time." in page
    assert book_url(therapist) in page


def test_the_profile_shows_times_in_the_zone_the_visitor_chose(client, therapist):
    response = client.get(therapist.get_absolute_url(), {"zone": "America/Halifax"})
    assert "Times are shown in Atlantic time." in response.content.decode()


def test_the_profile_shows_times_in_the_zone_of_the_province_searched_from(client, therapist):
    response = client.get(therapist.get_absolute_url(), {"province": "NS"})
    assert "Times are shown in Atlantic time." in response.content.decode()
    unknown = client.get(therapist.get_absolute_url(), {"province": "XX"})
    assert "Times are shown in Pacific time." in unknown.content.decode()


@pytest.mark.parametrize(
    "change", [{"free_consultation": False}, {"availability_confirmed_at": None}]
)
def test_the_profile_offers_no_times_when_the_therapist_is_not_booking(client, therapist, change):
    for field, value in change.items():
        setattr(therapist, field, value)
    therapist.save()
    assert (
        "Book a free consultation" not in client.get(therapist.get_absolute_url()).content.decode()
    )


def test_the_profile_offers_no_times_without_windows(client, therapist):
    therapist.consultation_offer.windows.all().delete()
    assert (
        "Book a free consultation" not in client.get(therapist.get_absolute_url()).content.decode()
    )


def test_the_times_page_speaks_the_chosen_zone(client, therapist):
    url = reverse("therapists:consultation_times", kwargs={"slug": therapist.slug})
    response = client.get(url, {"zone": "America/Regina"})
    assert response.status_code == 200
    assert "Saskatchewan time" in response.content.decode()


@pytest.mark.parametrize("zone", ["Europe/Paris", "Mars/Olympus", "<script>"])
def test_an_unknown_zone_is_a_clear_400(client, therapist, zone):
    url = reverse("therapists:consultation_times", kwargs={"slug": therapist.slug})
    response = client.get(url, {"zone": zone})
    assert response.status_code == 400
    assert "time zone is not one we know" in response.content.decode()
    query = {"start": free(therapist).isoformat(), "zone": zone}
    assert client.get(book_url(therapist), query).status_code == 400


def test_the_booking_form_names_the_time_in_the_visitors_zone(client, therapist):
    start = free(therapist)
    response = client.get(
        book_url(therapist), {"start": start.isoformat(), "zone": "America/Halifax"}
    )
    assert response.status_code == 200
    assert "Atlantic time" in response.content.decode()


def test_an_unreadable_time_is_a_400(client, therapist):
    assert client.get(book_url(therapist), {"start": "tomorrow"}).status_code == 400


def test_a_booking_leads_to_its_own_page_and_emails(
    client, therapist, django_capture_on_commit_callbacks
):
    start = free(therapist)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(client, therapist, start)
    booking = Booking.objects.get()
    assert response.status_code == 302 and response.url == manage_url(booking)
    assert (booking.starts_at, booking.client_time_zone) == (start, "America/Halifax")
    assert len(mail.outbox) == 2
    page = client.get(response.url).content.decode()
    assert "Your free consultation" in page and "Atlantic time" in page


@pytest.mark.parametrize(
    "change",
    [{"consent": ""}, {"email": "not-an-email"}, {"way": "carrier-pigeon"}, {"start": "yesterday"}],
)
def test_bad_input_books_nothing(client, therapist, change):
    response = post_booking(client, therapist, free(therapist), **change)
    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_a_time_not_offered_is_a_400(client, therapist):
    response = post_booking(client, therapist, free(therapist) + datetime.timedelta(minutes=7))
    assert response.status_code == 400
    assert "not offered" in response.content.decode()
    assert not Booking.objects.exists()


def test_a_taken_time_is_a_409_with_the_next_times(client, therapist):
    start = free(therapist)
    booking_for(therapist, start)
    response = post_booking(client, therapist, start)
    assert response.status_code == 409
    page = response.content.decode()
    assert "just booked" in page and "The next free times" in page
    assert Booking.objects.count() == 1


def test_a_forged_link_is_refused(client, therapist):
    booking = booking_for(therapist, free(therapist))
    response = client.get(manage_url(booking)[:-3] + "xyz/")
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_the_client_moves_the_booking_from_the_link(client, therapist):
    booking = booking_for(therapist, free(therapist))
    later = free(therapist, 2)
    response = client.post(manage_url(booking), {"action": "move", "start": later.isoformat()})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.starts_at == later


def test_a_move_to_a_time_not_offered_is_refused_on_the_page(client, therapist):
    start = free(therapist)
    booking = booking_for(therapist, start)
    response = client.post(
        manage_url(booking), {"action": "move", "start": "2020-01-01T10:00:00+00:00"}
    )
    assert response.status_code == 400
    booking.refresh_from_db()
    assert booking.starts_at == start


def test_the_client_cancels_from_the_link(client, therapist):
    booking = booking_for(therapist, free(therapist))
    response = client.post(manage_url(booking), {"action": "cancel", "reason": "Found someone."})
    assert response.status_code == 200
    assert "cancelled" in response.content.decode()
    booking.refresh_from_db()
    assert (booking.status, booking.cancelled_by) == (BookingStatus.CANCELLED, "client")
    assert client.post(manage_url(booking), {"action": "cancel"}).status_code == 400


def test_bookings_are_rate_limited_like_requests(client, therapist, settings):
    settings.INQUIRY_RATE_PER_ADDRESS = "1/h"
    assert post_booking(client, therapist, free(therapist)).status_code == 302
    response = post_booking(client, therapist, free(therapist), email="again@example.ca")
    assert response.status_code == 429
    assert Booking.objects.count() == 1


@pytest.mark.parametrize(
    "shift",
    [datetime.timedelta(days=-2), datetime.timedelta(minutes=7), datetime.timedelta(days=40)],
)
def test_the_form_for_a_time_not_offered_says_so(client, therapist, shift):
    query = {"start": (free(therapist) + shift).isoformat()}
    response = client.get(book_url(therapist), query)
    assert response.status_code == 400
    assert "The booking could not be made" in response.content.decode()
