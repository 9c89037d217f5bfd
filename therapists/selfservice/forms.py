"""The therapist's own forms: one per section of the profile, offices, media and credentials."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import ExpressionWrapper, F
from django.db.models.functions import Power
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from directory.geo import POSTAL_CODE, Place, distance_km
from directory.models import City, PostalArea, Province
from directory.text import alphabetical
from modalities.models import Approach, Concern
from therapists import uploads
from therapists.models import (
    AGE_GROUP_FIELDS,
    BIO_MAX_LENGTH,
    OFFICE_TWICE,
    SESSION_FORMAT_FIELDS,
    Community,
    Credential,
    Insurer,
    Language,
    Office,
    RegulatoryBody,
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


class AlphabeticalChoicesMixin:
    """Checkbox and select lists in the reader's alphabetical order, in their language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.choices = alphabetical(field.choices, name=lambda choice: str(choice[1]))


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
        help_text=_("Up to 12 areas you focus on, so your profile stays honest."),
    )

    class Meta:
        model = Therapist
        fields = ["approaches", "concerns"]

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
        match = POSTAL_CODE.match(code or "")
        if not match or self.has_error("postal_code"):
            return cleaned  # the field says what is wrong with the code; nothing else can be told
        area = PostalArea.objects.filter(code=match.group(1)).first()
        province = cleaned.get("province") or (area.province if area else "")
        if area and cleaned.get("province") and area.province != cleaned["province"]:
            self.add_error(
                "postal_code",
                _("This postal code is in %(area)s, not in %(chosen)s. Check both.")
                % {"area": Province(area.province).label, "chosen": Province(province).label},
            )
            return cleaned
        city = self.city_find(cleaned.get("city_name", ""), province, area)
        if city is None:
            return cleaned
        self.instance.city = city
        point = city if area is None or rural(area) else area
        self.instance.latitude, self.instance.longitude = point.latitude, point.longitude
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
        name = name.strip()
        if not name and area and rural(area):
            self.add_error(
                "city_name",
                _("This postal code covers a wide rural area: type the town of this office."),
            )
            return None
        # Left to the postal code: its area's town, else the one around it.
        city = area_city(area) if not name and area else None
        if not name and city is None:
            self.add_error("city_name", _("Type the city or town of this office."))
        if not name:
            return city
        cities = City.objects.named(name)
        if province:
            cities = cities.filter(province=province)
        city = cities.largest_first().first()
        if city is None:
            self.add_error(
                "city_name",
                _(
                    "We do not know a place called %(name)s%(where)s. Check the spelling, or type "
                    "the nearest larger town."
                )
                % {"name": name, "where": f" ({Province(province).label})" if province else ""},
            )
        return city


AREA_TOWN_KM = 15


def area_city(area: PostalArea) -> City | None:
    """The town a postal area is named after; else, of the towns within 15 km, the one that
    draws it most (population over the square of the distance plus 1 km): downtown M5A is in
    Toronto, 2 km off, not in Moss Park around the corner. Else the nearest town.

    Area names are often a neighbourhood ("Downtown Toronto (Richmond / Adelaide / King)")."""
    in_province = City.objects.filter(province=area.province)
    named = in_province.named(area.name).largest_first().first()
    if named is not None:
        return named
    centroid = Place(area.name, area.province, area.latitude, area.longitude)
    near = in_province.annotate(km=distance_km(centroid))
    pull = ExpressionWrapper(
        F("population") / Power(F("km") + 1.0, 2), output_field=models.FloatField()
    )
    around = near.filter(km__lte=AREA_TOWN_KM).annotate(pull=pull).order_by("-pull", "km")
    return around.first() or near.order_by("km").first()


