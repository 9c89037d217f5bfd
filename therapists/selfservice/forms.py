"""The therapist's own forms for the profile: starting it, its sections, and the account (the
language of our emails, deleting it). Offices are in office_forms.py, photo and video forms in
media_forms.py, credentials in credential_forms.py."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from directory.text import alphabetical
from modalities.models import Approach, Concern
from therapists.models import (
    AGE_GROUP_FIELDS,
    BIO_MAX_LENGTH,
    SESSION_FORMAT_FIELDS,
    SESSION_TIME_FIELDS,
    WAITLIST_WEEKS_MAX,
    Accepting,
    Community,
    Insurer,
    Language,
    Therapist,
)

MAX_CONCERNS = 12


class StartForm(forms.ModelForm):
    """The one thing a new profile needs: the name clients will see."""

    class Meta:
        model = Therapist
        fields = ["display_name"]
        help_texts = {"display_name": _("Your name as clients will see it, e.g. Dr. Ana Silva.")}


class IdentityForm(forms.ModelForm):
    class Meta:
        model = Therapist
        fields = [
            "display_name",
            "pronouns",
            "gender_identity",
            "text_language",
            "headline",
            "bio",
            "headline_other",
            "bio_other",
            "years_in_practice",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 10}),
            "bio_other": forms.Textarea(attrs={"rows": 10}),
        }
        help_texts = {
            "text_language": _(
                "The language you write your headline and about text in. Pages in the other "
                "language show them marked as such, so screen readers read them in the right "
                "voice."
            ),
            "headline": _("One plain line under your name, e.g. Gentle support for anxiety."),
            "bio": _(
                "Who you work with and how, in your own words, in up to %(limit)s characters. "
                "Blank lines separate paragraphs. No testimonials or claims such as best or top."
            ),
            "headline_other": _(
                "Your headline in the other language (French if you write in English, English if "
                "you write in French), shown on that language's pages."
            ),
            "bio_other": _(
                "Your about text in the other language, in up to %(limit)s characters, shown on "
                "that language's pages."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = formats.number_format(BIO_MAX_LENGTH, 0, force_grouping=True)
        for name in ("bio", "bio_other"):
            bio = self.fields[name]
            bio.help_text = bio.help_text % {"limit": limit}
            bio.max_length = BIO_MAX_LENGTH
            bio.validators.append(MaxLengthValidator(BIO_MAX_LENGTH))
        # Blank while a draft; the dashboard's checklist asks for it.
        self.fields["bio"].needed_to_publish = True
        # Left out of a post, or blank, the profile keeps its language (at first, the
        # account's); an unknown one is refused.
        self.fields["text_language"].required = False
        # The boxes hold the therapist's words: spelling and screen readers in their language.
        for name in ("headline", "bio"):
            self.fields[name].widget.attrs["lang"] = self.instance.text_language
            self.fields[f"{name}_other"].widget.attrs["lang"] = self.instance.other_language

    def clean_text_language(self):
        return self.cleaned_data["text_language"] or self.instance.text_language


class PracticeForm(forms.ModelForm):
    class Meta:
        model = Therapist
        fields = [
            *AGE_GROUP_FIELDS,
            *SESSION_FORMAT_FIELDS,
            *SESSION_TIME_FIELDS.values(),
            "offers_in_person",
            "contact_preference",
            "public_phone",
        ]
        widgets = {"public_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})}


def alphabetical_choices(choices) -> list:
    """The empty choice first, where there is one, then the others in the reader's alphabetical
    order: sorted with the rest, "---------" or "Your account's language" would land midway."""
    choices = list(choices)
    empty = [choice for choice in choices if choice[0] == ""]
    named = [choice for choice in choices if choice[0] != ""]
    return empty + alphabetical(named, name=lambda choice: str(choice[1]))


class AlphabeticalChoicesMixin:
    """Checkbox and select lists in the reader's alphabetical order, in their language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.choices = alphabetical_choices(field.choices)


class ApproachesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, approach):
        return approach.label  # with its abbreviation: "Cognitive behavioural therapy (CBT)"


