"""The therapist's forms for free consultations: the offer, its weekly windows, days off, and
cancelling a booking with a message to the client."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from therapists.models import ConsultationException, ConsultationOffer, ConsultationWindow

WINDOW_ROWS = 3
DAY_OFF_ROWS = 2


class ConsultationOfferForm(forms.ModelForm):
    class Meta:
        model = ConsultationOffer
        fields = ["minutes", "time_zone", "horizon_days", "notice_hours", "by_phone", "by_video"]
        labels = {
            "minutes": _("Length, in minutes"),
            "horizon_days": _("Clients may book up to this many days ahead"),
            "notice_hours": _("Notice needed, in hours"),
            "by_phone": _("I offer phone calls"),
            "by_video": _("I offer video calls"),
        }
        widgets = {
            "minutes": forms.NumberInput(attrs={"min": 10, "max": 30}),
            "horizon_days": forms.NumberInput(attrs={"min": 2, "max": 21}),
            "notice_hours": forms.NumberInput(attrs={"min": 0, "max": 168}),
        }


class WindowForm(forms.ModelForm):
    class Meta:
        model = ConsultationWindow
        fields = ["weekday", "starts", "ends"]
        widgets = {
            "starts": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }


class DayOffForm(forms.ModelForm):
    class Meta:
        model = ConsultationException
        fields = ["day"]
        widgets = {"day": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


WindowFormSet = inlineformset_factory(
    ConsultationOffer, ConsultationWindow, form=WindowForm, extra=WINDOW_ROWS, can_delete=True
)
DayOffFormSet = inlineformset_factory(
    ConsultationOffer, ConsultationException, form=DayOffForm, extra=DAY_OFF_ROWS, can_delete=True
)


class TherapistCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Message to the client"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text=_("A short, kind explanation; the client receives it by email."),
        error_messages={"required": _("Please write a short message for the client.")},
    )
