"""The public's booking forms: a free consultation at a chosen time, and moving or cancelling it."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from therapists.inquiries.forms import SpamTrapForm
from therapists.models import Booking, ConsultationOffer, ConsultationWay, ConsultationZone


def instant_parse(value: str) -> datetime.datetime | None:
    """An instant from a link or a hidden field (ISO 8601 with its offset), or None."""
    try:
        instant = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if instant.tzinfo is None:
        return None
    return instant.astimezone(datetime.UTC)


class InstantField(forms.CharField):
    widget = forms.HiddenInput
    default_error_messages = {"invalid": _("This time could not be read. Please choose again.")}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        instant = instant_parse(value)
        if instant is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return instant


class BookingForm(SpamTrapForm, forms.ModelForm):
    """What a client gives to book: enough to be reached, nothing more."""

    start = InstantField()
    zone = forms.ChoiceField(choices=ConsultationZone.choices, widget=forms.HiddenInput)
    way = forms.ChoiceField(
        label=_("How would you like to meet?"), widget=forms.RadioSelect, choices=()
    )
    consent = forms.BooleanField(
        label=_("I agree to the notice above"),
        required=True,
        error_messages={"required": _("Please tick the box to agree before booking.")},
    )

    class Meta:
        model = Booking
        fields = ["name", "email", "phone"]
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "phone": _("Phone (needed for a phone call)"),
        }
        help_texts = {
            "name": _("A first name is enough."),
            "email": _("The confirmation and the link to change the booking go here."),
            "phone": _("The therapist calls this number if you choose a phone call."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, offer: ConsultationOffer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["way"].choices = [(way, ConsultationWay(way).label) for way in offer.ways]
        self.fields["way"].initial = offer.ways[0]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("way") == ConsultationWay.PHONE and not cleaned.get("phone"):
            self.add_error("phone", _("Add a phone number, or choose a video call."))
        return cleaned


class MoveForm(forms.Form):
    start = InstantField()


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )
