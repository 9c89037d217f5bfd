"""factory_boy factories for every model."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from directory.models import City, PostalArea, Province, User
from modalities.models import Approach, Concern, Family, Resource
from therapists.listing import listing_refresh
from therapists.models import (
    Community,
    Coverage,
    Credential,
    CredentialStatus,
    ExpiryReminder,
    Inquiry,
    Insurer,
    IntroVideo,
    Language,
    ModerationStatus,
    Office,
    OpeningAlert,
    ProfileViewDay,
    RegulatoryBody,
    Therapist,
    VerificationEvent,
)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"person{n}@example.ca")
    password = factory.django.Password("a-long-test-password")
    email_confirmed_at = factory.LazyFunction(timezone.now)


class CityFactory(DjangoModelFactory):
    class Meta:
        model = City

    name = factory.Sequence(lambda n: f"Town {n}")
    slug = factory.Sequence(lambda n: f"town-{n}")
    province = Province.ON
    latitude = 43.65
    longitude = -79.38
    population = 10_000


class PostalAreaFactory(DjangoModelFactory):
    class Meta:
        model = PostalArea
        django_get_or_create = ["code"]

    code = "M5V"
    name = "Toronto"
    province = Province.ON
    latitude = 43.6429
    longitude = -79.3872


class ApproachFactory(DjangoModelFactory):
    class Meta:
        model = Approach
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"approach-{n}")
    name = factory.Sequence(lambda n: f"Approach {n}")
    family = Family.COMPASSION
    summary = "A gentle way of working."
    what_it_is = "What it is."
    how_it_helps = "How it helps."
    who_it_helps = "Who it helps."
    session_looks_like = "What a session looks like."


class ConcernFactory(DjangoModelFactory):
    class Meta:
        model = Concern
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"concern-{n}")
    name = factory.Sequence(lambda n: f"Concern {n}")


class ResourceFactory(DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"A Book {n}")
    author = "A. Author"
    year = 2015
    publisher = "A Publisher"

    @factory.post_generation
    def approaches(self, create, extracted, **kwargs):
        if create and extracted:
            self.approaches.set(extracted)


class LanguageFactory(DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ["code"]

    code = "en"
    name = "English"


class InsurerFactory(DjangoModelFactory):
    class Meta:
        model = Insurer
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"insurer-{n}")
    name = factory.Sequence(lambda n: f"Insurer {n}")


class CommunityFactory(DjangoModelFactory):
    class Meta:
        model = Community
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"community-{n}")
    name = factory.Sequence(lambda n: f"Community {n}")


class RegulatoryBodyFactory(DjangoModelFactory):
    class Meta:
        model = RegulatoryBody
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"body-{n}")
    name = factory.Sequence(lambda n: f"College of Therapists {n}")
    acronym = factory.Sequence(lambda n: f"COT{n}")
    province = Province.ON
    kind = RegulatoryBody.Kind.REGULATOR
    profession = RegulatoryBody.Profession.PSYCHOTHERAPY
    protected_titles = factory.LazyFunction(lambda: ["Registered Psychotherapist (RP)"])
    public_register_url = "https://register.example.ca/"


class TherapistFactory(DjangoModelFactory):
    """A published profile; add a credential (VerifiedCredentialFactory) to make it listed."""

    class Meta:
        model = Therapist

    owner = factory.SubFactory(UserFactory)
    slug = factory.Sequence(lambda n: f"therapist-{n}")
    display_name = factory.Sequence(lambda n: f"Therapist {n}")
    headline = "Compassionate support for anxiety and self-criticism"
    bio = "I work with adults.\n\nSessions are online or in person."
    fee = 150
    is_published = True
    availability_confirmed_at = factory.LazyFunction(timezone.now)


class OfficeFactory(DjangoModelFactory):
    class Meta:
        model = Office

    therapist = factory.SubFactory(TherapistFactory)
    address_line1 = factory.Sequence(lambda n: f"{n + 1} King Street West")
    city = factory.SubFactory(CityFactory)
    postal_code = "M5V 2T6"
    latitude = factory.SelfAttribute("city.latitude")
    longitude = factory.SelfAttribute("city.longitude")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        """As saving an office in the editor does: is it where its therapist is registered?"""
        super()._after_postgeneration(instance, create, results)
        if create:
            listing_refresh(therapist_ids=[instance.therapist_id])
            instance.refresh_from_db(fields=["registered_until"])


class CredentialFactory(DjangoModelFactory):
    """A pending credential, as a therapist submits it."""

    class Meta:
        model = Credential

    therapist = factory.SubFactory(TherapistFactory)
    regulatory_body = factory.SubFactory(RegulatoryBodyFactory)
    designation = "RP"
    registration_number = factory.Sequence(lambda n: f"{10000 + n}")
    jurisdiction = Province.ON
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=200))

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        """As every credential change in the code does: bring the profile's listing up to date."""
        super()._after_postgeneration(instance, create, results)
        if create:
            listing_refresh(therapist_ids=[instance.therapist_id])


