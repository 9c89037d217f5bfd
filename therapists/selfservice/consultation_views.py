"""The therapist's free consultations: the offer with its weekly windows and days off, and the
upcoming bookings, each of which they may cancel with a message to the client."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from therapists.inquiries.booking_mail import zone_label
from therapists.inquiries.bookings import BookingRefused, booking_cancel
from therapists.models import Booking, CancelledBy, ConsultationOffer, therapist_default_zone
from therapists.selfservice.consultation_forms import (
    ConsultationOfferForm,
    DayOffFormSet,
    TherapistCancelForm,
    WindowFormSet,
)
from therapists.selfservice.views import OwnerMixin

SETTINGS_TEMPLATE = "therapists/editor/consultations.html"
BOOKINGS_TEMPLATE = "therapists/editor/bookings.html"


class ConsultationSettingsView(OwnerMixin, TemplateView):
    """One form for the offer, its windows and its days off, saved together or not at all."""

    def offer(self) -> ConsultationOffer:
        existing = ConsultationOffer.objects.filter(therapist=self.therapist).first()
        return existing or ConsultationOffer(
            therapist=self.therapist, time_zone=therapist_default_zone(self.therapist)
        )

    def forms(self, data=None):
        offer = self.offer()
        return (
            ConsultationOfferForm(data, instance=offer),
            WindowFormSet(data, instance=offer, prefix="windows"),
            DayOffFormSet(data, instance=offer, prefix="days_off"),
        )

    template_name = SETTINGS_TEMPLATE

    def page(self, forms, *, status=200):
        offer_form, windows, days_off = forms
        context = self.get_context_data(form=offer_form, windows=windows, days_off=days_off)
        return self.render_to_response(context, status=status)

    def get(self, request):
        return self.page(self.forms())

    def post(self, request):
        forms = self.forms(request.POST)
        offer_form, windows, days_off = forms
        # The formsets validate against the offer the form is about to save.
        if not (offer_form.is_valid() and windows.is_valid() and days_off.is_valid()):
            return self.page(forms, status=400)
        with transaction.atomic():
            offer = offer_form.save()
            windows.instance = days_off.instance = offer
            windows.save()
            days_off.save()
        messages.success(request, _("Your consultation times are saved."))
        return redirect("therapists:consultations")


def upcoming(therapist):
    return Booking.objects.upcoming().filter(therapist=therapist)


class BookingListView(OwnerMixin, TemplateView):
    """The therapist's upcoming free consultations, soonest first, each with a cancel form."""

    template_name = BOOKINGS_TEMPLATE

    def get_context_data(self, **kwargs):
        offer = ConsultationOffer.objects.filter(therapist=self.therapist).first()
        zone = offer.time_zone if offer else therapist_default_zone(self.therapist)
        return super().get_context_data(**kwargs) | {
            "bookings": upcoming(self.therapist),
            "zone": zone,
            "zone_label": zone_label(zone),
            "cancel_form": kwargs.get("cancel_form") or TherapistCancelForm(),
            "cancel_error_pk": kwargs.get("cancel_error_pk"),
        }


class BookingCancelView(OwnerMixin, View):
    """Cancel one of the therapist's own bookings; the client is emailed the message."""

    http_method_names = ["post"]

    def post(self, request, pk):
        booking = get_object_or_404(Booking.objects.filter(therapist=self.therapist), pk=pk)
        form = TherapistCancelForm(request.POST)
        if form.is_valid():
            try:
                booking_cancel(
                    booking=booking, by=CancelledBy.THERAPIST, reason=form.cleaned_data["reason"]
                )
            except BookingRefused as refusal:
                form.add_error(None, refusal.message)
        if form.errors:
            view = BookingListView(request=request, kwargs={})
            view.therapist = self.therapist
            context = view.get_context_data(cancel_form=form, cancel_error_pk=booking.pk)
            return render(request, BOOKINGS_TEMPLATE, context, status=400)
        messages.success(request, _("The consultation is cancelled and the client is told."))
        return redirect(
            (request.POST.get("next") == "dashboard" and "therapists:dashboard")
            or "therapists:bookings"
        )
