"""The form that leaves an alert: an email address, and the search it is about (hidden)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from therapists.inquiries.forms import SpamTrapForm
from therapists.models.alerts import QUERY_MAX_LENGTH


class OpeningAlertForm(SpamTrapForm):
    """Only an address: the search comes from the page it was left on."""

    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send a link to confirm it first; nothing else until you follow it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    query = forms.CharField(required=False, max_length=QUERY_MAX_LENGTH, widget=forms.HiddenInput)
