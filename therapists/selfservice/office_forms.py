"""The therapist's offices: an address, placed on the map by its postal code or its city, and
never the same address twice for one therapist."""

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.geo import POSTAL_CODE, address_point, area_city, postal_area, rural
from directory.models import City, PostalArea, Province
from therapists.models import OFFICE_TWICE, Office, Therapist


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
