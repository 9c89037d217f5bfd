"""The client's link to their booking: signed, so no account is needed, and good until it starts.

The link carries only the booking's number, signed with the site's secret. It is refused if
altered, older than the longest booking horizon, or once the consultation has started.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from therapists.models import Booking
from therapists.models.bookings import HORIZON_DAYS

SALT = "therapists.booking-link"
# No booking starts further ahead than the longest horizon, so no honest link is older.
LINK_MAX_AGE = datetime.timedelta(days=HORIZON_DAYS[1] + 1)


class LinkRefused(Exception):
    """A link that was altered, has expired, or names no booking."""


def booking_token(booking: Booking) -> str:
    return signing.dumps({"booking": booking.pk}, salt=SALT, compress=True)


def booking_manage_url(booking: Booking) -> str:
    """The absolute address of the booking's page, in the client's language."""
    with translation.override(booking.language):
        path = reverse("therapists:booking_manage", kwargs={"token": booking_token(booking)})
    return settings.SITE_URL + path


def booking_from_token(token: str, *, now: datetime.datetime | None = None) -> Booking:
    """The booking a link names, if the link is genuine and its consultation has not started."""
    try:
        value = signing.loads(token, salt=SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is one
        raise LinkRefused from error
    booking = Booking.objects.select_related("therapist").filter(pk=value.get("booking")).first()
    if booking is None or booking.starts_at <= (now or timezone.now()):
        raise LinkRefused
    return booking