def rural(area: PostalArea) -> bool:
    """A rural postal area (0 as its second character) spans a region: its centre can lie
    hundreds of kilometres from the office (X0A, Nunavut), so a typed town places it better."""
    return area.code[1] == "0"


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=_("A JPEG, PNG or WebP portrait, at most 5 MB. We remove location data."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def clean_photo(self):
        upload = self.cleaned_data["photo"]
        uploads.image_clean(upload)  # validated once more, and stored, by therapist_photo_set
        return upload


class VideoForm(AlphabeticalChoicesMixin, forms.Form):
    file = forms.FileField(
        label=_("Video"),
        help_text=_("MP4 or WebM, at most 3 minutes and 200 MB. Reviewed before it is shown."),
        widget=forms.FileInput(attrs={"accept": "video/mp4,video/webm"}),
    )
    poster = forms.FileField(
        label=_("Poster image"),
        required=False,
        help_text=_("A still shown before the video plays: JPEG, PNG or WebP."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    captions = forms.FileField(
        label=_("Captions"),
        required=False,
        help_text=_(
            "Strongly advised, so everyone can follow: a WebVTT (.vtt) file of what you say."
        ),
        widget=forms.FileInput(attrs={"accept": ".vtt,text/vtt"}),
    )
    language = forms.ModelChoiceField(
        label=_("Language you speak in the video"),
        queryset=Language.objects.all(),
        required=False,
        help_text=_("Its captions are in it too. Left blank, your account's language."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        uploads.video_duration(upload)
        return upload

    def clean_poster(self):
        upload = self.cleaned_data.get("poster")
        if upload:
            uploads.image_clean(upload, max_side=1280)
        return upload

    def clean_captions(self):
        upload = self.cleaned_data.get("captions")
        if upload:
            uploads.captions_clean(upload)
        return upload


class CaptionsForm(AlphabeticalChoicesMixin, forms.Form):
    """New captions for the video already uploaded (prefixed: it shares a page with VideoForm)."""

    prefix = "new"
    captions = forms.FileField(
        label=_("New captions"),
        help_text=_("A WebVTT (.vtt) file of what you say in the video."),
        widget=forms.FileInput(attrs={"accept": ".vtt,text/vtt"}),
    )
    language = forms.ModelChoiceField(
        label=_("Language of the captions"),
        queryset=Language.objects.all(),
        required=False,
        help_text=_("Left blank, the video's language."),
    )

    def clean_captions(self):
        upload = self.cleaned_data["captions"]
        uploads.captions_clean(upload)
        return upload


class CredentialForm(forms.ModelForm):
    """A registration to verify. Saved only through credential_submit / credential_update."""

    evidence = forms.FileField(
        label=_("Evidence"),
        required=False,
        help_text=_(
            "Your certificate or registration letter: PDF, JPEG or PNG, at most 10 MB. Only our "
            "verifiers can see it."
        ),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    class Meta:
        model = Credential
        fields = [
            "regulatory_body",
            "designation",
            "registration_number",
            "jurisdiction",
            "expires_on",
            "evidence",
        ]
        widgets = {"expires_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, therapist: Therapist, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.therapist = therapist
        self.fields["regulatory_body"].queryset = RegulatoryBody.objects.order_by("name")
        self.fields["regulatory_body"].label_from_instance = lambda body: (
            f"{body.name} ({body.acronym})"
        )
        # Registrations renew yearly, and a verification must lapse with them.
        self.fields["expires_on"].required = True
        if self.instance.renewed_until:  # the date the therapist last entered, still unchecked
            self.initial["expires_on"] = self.instance.renewed_until
        evidence = self.fields["evidence"]
        evidence.required = not self.instance.pk
        evidence.error_messages["required"] = _(
            "Add a copy of your certificate or registration letter."
        )

    def clean_expires_on(self):
        expires_on = self.cleaned_data["expires_on"]
        if expires_on and expires_on < timezone.localdate():
            raise ValidationError(
                _("This date has passed: enter the end of your current registration year."),
                code="expired",
            )
        return expires_on

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if (
            upload
            and upload is not getattr(self.instance, "evidence", None)
            and hasattr(upload, "content_type")
        ):
            return uploads.evidence_clean(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk and not cleaned.get("evidence") and not self.has_error("evidence"):
            self.add_error("evidence", _("Add a copy of your certificate or registration letter."))
        return cleaned

    def changes(self) -> dict:
        """The fields whose value differs from the stored credential."""
        return {
            name: self.cleaned_data[name] for name in self.changed_data if name in self.Meta.fields
        }


class EmailLanguageForm(forms.ModelForm):
    """The language of the notices we send the account."""

    class Meta:
        model = get_user_model()
        fields = ["language"]
        labels = {"language": _("Language of our emails")}
        help_texts = {"language": _("Verification notices, reminders and consultation requests.")}


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