class ApproachesForm(AlphabeticalChoicesMixin, forms.ModelForm):
    approaches = ApproachesField(
        label=_("Approaches"),
        queryset=Approach.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The approaches you are trained in."),
    )
    concerns = forms.ModelMultipleChoiceField(
        label=_("Concerns"),
        queryset=Concern.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Up to %(max)d areas you focus on, so your profile stays honest."),
    )

    class Meta:
        model = Therapist
        fields = ["approaches", "concerns"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        concerns = self.fields["concerns"]
        concerns.help_text = concerns.help_text % {"max": MAX_CONCERNS}

    def clean_concerns(self):
        concerns = self.cleaned_data["concerns"]
        if len(concerns) > MAX_CONCERNS:
            raise ValidationError(
                _("You chose %(count)d concerns; choose at most %(max)d, the ones you focus on.")
                % {"count": len(concerns), "max": MAX_CONCERNS},
                code="too_many",
            )
        return concerns


class LanguagesForm(AlphabeticalChoicesMixin, forms.ModelForm):
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"),
        queryset=Language.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Languages you hold sessions in."),
    )
    communities = forms.ModelMultipleChoiceField(
        label=_("Identities and communities"),
        queryset=Community.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Communities you belong to or affirm. All optional."),
    )

    class Meta:
        model = Therapist
        fields = ["languages", "communities"]


class FeesForm(AlphabeticalChoicesMixin, forms.ModelForm):
    direct_billing = forms.ModelMultipleChoiceField(
        label=_("Direct billing"),
        queryset=Insurer.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Insurers you bill directly, so clients pay only their share."),
    )

    class Meta:
        model = Therapist
        fields = ["fee", "fee_floor", "session_minutes", "free_consultation", "direct_billing"]
        labels = {"fee": _("Fee for an individual session (CAD)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fee"].needed_to_publish = True

    def clean(self):
        cleaned = super().clean()
        fee, floor = cleaned.get("fee"), cleaned.get("fee_floor")
        if floor is not None and fee is None:
            self.add_error("fee", _("Give your usual fee as well as the sliding-scale floor."))
        elif floor is not None and fee is not None and floor > fee:
            self.add_error("fee_floor", _("The sliding-scale floor cannot be above your fee."))
        return cleaned


class OnlineForm(forms.ModelForm):
    class Meta:
        model = Therapist
        fields = ["offers_online"]
        help_texts = {
            "offers_online": _(
                "You appear in online searches only for the provinces where a credential of "
                "yours is verified."
            )
        }


SECTIONS = {
    "identity": (_("Identity"), IdentityForm),
    "practice": (_("Practice"), PracticeForm),
    "approaches": (_("Approaches and concerns"), ApproachesForm),
    "languages": (_("Languages and communities"), LanguagesForm),
    "fees": (_("Fees and billing"), FeesForm),
    "online": (_("Online sessions"), OnlineForm),
}


class EmailLanguageForm(forms.ModelForm):
    """The language of the notices we send the account."""

    class Meta:
        model = get_user_model()
        fields = ["language"]
        labels = {"language": _("Language of our emails")}
        help_texts = {"language": _("Verification notices, reminders and consultation requests.")}


class AvailabilityForm(forms.Form):
    """What the therapist says of new clients: on the dashboard, and when publishing."""

    # The server says what is missing, in the page beside the other steps still to do, rather
    # than the browser's own bubble.
    use_required_attribute = False

    accepting = forms.ChoiceField(
        label=_("New clients"),
        choices=[
            (Accepting.ACCEPTING, _("I am accepting new clients")),
            (Accepting.WAITLIST, _("I keep a waitlist for new clients")),
            (Accepting.CLOSED, _("I am not accepting new clients")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you are taking new clients.")},
    )
    waitlist_weeks = forms.IntegerField(
        label=_("Expected wait, in weeks"),
        min_value=1,
        max_value=WAITLIST_WEEKS_MAX,
        required=False,
        help_text=_("With a waitlist only: about how long a new client waits, if you know."),
    )

    @classmethod
    def of(cls, therapist: Therapist) -> "AvailabilityForm":
        """Filled in with what the profile last said, so one click confirms it; never said
        (a first publication), nothing is chosen for the therapist."""
        if therapist.availability_confirmed_at is None:
            return cls()
        return cls(
            initial={"accepting": therapist.accepting, "waitlist_weeks": therapist.waitlist_weeks}
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("accepting") != Accepting.WAITLIST:  # a wait left typed in means nothing
            cleaned["waitlist_weeks"] = None
            self.errors.pop("waitlist_weeks", None)
        return cleaned


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("That is not your password."), code="wrong_password")
        return password
