"""The client's side of free consultations: the offered times, booking one, and the signed page
where a booking is moved or cancelled without an account. Every refusal is a page that says why,
with a 4xx status, and saves nothing."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from therapists.inquiries.booking_forms import BookingForm, CancelForm, MoveForm, instant_parse
from therapists.inquiries.booking_links import LinkRefused, booking_from_token, booking_token
from therapists.inquiries.booking_mail import when_in, zone_label
from therapists.inquiries.bookings import (
    BookingRefused,
    SlotTaken,
    bookable_offer,
    booking_cancel,
    booking_create,
    booking_move,
    booking_rate_limited,
    start_check,
)
from therapists.inquiries.slots import UnknownZone, by_local_day, canadian_zone, offer_free_starts
from therapists.models import BookingStatus, CancelledBy, ConsultationZone, Therapist

LINK_REFUSED = gettext_lazy(
    "This link is not valid: it was altered, it has expired, or the consultation has started."
)
RATE_LIMITED = gettext_lazy(
    "Your booking was not made: too many bookings came from this connection, or for this "
    "therapist, in a short time. Please wait an hour and try again."
)
# Two weeks of a generous offer; a client who wants a later time picks from the next page view.
TIMES_SHOWN = 60


def refused(request, message, *, status=400, therapist=None, next_days=(), zone=None):
    """A refusal a person can act on: what went wrong, and the next free times if any."""
    context = {"message": message, "therapist": therapist, "days": next_days, "zone": zone}
    return render(request, "therapists/booking/refused.html", context, status=status)


def bookable(slug: str):
    """The listed therapist and their offer, or a 404 when they take no bookings now."""
    therapist = Therapist.objects.listed().filter(slug=slug).first()
    offer = bookable_offer(therapist) if therapist else None
    if offer is None:
        raise Http404
    return therapist, offer


def zone_from(request, default: str) -> str:
    """The reader's zone from ?zone=, or the default; UnknownZone for a name not Canada's."""
    name = request.GET.get("zone") or request.POST.get("zone") or default
    canadian_zone(name)
    return name


def times_context(therapist, offer, zone: str, *, starts=None) -> dict:
    starts = offer_free_starts(offer, limit=TIMES_SHOWN) if starts is None else starts
    return {
        "therapist": therapist,
        "offer": offer,
        "zone": zone,
        "zone_label": zone_label(zone),
        "zones": ConsultationZone.choices,
        "days": by_local_day(starts, canadian_zone(zone)),
    }


def unknown_zone(request, therapist=None):
    return refused(
        request,
        _("That time zone is not one we know. Please choose one of Canada's time zones."),
        therapist=therapist,
    )


@require_http_methods(["GET"])
def consultation_times(request, slug):
    """Every free time offered, grouped by day in the reader's zone, each a link to book it."""
    therapist, offer = bookable(slug)
    try:
        zone = zone_from(request, offer.time_zone)
    except UnknownZone:
        return unknown_zone(request, therapist)
    context = times_context(therapist, offer, zone)
    return render(request, "therapists/booking/times.html", context)


@require_http_methods(["GET", "POST"])
def booking_new(request, slug):
    """The booking form for one time (GET ?start=), and the booking itself (POST)."""
    therapist, offer = bookable(slug)
    try:
        zone = zone_from(request, offer.time_zone)
    except UnknownZone:
        return unknown_zone(request, therapist)
    if request.method == "GET":
        start = instant_parse(request.GET.get("start", ""))
        if start is None:
            return refused(request, _("This time could not be read. Please choose again."))
        try:
            start_check(offer, start, now=timezone.now())
        except BookingRefused as refusal:
            return refused_with_times(request, refusal, therapist, zone)
        form = BookingForm(initial={"start": start.isoformat(), "zone": zone}, offer=offer)
        return booking_form_page(request, form, therapist, zone, start)
    form = BookingForm(request.POST, offer=offer)
    if not form.is_valid():
        start = instant_parse(request.POST.get("start", ""))
        return booking_form_page(request, form, therapist, zone, start, status=400)
    if booking_rate_limited(request, therapist):
        context = {"therapist": therapist, "message": RATE_LIMITED}
        return render(request, "429.html", context, status=429)
    if form.is_spam:
        return redirect(therapist.get_absolute_url())
    try:
        booking = booking_create(therapist=therapist, client_zone=zone, **booking_data(form))
    except BookingRefused as refusal:
        return refused_with_times(request, refusal, therapist, zone)
    messages.success(request, _("Your free consultation is booked. We emailed you the details."))
    return redirect("therapists:booking_manage", token=booking_token(booking))


def booking_data(form: BookingForm) -> dict:
    fields = ("start", "name", "email", "phone", "way", "consent")
    return {name: form.cleaned_data[name] for name in fields}


def refused_with_times(request, refusal: BookingRefused, therapist, zone: str):
    """A taken time is a conflict (409) shown with the next free times; anything else a 400."""
    next_days = by_local_day(refusal.next_starts, canadian_zone(zone))
    status = 409 if isinstance(refusal, SlotTaken) else 400
    return refused(
        request, refusal.message, status=status, therapist=therapist, next_days=next_days, zone=zone
    )


def booking_form_page(request, form, therapist, zone, start, *, status=200):
    context = {
        "form": form,
        "therapist": therapist,
        "zone": zone,
        "when": when_in(start, zone) if start else "",
    }
    return render(request, "therapists/booking/book.html", context, status=status)


@require_http_methods(["GET", "POST"])
def booking_manage(request, token):
    """The client's booking, reached by the signed link: cancel it, or pick another time."""
    try:
        booking = booking_from_token(token)
    except LinkRefused:
        message = LINK_REFUSED
        return refused(request, message, status=404)
    if request.method == "POST":
        return booking_change(request, booking)
    return manage_page(request, booking)


def manage_page(request, booking, *, error="", status=200):
    try:
        zone = zone_from(request, booking.client_time_zone)
    except UnknownZone:
        return unknown_zone(request, booking.therapist)
    offer = bookable_offer(booking.therapist)
    starts = offer_free_starts(offer, exclude=booking, limit=TIMES_SHOWN) if offer else []
    starts = [start for start in starts if start != booking.starts_at]
    context = times_context(booking.therapist, offer, zone, starts=starts) | {
        "booking": booking,
        "when": when_in(booking.starts_at, zone),
        "token": request.resolver_match.kwargs["token"],
        "cancel_form": CancelForm(),
        "error": error,
    }
    return render(request, "therapists/booking/manage.html", context, status=status)


def booking_change(request, booking):
    """Cancel (action=cancel) or move (action=move) the booking; a refusal is shown on the page."""
    try:
        if request.POST.get("action") == "cancel":
            form = CancelForm(request.POST)
            reason = form.cleaned_data["reason"] if form.is_valid() else ""
            booking = booking_cancel(booking=booking, by=CancelledBy.CLIENT, reason=reason)
        else:
            form = MoveForm(request.POST)
            if not form.is_valid():
                raise BookingRefused(_("This time could not be read. Please choose again."))
            booking = booking_move(booking=booking, start=form.cleaned_data["start"])
    except BookingRefused as refusal:
        return manage_page(
            request, booking, error=refusal.message, status=409 if refusal.next_starts else 400
        )
    token = request.resolver_match.kwargs["token"]
    if booking.status == BookingStatus.CANCELLED:
        return render(request, "therapists/booking/cancelled.html", {"booking": booking})
    messages.success(request, _("Your consultation is moved. We emailed you the new time."))
    return redirect("therapists:booking_manage", token=token)