class VerifiedCredentialFactory(CredentialFactory):
    status = CredentialStatus.VERIFIED
    reviewed_at = factory.LazyFunction(timezone.now)


class VerificationEventFactory(DjangoModelFactory):
    class Meta:
        model = VerificationEvent

    credential = factory.SubFactory(CredentialFactory)
    credential_label = factory.LazyAttribute(lambda o: str(o.credential))
    to_status = CredentialStatus.PENDING


class ExpiryReminderFactory(DjangoModelFactory):
    class Meta:
        model = ExpiryReminder

    credential = factory.SubFactory(VerifiedCredentialFactory)
    expires_on = factory.SelfAttribute("credential.expires_on")
    days_before = ExpiryReminder.Lead.MONTH


class IntroVideoFactory(DjangoModelFactory):
    class Meta:
        model = IntroVideo

    therapist = factory.SubFactory(TherapistFactory)
    file = factory.django.FileField(filename="intro.mp4", data=b"\x00\x00\x00\x18ftypmp42")
    duration_seconds = 90

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        """An approved video is on the search cards, as approving one in moderation makes it."""
        super()._after_postgeneration(instance, create, results)
        if create and instance.status == ModerationStatus.APPROVED:
            search_rows_sync(instance.therapist)


class InquiryFactory(DjangoModelFactory):
    class Meta:
        model = Inquiry

    therapist = factory.SubFactory(TherapistFactory)
    name = "Sam Client"
    email = factory.Sequence(lambda n: f"client{n}@example.ca")
    message = "I would like to talk about anxiety at work."
    consent_at = factory.LazyFunction(timezone.now)


class ProfileViewDayFactory(DjangoModelFactory):
    class Meta:
        model = ProfileViewDay

    therapist = factory.SubFactory(TherapistFactory)
    date = factory.LazyFunction(timezone.localdate)
    views = 3


def search_rows_sync(*therapists: Therapist) -> None:
    """After a test changes profiles' rows directly (their terms, fields or offices), bring
    their search rows up to date, as every service that changes a profile does."""
    listing_refresh(therapist_ids=[therapist.pk for therapist in therapists])


class CoverageFactory(DjangoModelFactory):
    class Meta:
        model = Coverage

    insurer = factory.SubFactory(InsurerFactory)
    regulatory_body = factory.SubFactory(RegulatoryBodyFactory)
    province = factory.SelfAttribute("regulatory_body.province")
    designation = "RSW"
    covered = True
    source_url = "https://insurer.example.ca/benefits/"
    checked_on = datetime.date(2026, 12, 1)


class OpeningAlertFactory(DjangoModelFactory):
    class Meta:
        model = OpeningAlert

    email = factory.Sequence(lambda n: f"waiting{n}@example.ca")
    language = "en"
    query = "approach=cbt&place=Toronto"
