"""What the API shows, field by field: an explicit allow-list of what the public pages already
show (the profile page for a therapist), and nothing else. A field is public only when it is
named here; tests/therapists/public/api/test_privacy.py fails on any other."""

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from directory.models import City, Province
from modalities.models import Approach, Concern
from therapists.models import (
    Credential,
    IntroVideo,
    Office,
    RegulatoryBody,
    Therapist,
)
from therapists.search.forms import AGE_GROUPS, SESSION_FORMATS


def absolute(request, url: str | None) -> str | None:
    return request.build_absolute_uri(url) if url else None


class TermSerializer(serializers.Serializer):
    """A term of a vocabulary as a profile names it (modalities.vocabulary.Term): its address
    key and its name."""

    slug = serializers.SlugField(source="key")
    name = serializers.CharField()


class ApproachTermSerializer(TermSerializer):
    name = serializers.CharField(source="label")


class LanguageSerializer(serializers.Serializer):
    code = serializers.CharField(source="key")
    name = serializers.CharField()


class RegulatorTermSerializer(serializers.ModelSerializer):
    class Meta:
        model = RegulatoryBody
        fields = ["slug", "acronym", "name"]


class CredentialSerializer(serializers.ModelSerializer):
    """A valid verified credential, as the profile shows it."""

    regulator = RegulatorTermSerializer(source="regulatory_body")
    verified_on = serializers.SerializerMethodField()

    class Meta:
        model = Credential
        fields = ["designation", "regulator", "registration_number", "jurisdiction", "verified_on"]

    @extend_schema_field(OpenApiTypes.DATE)
    def get_verified_on(self, credential):
        reviewed = credential.reviewed_at
        return timezone.localdate(reviewed).isoformat() if reviewed else None


class OfficeSerializer(serializers.ModelSerializer):
    """An office where the therapist is registered to see clients, as the profile shows it."""

    city = serializers.CharField(source="city.name")
    province = serializers.CharField(source="city.province")

    class Meta:
        model = Office
        fields = [
            "label",
            "address_line1",
            "address_line2",
            "city",
            "province",
            "postal_code",
            "latitude",
            "longitude",
            "wheelchair_accessible",
        ]


class VideoSerializer(serializers.ModelSerializer):
    """The approved intro video's files."""

    url = serializers.SerializerMethodField()
    poster_url = serializers.SerializerMethodField()
    captions_url = serializers.SerializerMethodField()

    class Meta:
        model = IntroVideo
        fields = ["url", "poster_url", "captions_url"]

    def file_url(self, field) -> str | None:
        return absolute(self.context["request"], field.url) if field else None

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, video):
        return self.file_url(video.file)

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_poster_url(self, video):
        return self.file_url(video.poster)

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_captions_url(self, video):
        return self.file_url(video.captions)


CHOSEN_KEYS = {"type": "array", "items": {"type": "string"}}


class TherapistSerializer(serializers.ModelSerializer):
    """A listed profile: what its public page shows, in the reader's language."""

    name = serializers.CharField(source="display_name")
    designations = serializers.SerializerMethodField()
    credentials = CredentialSerializer(source="valid_credentials", many=True)
    # The terms of the profile's search row (therapists/public/api/views.py, terms_attach).
    approaches = ApproachTermSerializer(source="terms.approaches", many=True)
    concerns = TermSerializer(source="terms.concerns", many=True)
    languages = LanguageSerializer(source="terms.languages", many=True)
    communities = TermSerializer(source="terms.communities", many=True)
    direct_billing = TermSerializer(source="terms.insurers", many=True)
    age_groups = serializers.SerializerMethodField()
    formats = serializers.SerializerMethodField()
    sliding_scale_from = serializers.IntegerField(source="fee_floor")
    offices = OfficeSerializer(many=True)
    online_provinces = serializers.SerializerMethodField()
    video = VideoSerializer(source="approved_video", allow_null=True)
    photo_url = serializers.SerializerMethodField()
    profile_url = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    # Days, as the profile page shows them.
    availability_confirmed_on = serializers.SerializerMethodField()
    updated_on = serializers.SerializerMethodField()

    class Meta:
        model = Therapist
        fields = [
            "slug",
            "name",
            "pronouns",
            "designations",
            "credentials",
            "headline",
            "bio",
            "years_in_practice",
            "approaches",
            "concerns",
            "languages",
            "communities",
            "age_groups",
            "formats",
            "fee",
            "session_minutes",
            "sliding_scale_from",
            "free_consultation",
            "direct_billing",
            "availability",
            "availability_confirmed_on",
            "offers_online",
            "offers_in_person",
            "online_provinces",
            "offices",
            "video",
            "photo_url",
            "profile_url",
            "url",
            "updated_on",
        ]

    @extend_schema_field({"type": "string", "format": "date", "nullable": True})
    def get_availability_confirmed_on(self, therapist):
        confirmed = therapist.availability_confirmed_at
        return timezone.localdate(confirmed).isoformat() if confirmed else None

    @extend_schema_field(OpenApiTypes.DATE)
    def get_updated_on(self, therapist):
        return timezone.localdate(therapist.updated_at).isoformat()

    @extend_schema_field(CHOSEN_KEYS)
    def get_designations(self, therapist):
        return list(dict.fromkeys(c.designation for c in therapist.valid_credentials))

    @extend_schema_field(CHOSEN_KEYS)
    def get_age_groups(self, therapist):
        return [key for key, (field, _label) in AGE_GROUPS.items() if getattr(therapist, field)]

    @extend_schema_field(CHOSEN_KEYS)
    def get_formats(self, therapist):
        return [
            key for key, (field, _label) in SESSION_FORMATS.items() if getattr(therapist, field)
        ]

    @extend_schema_field(CHOSEN_KEYS)
    def get_online_provinces(self, therapist):
        """Province codes where it offers online sessions (a valid credential there)."""
        if not therapist.offers_online:
            return []
        return sorted({credential.jurisdiction for credential in therapist.valid_credentials})

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_photo_url(self, therapist):
        return absolute(self.context["request"], therapist.photo.url if therapist.photo else None)

    @extend_schema_field(OpenApiTypes.URI)
    def get_profile_url(self, therapist):
        return absolute(self.context["request"], therapist.get_absolute_url())

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, therapist):
        path = reverse("api:therapist-detail", kwargs={"slug": therapist.slug})
        return absolute(self.context["request"], path)


class ApproachSerializer(serializers.ModelSerializer):
    """An approach and its page's texts, as its public page shows them."""

    related = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    page_url = serializers.SerializerMethodField()

    class Meta:
        model = Approach
        fields = [
            "slug",
            "name",
            "short_name",
            "family",
            "summary",
            "what_it_is",
            "how_it_helps",
            "who_it_helps",
            "session_looks_like",
            "related",
            "page_url",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, approach):
        return absolute(self.context["request"], approach.get_absolute_url())


class ConcernSerializer(serializers.ModelSerializer):
    class Meta:
        model = Concern
        fields = ["slug", "name", "description"]


class RegulatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = RegulatoryBody
        fields = [
            "slug",
            "acronym",
            "name",
            "province",
            "kind",
            "profession",
            "protected_titles",
            "public_register_url",
            "website",
        ]


class ProvinceSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=Province.choices)
    name = serializers.CharField()


class CitySerializer(serializers.ModelSerializer):
    class Meta:
        model = City
        fields = ["id", "name", "slug", "province", "latitude", "longitude"]
