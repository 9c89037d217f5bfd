"""The therapist's own forms for the profile: starting it, its sections, its offices, and the
account (the language of our emails, deleting it). Photo and video forms are in media_forms.py,
credentials in credential_forms.py."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from directory.geo import POSTAL_CODE, address_point, area_city, postal_area, rural
from directory.models import City, PostalArea, Province
from directory.text import alphabetical
from modalities.models import Approach, Concern
from therapists.models import (
    AGE_GROUP_FIELDS,
    BIO_MAX_LENGTH,
    OFFICE_TWICE,
    SESSION_FORMAT_FIELDS,
    WAITLIST_WEEKS_MAX,
    Accepting,
    Community,
    Insurer,
    Language,
    Office,
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
            "headline",
            "bio",
            "years_in_practice",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 10})}
        help_texts = {
            "headline": _("One plain line under your name, e.g. Gentle support for anxiety."),
            "bio": _(
                "Who you work with and how, in your own words, in up to %(limit)s characters. "
                "Blank lines separate paragraphs. No testimonials or claims such as best or top."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bio = self.fields["bio"]
        bio.help_text = bio.help_text % {
            "limit": formats.number_format(BIO_MAX_LENGTH, 0, force_grouping=True)
        }
        bio.max_length = BIO_MAX_LENGTH
        bio.validators.append(MaxLengthValidator(BIO_MAX_LENGTH))
        bio.needed_to_publish = True  # blank while a draft; the dashboard's checklist asks for it


class PracticeForm(forms.ModelForm):
    class Meta:
        model = Therapist
        fields = [
            *AGE_GROUP_FIELDS,
            *SESSION_FORMAT_FIELDS,
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


class OfficeForm(forms.ModelForm):
    """An office's address; its point on the map comes from the postal code or the city."""

    city_name = forms.CharField(
        label=_("City or town"),
        max_length=120,
        required=False,
        help_text=_("e.g. Toronto. Leave blank and we use the place of the postal code."),
    )
    province = forms.ChoiceField(
        label=_("Province or territory"),
        choices=[("", _("Choose…")), *Province.choices],
        required=False,
        help_text=_("Needed when a city name exists in several provinces."),
    )

    class Meta:
        model = Office
        fields = [
            "label",
            "address_line1",
            "address_line2",
            "city_name",
            "province",
            "postal_code",
            "wheelchair_accessible",
        ]
        widgets = {
            "address_line1": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "address_line2": forms.TextInput(attrs={"autocomplete": "address-line2"}),
            "postal_code": forms.TextInput(attrs={"autocomplete": "postal-code"}),
        }
        help_texts = {"label": _("e.g. Downtown office, when you have more than one.")}

    def __init__(self, *args, therapist: Therapist, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.therapist = therapist
        if self.instance.pk:
            self.initial.setdefault("city_name", self.instance.city.name)
            self.initial.setdefault("province", self.instance.city.province)

    def clean_postal_code(self):
        code = "".join(self.cleaned_data["postal_code"].upper().replace("-", " ").split())
        return f"{code[:3]} {code[3:]}" if len(code) == 6 else code

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("postal_code")
        if not POSTAL_CODE.match(code or "") or self.has_error("postal_code"):
            return cleaned  # the field says what is wrong with the code; nothing else can be told
        area = postal_area(code)
        chosen = cleaned.get("province")
        if area and chosen and area.province != chosen:
            self.add_error(
                "postal_code",
                _("This postal code is in %(area)s, not in %(chosen)s. Check both.")
                % {"area": Province(area.province).label, "chosen": Province(chosen).label},
            )
            return cleaned
        province = chosen or (area.province if area else "")
        city = self.city_find(cleaned.get("city_name", ""), province, area)
        if city is None:
            return cleaned
        self.instance.city = city
        self.instance.latitude, self.instance.longitude = address_point(city, area)
        if self.address_taken(cleaned):
            self.add_error(None, OFFICE_TWICE)
        return cleaned

    def address_taken(self, cleaned) -> bool:
        """Another of the therapist's offices has this address (as the database compares it)."""
        return (
            Office.objects.filter(
                therapist=self.instance.therapist,
                address_line1__iexact=cleaned.get("address_line1", ""),
                address_line2__iexact=cleaned.get("address_line2", ""),
                postal_code=cleaned["postal_code"],
            )
            .exclude(pk=self.instance.pk)
            .exists()
        )

    def city_find(self, name: str, province: str, area: PostalArea | None) -> City | None:
        """The typed town (in the province, if known), else the postal area's town; None, with
        the reason on the form, when neither gives one."""
        name = name.strip()
        if name:
            cities = City.objects.named(name)
            if province:
                cities = cities.filter(province=province)
            city = cities.largest_first().first()
            if city is None:
                self.add_error(
                    "city_name",
                    _(
                        "We do not know a place called %(name)s%(where)s. Check the spelling, or "
                        "type the nearest larger town."
                    )
                    % {"name": name, "where": f" ({Province(province).label})" if province else ""},
                )
            return city
        if area and rural(area):
            self.add_error(
                "city_name",
                _("This postal code covers a wide rural area: type the town of this office."),
            )
            return None
        city = area_city(area) if area else None
        if city is None:
            self.add_error("city_name", _("Type the city or town of this office."))
        return city


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
