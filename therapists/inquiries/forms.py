"""The public's forms: a consultation request to a therapist."""

from django import forms
from django.utils.translation import gettext_lazy as _

from therapists.models import ContactPreference, Inquiry

MESSAGE_MAX_LENGTH = 2000


class SpamTrapForm(forms.Form):
    """A field people never see, which automated senders fill in; they are answered as if they
    had succeeded, and nothing is stored or sent."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class InquiryForm(SpamTrapForm, forms.ModelForm):
    """What a client sends: enough to reply, nothing more (no diagnosis, no health card)."""

    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MESSAGE_MAX_LENGTH}),
    )
    preferred_contact = forms.ChoiceField(
        label=_("How should the therapist reach you?"),
        choices=ContactPreference.choices,
        widget=forms.RadioSelect,
        initial=ContactPreference.EMAIL,
    )
    consent = forms.BooleanField(
        label=_("I agree to the notice above"),
        required=True,
        error_messages={"required": _("Please tick the box to agree before sending.")},
    )

    class Meta:
        model = Inquiry
        fields = ["name", "email", "phone", "preferred_contact", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "phone": _("Phone (optional)"),
        }
        help_texts = {
            "name": _("A first name is enough."),
            "email": _("The therapist replies to this address."),
            "phone": _("Only if you would like a call back."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Interpolated here, in the visitor's language, not once at import in the default one.
        self.fields["message"].help_text = _(
            "A few lines on what you would like help with and when you are free. "
            "You do not need to share a diagnosis. At most %(max)s characters."
        ) % {"max": MESSAGE_MAX_LENGTH}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("preferred_contact") == ContactPreference.PHONE and not cleaned.get("phone"):
            self.add_error("phone", _("Add a phone number, or choose to be reached by email."))
        return cleaned
